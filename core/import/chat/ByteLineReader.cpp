// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/ByteLineReader.h"

#include <cstring>

namespace qundesk {

ByteLineReader::ByteLineReader(QIODevice* device, qsizetype blockSize)
    : m_device(device)
    , m_blockSize(blockSize) {}

// Moves the unread rest to the front and reads one more block after it.
bool ByteLineReader::fill() {
    if (m_atEnd)
        return false;
    const qsizetype rest = m_end - m_pos;
    if (m_pos > 0 && rest > 0)
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(rest));
    m_pos = 0;
    m_end = rest;
    if (m_buffer.size() < rest + m_blockSize)
        m_buffer.resize(rest + m_blockSize);
    const qint64 n = m_device->read(m_buffer.data() + m_end, m_blockSize);
    if (n < 0)
        m_failed = true;
    if (n <= 0) {
        m_atEnd = true;
        return false;
    }
    m_end += qsizetype(n);
    m_bytesRead += n;
    return true;
}

bool ByteLineReader::next(QByteArrayView& line) {
    qsizetype searchFrom = m_pos;
    for (;;) {
        const char* start = m_buffer.constData() + m_pos;
        const void* nl = m_end > searchFrom ? std::memchr(m_buffer.constData() + searchFrom, '\n',
                                                          size_t(m_end - searchFrom))
                                            : nullptr;
        if (nl) {
            const char* stop = static_cast<const char*>(nl);
            const qsizetype length = stop - start;
            m_pos += length + 1;
            ++m_line;
            line = QByteArrayView(start, length > 0 && stop[-1] == '\r' ? length - 1 : length);
            return true;
        }
        if (m_end - m_pos > maxLineLength()) {
            m_tooLong = true;
            return false;
        }
        const qsizetype scanned = m_end - m_pos;
        if (!fill()) {
            if (m_end == m_pos)
                return false;
            // The last line, without a newline.
            start = m_buffer.constData() + m_pos;
            qsizetype length = m_end - m_pos;
            m_pos = m_end;
            ++m_line;
            if (start[length - 1] == '\r')
                --length;
            line = QByteArrayView(start, length);
            return true;
        }
        searchFrom = m_pos + scanned;
    }
}

} // namespace qundesk
