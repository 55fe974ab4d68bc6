// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// GenericCsvChatParser over any bytes, with the columns guessed from the header and with a
// mapping by number: an error or events, never a crash; events come in file order with lines
// inside the file; a message always has an author.
#include "FuzzSupport.h"
#include "import/chat/ChatInput.h"
#include "import/chat/ChatParse.h"

using namespace qundesk;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const ChatInput input = ChatInput::fromBytes(bytes, QStringLiteral("chat.csv"));
    const qint64 lines = bytes.count('\n') + 1;
    ChatParseOptions mapped;
    mapped.csvMapping = *ChatCsvMappingReader::parseSpec(QStringLiteral("time=1,author=2,text=3"));
    for (const ChatParseOptions& options : {ChatParseOptions{}, mapped}) {
        qint64 last = 0;
        auto info = parseChat(ChatFormat::Csv, input, options, [&](const ChatEvent& e) {
            fuzz::require(e.line >= 1 && e.line <= lines, "an event outside the file");
            fuzz::require(e.line > last, "events out of file order");
            fuzz::require(e.kind != ChatEventKind::Message || !e.author.isEmpty() ||
                              !e.authorId.isEmpty(),
                          "a message without an author");
            last = e.line;
            return true;
        });
        if (!info)
            fuzz::require(info.error().line >= 0 && info.error().line <= lines,
                          "an error outside the file");
    }
    return 0;
}
