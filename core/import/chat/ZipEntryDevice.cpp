// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/ZipEntryDevice.h"

#include <QFile>

#include <zip.h>

namespace qundesk {

ZipEntryDevice::ZipEntryDevice(const QString& archive, const QString& entry)
    : m_archive(archive)
    , m_entry(entry) {}

ZipEntryDevice::~ZipEntryDevice() {
    close();
}

bool ZipEntryDevice::open(OpenMode mode) {
    if (mode != ReadOnly) {
        setErrorString(QStringLiteral("read only"));
        return false;
    }
    int code = 0;
    m_zip = zip_open(QFile::encodeName(m_archive).constData(), ZIP_RDONLY, &code);
    if (!m_zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        setErrorString(QString::fromUtf8(zip_error_strerror(&error)));
        zip_error_fini(&error);
        return false;
    }
    const QByteArray name = m_entry.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(m_zip, name.constData(), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE))
        m_size = qint64(stat.size);
    m_file = zip_fopen(m_zip, name.constData(), 0);
    if (!m_file) {
        setErrorString(QString::fromUtf8(zip_strerror(m_zip)));
        zip_discard(m_zip);
        m_zip = nullptr;
        return false;
    }
    return QIODevice::open(mode);
}

void ZipEntryDevice::close() {
    if (m_file)
        zip_fclose(m_file);
    if (m_zip)
        zip_discard(m_zip); // read only: nothing to write back
    m_file = nullptr;
    m_zip = nullptr;
    if (isOpen())
        QIODevice::close();
}

qint64 ZipEntryDevice::readData(char* data, qint64 maxSize) {
    if (!m_file)
        return -1;
    const zip_int64_t n = zip_fread(m_file, data, zip_uint64_t(maxSize));
    if (n < 0) {
        setErrorString(QString::fromUtf8(zip_file_strerror(m_file)));
        return -1;
    }
    return n;
}

QStringList ZipEntryDevice::entries(const QString& archive, QString* error) {
    int code = 0;
    zip_t* z = zip_open(QFile::encodeName(archive).constData(), ZIP_RDONLY, &code);
    if (!z) {
        zip_error_t e;
        zip_error_init_with_code(&e, code);
        if (error)
            *error = QString::fromUtf8(zip_error_strerror(&e));
        zip_error_fini(&e);
        return {};
    }
    QStringList names;
    const zip_int64_t count = zip_get_num_entries(z, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char* name = zip_get_name(z, zip_uint64_t(i), ZIP_FL_ENC_GUESS))
            names << QString::fromUtf8(name);
    }
    zip_discard(z);
    return names;
}

} // namespace qundesk
