// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// Schema version 4: member_status keeps the day a member's silence began (silent_since_day: the
// last message, or the join when the member never posted) instead of a count of silent days,
// which went stale every midnight and made the daily recompute rewrite every row. "Silent N
// days" becomes an indexed range over that day. Also indexes for the member import's look-ups:
// phone numbers and names compared without case (which the Members table's sort by name now
// shares); the referrer and linked-person indexes keep only members that have one. Two
// indexes by member grow to cover what the status recompute reads from them (a member's days
// and messages; current stays and their join times), so it never visits those tables' rows.
#include "db/Schema.h"

namespace qundesk::schema {

QStringList version4() {
    return {
        QStringLiteral("ALTER TABLE member_status ADD COLUMN silent_since_day TEXT"),
        QStringLiteral("UPDATE member_status SET silent_since_day = "
                       "COALESCE(last_message_day, first_joined_day)"),
        QStringLiteral("ALTER TABLE member_status DROP COLUMN silent_days"),
        QStringLiteral("CREATE INDEX idx_member_status_silent ON member_status(silent_since_day)"),
        QStringLiteral("CREATE INDEX idx_members_phone ON members(phone) WHERE phone IS NOT NULL"),
        // Names sort and match without case; one index serves both.
        QStringLiteral("DROP INDEX idx_members_name"),
        QStringLiteral("CREATE INDEX idx_members_name ON members(display_name COLLATE NOCASE)"),
        // Most members have no referrer and no linked person: index only those who do.
        QStringLiteral("DROP INDEX idx_members_referrer"),
        QStringLiteral("CREATE INDEX idx_members_referrer ON members(referrer_id) WHERE "
                       "referrer_id IS NOT NULL"),
        QStringLiteral("DROP INDEX idx_members_person"),
        QStringLiteral(
            "CREATE INDEX idx_members_person ON members(person_id) WHERE person_id IS NOT NULL"),
        QStringLiteral("DROP INDEX idx_activity_member"),
        QStringLiteral(
            "CREATE INDEX idx_activity_member ON member_day_activity(member_id, day, messages)"),
        QStringLiteral("DROP INDEX idx_memberships_member"),
        QStringLiteral(
            "CREATE INDEX idx_memberships_member ON memberships(member_id, left_at, joined_at)"),
    };
}

} // namespace qundesk::schema
