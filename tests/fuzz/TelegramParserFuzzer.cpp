// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// TelegramParser over any bytes: an error or events, never a crash; the chats listed and the
// messages read agree (a chosen chat yields no more events than it has message objects).
#include "FuzzSupport.h"
#include "import/chat/TelegramParser.h"

using namespace qundesk;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const ChatInput input = ChatInput::fromBytes(bytes, QStringLiteral("result.json"));
    const qint64 lines = bytes.count('\n') + 1;
    auto chats = TelegramParser::listChats(input);
    ChatParseOptions options;
    if (chats && !chats->isEmpty())
        options.chat = chats->first().id.isEmpty() ? chats->first().name : chats->first().id;
    qint64 events = 0;
    auto info = TelegramParser::parse(input, options, [&](const ChatEvent& e) {
        fuzz::require(e.line >= 1 && e.line <= lines, "an event outside the file");
        ++events;
        return true;
    });
    if (!info) {
        fuzz::require(info.error().line >= 0 && info.error().line <= lines,
                      "an error outside the file");
        return 0;
    }
    fuzz::require(chats.ok(), "a file that parses but whose chats cannot be listed");
    if (!chats->isEmpty() && chats->first().id == info->chatId &&
        chats->first().name == info->chatName)
        fuzz::require(events <= chats->first().messages, "more events than message objects");
    return 0;
}
