// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/chat/ChatEvent.h"
#include "import/chat/ChatInput.h"
#include "import/chat/ChatParse.h"

#include <QJsonObject>

namespace qundesk {

struct TelegramChatSummary {
    QString name;
    QString id;
    QString type;
    qint64 messages = 0;
    bool root = false; // the file's own chat (a single-chat export)
};

// Telegram Desktop's "Export chat history" (result.json), a single chat or a full export of
// many, streamed through TelegramScanner: memory stays flat in the file's size.
class TelegramParser {
    Q_DECLARE_TR_FUNCTIONS(TelegramParser)

public:
    // The chats of the file (one for a single-chat export), with their message counts.
    static Result<QList<TelegramChatSummary>> listChats(const ChatInput& input,
                                                        const ChatParseOptions& options = {});
    // Events of the chat (a full export: the one options.chat names by id or name). A full
    // export without options.chat fails, saying so (the caller lists the chats).
    static Result<ChatParseInfo> parse(const ChatInput& input, const ChatParseOptions& options,
                                       const ChatEventSink& sink);
    static bool sniff(const QByteArray& head);

    // One message object of the export as an event (Skipped with a reason when it is none the
    // import can use; std::nullopt for service messages that are no activity).
    static std::optional<ChatEvent> readMessage(const QJsonObject& message, qint64 line);
};

} // namespace qundesk
