// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/chat/WhatsAppSystemText.h"

#include <optional>

namespace qundesk::wechat {

using MembershipChange = whatsapp::MembershipChange;

// Reads a WeChat system notice (message type 10000, Chinese client): joins
// `"A"邀请"B"加入了群聊`, `你邀请"B"加入了群聊`, `"A"邀请你加入了群聊`,
// `"B"通过扫描"A"分享的二维码加入群聊`, `"B"通过"A"的邀请二维码加入群聊`; removals
// `你将"B"移出了群聊`, `"B"被移出了群聊`. Names stand in ASCII or Chinese quotes, several
// joined by 、. std::nullopt for other notices (a recalled message, a changed group name…):
// voluntary leaves produce no notice in WeChat.
std::optional<MembershipChange> readMembershipChange(const QString& text);

} // namespace qundesk::wechat
