// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/chat/ChatEvent.h"
#include "import/chat/ChatInput.h"
#include "import/chat/ChatParse.h"

#include <QStringList>

namespace qundesk {

// WeChat chats exported as CSV by MemoTrace (留痕, header `localId,TalkerId,Type,SubType,
// IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender`, CreateTime in Unix
// seconds) or by PyWxDump (`id,MsgSvrID,type_name,is_sender,talker,room_name,msg,src,
// CreateTime`, CreateTime the exporting PC's wall clock). Streamed through CsvChatReader; system
// notices (type 10000 / 系统通知) become joins and removals where they say so.
class WeChatCsvParser {
    Q_DECLARE_TR_FUNCTIONS(WeChatCsvParser)

public:
    enum class Variant { MemoTrace, PyWxDump };

    static Result<ChatParseInfo> parse(const ChatInput& input, const ChatParseOptions& options,
                                       const ChatEventSink& sink);
    // The variant a header names, if any.
    static std::optional<Variant> variantOf(const QStringList& header);
    static bool sniff(const QByteArray& head);
};

} // namespace qundesk
