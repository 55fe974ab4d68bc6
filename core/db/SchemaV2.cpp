// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// Schema version 2: member_status, the per-member snapshot that the rules compute (lifecycle
// stage, fan level with its hysteresis state, and the facts they were computed from). The
// Members table, segments and tag rules read it instead of aggregating messages and orders for
// every row; it is recomputed after edits and imports, and can always be rebuilt.
#include "db/Schema.h"

namespace qundesk::schema {

QStringList version2() {
    return {
        QStringLiteral(R"(CREATE TABLE member_status (
            member_id           INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
            stage               TEXT NOT NULL DEFAULT 'growing'
                                CHECK (stage IN ('new','growing','mature','extending','declining')),
            fan_level           TEXT NOT NULL DEFAULT 'observer'
                                CHECK (fan_level IN ('observer','participant','contributor','advocate')),
            fan_level_earned_on TEXT,
            first_joined_day    TEXT,
            last_message_day    TEXT,
            messages            INTEGER NOT NULL DEFAULT 0,
            active_days_30      INTEGER NOT NULL DEFAULT 0,
            orders              INTEGER NOT NULL DEFAULT 0,
            revenue_cents       INTEGER NOT NULL DEFAULT 0,
            last_order_day      TEXT,
            referrals           INTEGER NOT NULL DEFAULT 0,
            silent_days         INTEGER,
            computed_on         TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX idx_member_status_stage ON member_status(stage)"),
        QStringLiteral("CREATE INDEX idx_member_status_last ON member_status(last_message_day)"),
    };
}

} // namespace qundesk::schema
