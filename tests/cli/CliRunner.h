// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QTemporaryDir>

namespace qundesk::test {

struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const;     // stdout parsed as one JSON object (empty when it is not one)
    QStringList errLines() const; // stderr split into non-empty lines
};

// Runs the qundesk-cli built with these tests in its own temporary folder (also its working
// directory and XDG data home, so the default workspace never is the user's).
class CliRunner {
public:
    CliRunner();
    QString dir() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    // `environment` adds to (or replaces in) this process's environment, e.g. {"TZ", …}.
    CliRun run(const QStringList& arguments,
               const QList<QPair<QString, QString>>& environment = {}) const;
    // The same under a file-size limit of `blocks` 512-byte blocks (ulimit -f, SIGXFSZ
    // ignored): every write past it fails with EFBIG, as on a full disk.
    CliRun runWithFileLimit(const QStringList& arguments, int blocks) const;

private:
    CliRun start(const QString& program, const QStringList& arguments,
                 const QList<QPair<QString, QString>>& environment) const;
    QTemporaryDir m_dir;
};

QByteArray fileBytes(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace qundesk::test
