// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QIODevice>
#include <QStringList>

struct zip;
struct zip_file;

namespace qundesk {

// One entry of a .zip archive read as a sequential device, decompressed as it is read
// (libzip), so a big export never sits in memory whole.
class ZipEntryDevice final : public QIODevice {
public:
    ZipEntryDevice(const QString& archive, const QString& entry);
    ~ZipEntryDevice() override;

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    qint64 size() const override { return m_size; }

    // The names of the archive's entries, or an empty list (and `error`) when it is no zip.
    static QStringList entries(const QString& archive, QString* error);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QString m_archive;
    QString m_entry;
    zip* m_zip = nullptr;
    zip_file* m_file = nullptr;
    qint64 m_size = 0;
};

} // namespace qundesk
