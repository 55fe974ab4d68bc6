// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/BoundedQueue.h"

#include <QByteArray>
#include <QCryptographicHash>

#include <thread>

namespace qundesk {

// The SHA-256 of bytes handed in order, computed on a thread of its own: hashing a file as it
// is read then costs the reader no time (Qt's SHA-256 takes about as long as parsing a CSV).
// At most a few chunks wait, so memory stays flat whatever the file's size.
class StreamDigest {
public:
    StreamDigest();
    ~StreamDigest();
    StreamDigest(const StreamDigest&) = delete;
    StreamDigest& operator=(const StreamDigest&) = delete;

    void addData(const QByteArray& bytes); // waits while too many chunks are queued
    QByteArray result();                   // waits for the hashing; nothing may be added after

private:
    BoundedQueue<QByteArray> m_chunks{8};
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QByteArray m_result;
    std::thread m_thread;
};

} // namespace qundesk
