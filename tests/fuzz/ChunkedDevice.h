// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>

namespace qundesk::fuzz {

// Bytes in memory handed out at most `chunk` bytes per read after the first one (the first is
// the reader's look at the file's head): a small file then crosses as many read boundaries
// as a large one does with the reader's 64 KiB reads.
class ChunkedDevice final : public QIODevice {
public:
    ChunkedDevice(QByteArray bytes, qint64 chunk)
        : m_bytes(std::move(bytes))
        , m_chunk(chunk) {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    qint64 size() const override { return m_bytes.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 at = pos();
        qint64 n = std::min<qint64>(maxSize, m_bytes.size() - at);
        if (m_reads++ > 0)
            n = std::min(n, m_chunk);
        if (n <= 0)
            return 0;
        std::copy_n(m_bytes.constData() + at, n, data);
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_chunk;
    int m_reads = 0;
};

} // namespace qundesk::fuzz
