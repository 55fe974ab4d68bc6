// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace qundesk {

// Which columns of a generic chat CSV hold what, as the user gave them: a header name or a
// 1-based column number each (`--map time=COL,author=COL,text=COL[,author_id=COL]`); an empty
// reference is guessed from the header names (English and Chinese).
struct ChatCsvMapping {
    QString time;
    QString author;
    QString text;
    QString authorId;

    bool isEmpty() const {
        return time.isEmpty() && author.isEmpty() && text.isEmpty() && authorId.isEmpty();
    }
    QString toSpec() const; // "time=…,author=…,text=…[,author_id=…]"
};

// The mapping resolved against a header: 0-based column indexes, -1 = none.
struct ChatCsvColumns {
    int time = -1;
    int author = -1;
    int text = -1;
    int authorId = -1;

    bool complete() const { return time >= 0 && author >= 0 && text >= 0; }
    int width() const; // columns a row must have to hold every mapped one
};

class ChatCsvMappingReader {
    Q_DECLARE_TR_FUNCTIONS(ChatCsvMappingReader)

public:
    // Reads a `--map` value; an Error says what is wrong with it (a usage error).
    static Result<ChatCsvMapping> parseSpec(const QString& spec);
    // The columns of `header` by their names alone.
    static ChatCsvColumns guess(const QStringList& header);
    // The columns of `header`: the mapping's references, the rest guessed. An Error (naming
    // the file and line 1) when a reference names no column or time, author or text is missing.
    static Result<ChatCsvColumns> resolve(const QStringList& header, const ChatCsvMapping& mapping,
                                          const QString& fileName);
};

} // namespace qundesk
