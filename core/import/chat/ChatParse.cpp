// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/ChatParse.h"

#include "import/chat/ChatInput.h"
#include "import/chat/TelegramParser.h"
#include "import/chat/WhatsAppParser.h"

#include <QCoreApplication>

namespace qundesk {

QString chatFormatKey(ChatFormat format) {
    switch (format) {
    case ChatFormat::Telegram:
        return QStringLiteral("telegram");
    case ChatFormat::WhatsApp:
        return QStringLiteral("whatsapp");
    }
    return {};
}

std::optional<ChatFormat> chatFormatFromKey(const QString& key) {
    for (ChatFormat f : {ChatFormat::Telegram, ChatFormat::WhatsApp}) {
        if (chatFormatKey(f) == key)
            return f;
    }
    return std::nullopt;
}

Result<ChatFormat> detectChatFormat(const ChatInput& input) {
    auto head = input.head();
    if (!head)
        return head.error();
    if (TelegramParser::sniff(*head))
        return ChatFormat::Telegram;
    if (WhatsAppParser::sniff(*head))
        return ChatFormat::WhatsApp;
    return Error{QCoreApplication::translate(
                     "ChatImport",
                     "The file is no chat export QunDesk reads (Telegram Desktop JSON, WhatsApp "
                     "text or .zip)."),
                 input.fileName(), 0};
}

Result<ChatParseInfo> parseChat(ChatFormat format, const ChatInput& input,
                                const ChatParseOptions& options, const ChatEventSink& sink) {
    switch (format) {
    case ChatFormat::Telegram:
        return TelegramParser::parse(input, options, sink);
    case ChatFormat::WhatsApp:
        return WhatsAppParser::parse(input, options, sink);
    }
    return Error{{}, input.fileName(), 0};
}

} // namespace qundesk
