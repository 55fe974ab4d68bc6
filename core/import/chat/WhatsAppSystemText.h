// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/chat/ChatEvent.h"

#include <optional>

namespace qundesk::whatsapp {

// A join or leave that a WhatsApp system line reports.
struct MembershipChange {
    ChatEventKind kind = ChatEventKind::Join;
    QString actor;        // who added or removed (empty when the subjects acted themselves)
    QStringList subjects; // who joined or left (without the exporting account)
    bool removed = false;
    bool self = false; // the exporting account joined or left ("You were added")
};

// Reads a system line's text (English, German, Chinese). std::nullopt for system lines that
// are no membership change (created group, changed subject, encryption notice…) and for text
// that is no system line.
std::optional<MembershipChange> readMembershipChange(const QString& text);

// True for the text of a system line that is no activity (encryption notice, created group,
// changed subject or icon, security code…), which iOS attributes to the group or the actor.
bool isNoticeText(const QString& text);

} // namespace qundesk::whatsapp
