// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/TextEncoding.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace qundesk {

class StreamDigest;

struct CsvRecord {
    QStringList fields;
    qint64 line = 0; // 1-based physical line where the record starts
};

// Streaming RFC 4180 reader: reads the device in chunks, so memory stays flat in the file
// size. Detects the encoding (UTF-8 ± BOM, UTF-16 with BOM, GB18030) and the delimiter
// (comma, semicolon or tab, from the first line); keeps newlines inside quotes; accepts CRLF
// and LF; skips blank lines. Errors name the file and the line.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    CsvReader(QIODevice* device, QString fileName);

    Status open();
    // The next record, std::nullopt at the end, or an Error (unterminated quote, a record
    // longer than maxRecordLength()).
    Result<std::optional<CsvRecord>> next();

    TextEncoding encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_bytesRead; }
    qsizetype maxRecordLength() const { return m_maxRecordLength; }
    // Every byte read from the device is added to `digest` too (a read to the end gives the
    // file's digest for the import log without reading it twice). Set before open().
    void setDigest(StreamDigest* digest) { m_digest = digest; }
    void setMaxRecordLength(qsizetype chars) { m_maxRecordLength = chars; }

private:
    // Decodes the next chunk into m_buffer; false at the end of the device, true when at least
    // one character was added.
    bool fill();
    // How many characters from m_pos on need no decision (see next()).
    qsizetype ordinaryRun(bool quoted) const;

    QIODevice* m_device;
    StreamDigest* m_digest = nullptr;
    QString m_fileName;
    QStringDecoder m_decoder;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QChar m_delimiter = QLatin1Char(',');
    QByteArray m_pending; // the start of a character the next read completes
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    qsizetype m_maxRecordLength = 1 << 20;
    bool m_atEnd = false;
    bool m_decodedAny = false;
};

} // namespace qundesk
