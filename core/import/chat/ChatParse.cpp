// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/ChatParse.h"

#include "import/chat/ChatInput.h"
#include "import/chat/DiscordCsvParser.h"
#include "import/chat/DiscordJsonParser.h"
#include "import/chat/GenericCsvChatParser.h"
#include "import/chat/TelegramParser.h"
#include "import/chat/WeChatCsvParser.h"
#include "import/chat/WhatsAppParser.h"

#include <QCoreApplication>

namespace qundesk {

QString chatFormatKey(ChatFormat format) {
    switch (format) {
    case ChatFormat::Telegram:
        return QStringLiteral("telegram");
    case ChatFormat::WhatsApp:
        return QStringLiteral("whatsapp");
    case ChatFormat::WeChatCsv:
        return QStringLiteral("wechat-csv");
    case ChatFormat::DiscordCsv:
        return QStringLiteral("discord-csv");
    case ChatFormat::DiscordJson:
        return QStringLiteral("discord-json");
    case ChatFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

QList<ChatFormat> chatFormats() {
    return {ChatFormat::Telegram,   ChatFormat::WhatsApp,    ChatFormat::WeChatCsv,
            ChatFormat::DiscordCsv, ChatFormat::DiscordJson, ChatFormat::Csv};
}

QString chatFormatPlatform(ChatFormat format) {
    switch (format) {
    case ChatFormat::Telegram:
        return QStringLiteral("telegram");
    case ChatFormat::WhatsApp:
        return QStringLiteral("whatsapp");
    case ChatFormat::WeChatCsv:
        return QStringLiteral("wechat");
    case ChatFormat::DiscordCsv:
    case ChatFormat::DiscordJson:
        return QStringLiteral("discord");
    case ChatFormat::Csv:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString chatFormatLabel(ChatFormat format) {
    switch (format) {
    case ChatFormat::Telegram:
        return QCoreApplication::translate("ChatImport", "Telegram Desktop export (JSON)");
    case ChatFormat::WhatsApp:
        return QCoreApplication::translate("ChatImport", "WhatsApp chat export");
    case ChatFormat::WeChatCsv:
        return QCoreApplication::translate("ChatImport", "WeChat CSV (MemoTrace or PyWxDump)");
    case ChatFormat::DiscordCsv:
        return QCoreApplication::translate("ChatImport", "DiscordChatExporter CSV");
    case ChatFormat::DiscordJson:
        return QCoreApplication::translate("ChatImport", "DiscordChatExporter JSON");
    case ChatFormat::Csv:
        return QCoreApplication::translate("ChatImport", "CSV with time, author and text columns");
    }
    return {};
}

std::optional<ChatFormat> chatFormatFromKey(const QString& key) {
    for (ChatFormat f : chatFormats()) {
        if (chatFormatKey(f) == key)
            return f;
    }
    return std::nullopt;
}

Result<ChatFormat> detectChatFormat(const ChatInput& input) {
    auto head = input.head();
    if (!head)
        return head.error();
    // Discord's JSON also has "messages" and "type" near its start: it is asked first.
    if (DiscordJsonParser::sniff(*head))
        return ChatFormat::DiscordJson;
    if (TelegramParser::sniff(*head))
        return ChatFormat::Telegram;
    if (WhatsAppParser::sniff(*head))
        return ChatFormat::WhatsApp;
    if (WeChatCsvParser::sniff(*head))
        return ChatFormat::WeChatCsv;
    if (DiscordCsvParser::sniff(*head))
        return ChatFormat::DiscordCsv;
    if (GenericCsvChatParser::sniff(*head))
        return ChatFormat::Csv;
    return Error{QCoreApplication::translate(
                     "ChatImport",
                     "The file is no chat export QunDesk reads (Telegram Desktop JSON, WhatsApp "
                     "text or .zip, WeChat or Discord CSV, Discord JSON, or a CSV with time, "
                     "author and text columns: for other columns use --format csv --map)."),
                 input.fileName(), 0};
}

Result<ChatParseInfo> parseChat(ChatFormat format, const ChatInput& input,
                                const ChatParseOptions& options, const ChatEventSink& sink) {
    switch (format) {
    case ChatFormat::Telegram:
        return TelegramParser::parse(input, options, sink);
    case ChatFormat::WhatsApp:
        return WhatsAppParser::parse(input, options, sink);
    case ChatFormat::WeChatCsv:
        return WeChatCsvParser::parse(input, options, sink);
    case ChatFormat::DiscordCsv:
        return DiscordCsvParser::parse(input, options, sink);
    case ChatFormat::DiscordJson:
        return DiscordJsonParser::parse(input, options, sink);
    case ChatFormat::Csv:
        return GenericCsvChatParser::parse(input, options, sink);
    }
    return Error{{}, input.fileName(), 0};
}

} // namespace qundesk
