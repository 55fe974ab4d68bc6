// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>

namespace qundesk {

// Lines of a device as byte views (without "\n" or "\r\n"), read a block at a time so memory
// stays flat in the file's size. A view is valid until the next call of next().
class ByteLineReader {
public:
    explicit ByteLineReader(QIODevice* device, qsizetype blockSize = 1 << 20);

    // False at the end (or on a read error: failed() says which), or when a line grew past
    // maxLineLength() (tooLong()).
    bool next(QByteArrayView& line);

    qint64 lineNumber() const { return m_line; } // of the last line next() gave, 1-based
    qint64 bytesRead() const { return m_bytesRead; }
    bool failed() const { return m_failed; }
    bool tooLong() const { return m_tooLong; }
    static constexpr qsizetype maxLineLength() { return 64 << 20; }

private:
    bool fill();

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_blockSize;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    bool m_failed = false;
    bool m_tooLong = false;
};

} // namespace qundesk
