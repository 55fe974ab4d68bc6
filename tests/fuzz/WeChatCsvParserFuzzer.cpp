// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// WeChatCsvParser (MemoTrace and PyWxDump CSV) over any bytes: an error or events, never a crash;
// events come in file order with lines inside the file, and an error names a line inside it.
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
    const ChatInput input = ChatInput::fromBytes(bytes, QStringLiteral("wechat.csv"));
    const qint64 lines = bytes.count('\n') + 1;
    qint64 last = 0;
    auto info = parseChat(ChatFormat::WeChatCsv, input, {}, [&](const ChatEvent& e) {
        fuzz::require(e.line >= 1 && e.line <= lines, "an event outside the file");
        fuzz::require(e.line > last, "events out of file order");
        fuzz::require(e.kind != ChatEventKind::Skipped || !e.text.isEmpty(),
                      "a skipped entry without a reason");
        last = e.line;
        return true;
    });
    if (!info)
        fuzz::require(info.error().line >= 0 && info.error().line <= lines,
                      "an error outside the file");
    return 0;
}
