// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/CsvReader.h"

#include "util/StreamDigest.h"

#include <utility>

namespace qundesk {

namespace {
constexpr qint64 kChunk = 64 * 1024;
// Characters of the first line the delimiter is guessed from: fewer than a read of kChunk bytes
// decodes to in any encoding, so the guess never depends on how the device hands out bytes.
constexpr qsizetype kGuessChars = kChunk / 4;

QChar guessDelimiter(QStringView firstLine) {
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (QChar c : firstLine) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return QLatin1Char('\t');
    if (semicolons > commas)
        return QLatin1Char(';');
    return QLatin1Char(',');
}
} // namespace

CsvReader::CsvReader(QIODevice* device, QString fileName)
    : m_device(device)
    , m_fileName(std::move(fileName)) {}

Status CsvReader::open() {
    const QByteArray head = m_device->peek(kChunk);
    auto detected = TextEncodingDetector::detect(head, m_fileName);
    if (!detected)
        return detected.error();
    m_encoding = detected->encoding;
    m_device->skip(detected->bomLength);
    if (m_digest)
        m_digest->addData(head.first(detected->bomLength));
    m_bytesRead = detected->bomLength;
    // Stateless: every decode ends on a whole character (see fill()), so nothing is carried
    // from one read to the next; a mark of the encoding is converted like any character (the
    // first one is dropped in fill(), as a decoder with state would drop it).
    m_decoder = QStringDecoder(TextEncodingDetector::decoderName(m_encoding),
                               QStringDecoder::Flag::Stateless |
                                   QStringDecoder::Flag::ConvertInitialBom);
    // The delimiter comes from the first line (its first kGuessChars characters), however few
    // bytes each read of the device gives (a pipe gives what it has).
    while (m_buffer.indexOf(QLatin1Char('\n')) < 0 && m_buffer.size() < kGuessChars && fill()) {
    }
    const qsizetype eol = m_buffer.indexOf(QLatin1Char('\n'));
    m_delimiter = guessDelimiter(
        QStringView(m_buffer).left(eol < 0 ? m_buffer.size() : eol).left(kGuessChars));
    return {};
}

bool CsvReader::fill() {
    for (;;) {
        if (m_atEnd)
            return false;
        QByteArray bytes = m_device->read(kChunk);
        if (bytes.isEmpty()) {
            m_atEnd = true;
            if (m_pending.isEmpty())
                return false;
            // The file ends inside a character: it decodes as a replacement character.
            bytes = std::exchange(m_pending, {});
        } else {
            m_bytesRead += bytes.size();
            if (m_digest)
                m_digest->addData(bytes);
            if (!m_pending.isEmpty())
                bytes.prepend(std::exchange(m_pending, {}));
            // Only whole characters go to the decoder, and each decode stands alone: Qt's
            // decoder, left with a character's first bytes at the end of one decode, drops the
            // byte after them when it does not continue the character, so the same file read
            // in other pieces would lose a delimiter, quote or newline.
            const qsizetype whole = TextEncodingDetector::wholeCharacters(m_encoding, bytes);
            m_pending = bytes.mid(whole);
            bytes.truncate(whole);
        }
        if (bytes.isEmpty())
            continue;
        if (m_pos > 0) {
            m_buffer.remove(0, m_pos);
            m_pos = 0;
        }
        const qsizetype before = m_buffer.size();
        QString text = m_decoder.decode(bytes);
        if (!m_decodedAny && text.startsWith(QChar::ByteOrderMark))
            text.remove(0, 1);
        m_decodedAny = true;
        m_buffer += text;
        if (m_buffer.size() > before)
            return true;
    }
}

qsizetype CsvReader::ordinaryRun(bool quoted) const {
    // Inside quotes only a quote is special; outside, the delimiter, the line's end and a quote.
    const char16_t* data = reinterpret_cast<const char16_t*>(m_buffer.constData());
    const char16_t delimiter = m_delimiter.unicode();
    qsizetype end = m_pos;
    if (quoted) {
        while (end < m_buffer.size() && data[end] != u'"')
            ++end;
    } else {
        while (end < m_buffer.size()) {
            const char16_t c = data[end];
            if (c == delimiter || c == u'\n' || c == u'\r' || c == u'"')
                break;
            ++end;
        }
    }
    return end - m_pos;
}

Result<std::optional<CsvRecord>> CsvReader::next() {
    for (;;) {
        CsvRecord record;
        record.line = m_line;
        QString field;
        bool quoted = false;    // inside a quoted field
        bool wasQuoted = false; // the current field began with a quote
        qsizetype recordLength = 0;
        bool any = false; // saw any character of this record
        for (;;) {
            if (m_pos >= m_buffer.size() && !fill()) {
                if (quoted)
                    return Error{tr("A quoted field is not closed before the end of the file."),
                                 m_fileName, record.line};
                if (!any)
                    return std::optional<CsvRecord>{};
                record.fields << field;
                break;
            }
            // A run of ordinary characters goes into the field at once.
            const qsizetype run = ordinaryRun(quoted);
            if (run > 0) {
                any = true;
                recordLength += run;
                if (recordLength > m_maxRecordLength)
                    return Error{tr("This line is longer than %n character(s); is it really a "
                                    "CSV file?",
                                    "", int(m_maxRecordLength)),
                                 m_fileName, record.line};
                const QStringView text = QStringView(m_buffer).mid(m_pos, run);
                if (quoted)
                    m_line += text.count(QLatin1Char('\n'));
                field.append(text);
                m_pos += run;
                continue;
            }
            const QChar c = m_buffer.at(m_pos++);
            any = true;
            if (++recordLength > m_maxRecordLength)
                return Error{tr("This line is longer than %n character(s); is it really a CSV "
                                "file?",
                                "", int(m_maxRecordLength)),
                             m_fileName, record.line};
            if (quoted) {
                if (c == QLatin1Char('"')) {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('"')) {
                        field += c;
                        ++m_pos;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == QLatin1Char('\n'))
                        ++m_line;
                    field += c;
                }
                continue;
            }
            if (c == QLatin1Char('"') && field.isEmpty() && !wasQuoted) {
                quoted = wasQuoted = true;
            } else if (c == m_delimiter) {
                record.fields << field;
                field.clear();
                wasQuoted = false;
            } else if (c == QLatin1Char('\n')) {
                ++m_line;
                record.fields << field;
                break;
            } else if (c != QLatin1Char('\r')) {
                field += c;
            }
        }
        const bool blank = record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            return std::optional<CsvRecord>{std::move(record)};
    }
}

} // namespace qundesk
