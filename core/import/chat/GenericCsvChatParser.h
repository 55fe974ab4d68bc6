// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/chat/ChatEvent.h"
#include "import/chat/ChatInput.h"
#include "import/chat/ChatParse.h"

namespace qundesk {

// Any CSV with a header whose columns give the time, the author and the text (and perhaps the
// author's id): by their names (English or Chinese) or as options.csvMapping says. Times: ISO
// (with or without a zone), Unix seconds, or the spreadsheet forms DateParser reads in
// options.dateOrder (default year first); without a zone they are wall clock.
class GenericCsvChatParser {
    Q_DECLARE_TR_FUNCTIONS(GenericCsvChatParser)

public:
    static Result<ChatParseInfo> parse(const ChatInput& input, const ChatParseOptions& options,
                                       const ChatEventSink& sink);
    // True when `head` starts with a header whose names give time, author and text.
    static bool sniff(const QByteArray& head);
};

} // namespace qundesk
