// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/DateParser.h"
#include "import/chat/ChatCsvMapping.h"
#include "import/chat/ChatEvent.h"
#include "util/Result.h"

#include <QString>

#include <functional>
#include <optional>

namespace qundesk {

// The chat export formats QunDesk reads (keys as on the command line: --format).
enum class ChatFormat { Telegram, WhatsApp, WeChatCsv, DiscordCsv, DiscordJson, Csv };

QString chatFormatKey(ChatFormat format);
std::optional<ChatFormat> chatFormatFromKey(const QString& key);
QList<ChatFormat> chatFormats();
// The platform of the groups and member accounts a format's chats come from (Group.h keys).
QString chatFormatPlatform(ChatFormat format);
// The format's name for people ("WeChat CSV (MemoTrace, PyWxDump)"), translated.
QString chatFormatLabel(ChatFormat format);

// A parser's choices.
struct ChatParseOptions {
    std::optional<DateOrder> dateOrder; // WhatsApp: none = inferred from the whole file;
                                        // generic CSV: numeric dates (none = year first)
    ChatCsvMapping csvMapping;          // generic CSV: columns given (the rest guessed)
    QString chat;                       // Telegram full export: the chat's name or id
    // Hears how many bytes were read, now and then; false stops the parse (cancel).
    std::function<bool(qint64 bytesRead)> progress;
    // Hears the chat's name and id before its first event (the import names its group so).
    std::function<void(const QString& name, const QString& id)> chatFound;
};

// What a parser learnt about the file besides its events.
struct ChatParseInfo {
    QString chatName; // the chat's name in the export ("" when the format has none)
    QString chatId;
    DateOrder dateOrder = DateOrder::DMY; // WhatsApp: the order used
    bool dateOrderCertain = true;         // false: the file fits more than one order
    qint64 events = 0;
};

class ChatInput;

// The format of an export, from its first bytes; an Error when it is none QunDesk reads.
Result<ChatFormat> detectChatFormat(const ChatInput& input);
// Streams the events of `input` read as `format` into `sink`.
Result<ChatParseInfo> parseChat(ChatFormat format, const ChatInput& input,
                                const ChatParseOptions& options, const ChatEventSink& sink);

} // namespace qundesk
