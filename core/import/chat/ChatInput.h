// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <memory>

namespace qundesk {

// The bytes of a chat export: a file, the chat inside a .zip (WhatsApp's `_chat.txt`, or the
// one .txt / .json / .csv entry), or bytes in memory (tests, fuzzing). Each open() starts a new
// sequential read from the beginning, so a parser may read twice (WhatsApp infers the date
// order from the whole file first) without holding the file in memory.
class ChatInput {
    Q_DECLARE_TR_FUNCTIONS(ChatInput)

public:
    static Result<ChatInput> fromPath(const QString& path);
    static ChatInput fromBytes(QByteArray bytes, QString fileName);

    Result<std::unique_ptr<QIODevice>> open() const;
    // The first bytes (for detecting the format), at most `count`.
    Result<QByteArray> head(qint64 count = 8192) const;

    QString fileName() const { return m_fileName; } // what errors name ("chat.zip/_chat.txt")
    QString path() const { return m_path; }         // the file on disk, empty for bytes
    QString baseName() const;                       // file name without folder and suffix
    qint64 size() const { return m_size; }          // of the chat's bytes (uncompressed)
    bool isZip() const { return !m_entry.isEmpty(); }

private:
    QString m_path;
    QString m_entry; // the entry inside the zip, empty for a plain file
    QString m_fileName;
    QByteArray m_bytes; // fromBytes only
    qint64 m_size = 0;
};

} // namespace qundesk
