// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/chat/ChatEvent.h"
#include "import/chat/ChatInput.h"
#include "import/chat/ChatParse.h"

#include <QJsonObject>

namespace qundesk {

// DiscordChatExporter's JSON (`{guild, channel, dateRange, exportedAt, messages:[…],
// messageCount}`), streamed through TelegramScanner: each message object is parsed alone, so
// memory stays flat in the file's size. Joins: `GuildMemberJoin`; group DMs: `RecipientAdd` /
// `RecipientRemove`. Guild leaves are not in the export.
class DiscordJsonParser {
    Q_DECLARE_TR_FUNCTIONS(DiscordJsonParser)

public:
    static Result<ChatParseInfo> parse(const ChatInput& input, const ChatParseOptions& options,
                                       const ChatEventSink& sink);
    static bool sniff(const QByteArray& head);

    // One message object as an event (Skipped with a reason when the import cannot use it;
    // std::nullopt for system messages that are no activity: pins, renames, calls…).
    static std::optional<ChatEvent> readMessage(const QJsonObject& message, qint64 line);
};

} // namespace qundesk
