// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/chat/ChatEvent.h"
#include "import/chat/ChatInput.h"
#include "import/chat/ChatParse.h"

namespace qundesk {

// DiscordChatExporter's CSV: `AuthorID,Author,Date,Content,Attachments,Reactions`, every field
// quoted, Date in .NET round-trip form with its offset (`2020-07-17T19:03:14.3660000+02:00`,
// an instant) or, from older versions, `dd-MMM-yy hh:mm tt` (wall clock). The CSV carries no
// message ids and no joins: messages are de-duplicated by their content.
class DiscordCsvParser {
    Q_DECLARE_TR_FUNCTIONS(DiscordCsvParser)

public:
    static Result<ChatParseInfo> parse(const ChatInput& input, const ChatParseOptions& options,
                                       const ChatEventSink& sink);
    static bool isHeader(const QStringList& header);
    static bool sniff(const QByteArray& head);
};

} // namespace qundesk
