// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <thread>

namespace qundesk {

// The SHA-256 of a file, read and hashed on a thread of its own while the caller does its work
// (a chat import parses the same file meanwhile, so the digest costs it no time). Reads a block
// at a time: memory stays flat in the file's size. Destroying it stops the reading.
class FileDigest {
public:
    explicit FileDigest(QString path);
    ~FileDigest();
    FileDigest(const FileDigest&) = delete;
    FileDigest& operator=(const FileDigest&) = delete;

    // Waits for the hashing; lower-case hex, or empty when the file could not be read.
    QString result();

private:
    QString m_path;
    std::atomic<bool> m_stop{false};
    QByteArray m_digest;
    std::thread m_thread;
};

} // namespace qundesk
