// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// Schema version 3: member_status.search_text, the lower-cased name, handles, nicknames, phone
// and notes of a member in one column, kept by MemberStatusUpdater. The Members table's
// instant search scans this one column instead of four columns and a sub-select per member,
// which keeps a keystroke over 100,000 members within a few tens of milliseconds.
#include "db/Schema.h"

namespace qundesk::schema {

QStringList version3() {
    return {QStringLiteral("ALTER TABLE member_status ADD COLUMN search_text TEXT")};
}

} // namespace qundesk::schema
