// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/chat/ChatEvent.h"
#include "import/chat/ChatInput.h"
#include "import/chat/ChatParse.h"

namespace qundesk {

struct DateOrderGuess {
    DateOrder order = DateOrder::DMY;
    bool certain = false; // false: every date fits more than one order (DMY is then assumed)
};

// WhatsApp "Export chat" text (.txt, or `_chat.txt` inside the .zip), streamed line by line.
// The header grammar is in whatsapp/WhatsAppHeader.h; a line without a header continues the
// message before it. Times carry no zone: events are wall-clock (ChatEvent::zoned false).
class WhatsAppParser {
    Q_DECLARE_TR_FUNCTIONS(WhatsAppParser)

public:
    // Reads every header of the file: a part above 12, a part that decreases within a year, or
    // the part that changes more often tells the day from the month.
    static Result<DateOrderGuess> inferDateOrder(const ChatInput& input,
                                                 const ChatParseOptions& options = {});
    // Events in file order. Fails (naming the line) when the file is no WhatsApp export or a
    // date is no date in the order used.
    static Result<ChatParseInfo> parse(const ChatInput& input, const ChatParseOptions& options,
                                       const ChatEventSink& sink);
    // True when `head` (the file's first bytes) starts like a WhatsApp export.
    static bool sniff(const QByteArray& head);
};

} // namespace qundesk
