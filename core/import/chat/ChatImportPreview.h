// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/chat/ChatParse.h"
#include "import/chat/TelegramParser.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace qundesk {

class Database;

// What the import window shows before anything is stored: the format, the chat, the first
// messages and who their authors are among the members.
struct ChatImportPreview {
    struct Author {
        QString name;
        QString platformId;
        QList<std::pair<qint64, QString>> members; // candidates: one = matched, none = new
    };
    struct Line {
        qint64 seconds = 0; // as in ChatEvent
        bool zoned = false;
        QString author;
        QString text;
    };

    ChatFormat format = ChatFormat::WhatsApp;
    QString chatName;
    QList<TelegramChatSummary> chats; // a full Telegram export: its chats
    bool needsChat = false;           // a full export and no chat chosen yet
    DateOrder dateOrder = DateOrder::DMY;
    bool dateOrderCertain = true;
    bool hasWallClockTimes = false; // some times carry no zone: the zone choice matters
    // Generic CSV: the header, the columns used (guessed or as options.csvMapping says), and
    // whether the user must still choose them (then no messages are read).
    QStringList csvHeader;
    ChatCsvColumns csvColumns;
    bool needsMapping = false;
    QList<Line> messages;  // the first ones
    QList<Author> authors; // of the first events, in order of appearance

    QStringList ambiguousNames() const;

    // Reads the start of `path` (up to `messages` messages) as `options` say (format, chat,
    // date order, CSV columns). A file of no known format that starts like a CSV with a header
    // is previewed as a generic CSV whose columns are to be chosen. `groupName` is the target
    // group, whose members win a tie between names.
    static Result<ChatImportPreview> read(const Database& db, const QString& path,
                                          std::optional<ChatFormat> format,
                                          const ChatParseOptions& options, const QString& groupName,
                                          int messages = 30);
};

} // namespace qundesk
