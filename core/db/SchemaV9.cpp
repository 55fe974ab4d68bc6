// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// Schema version 9: per-group aggregates of chat activity that the analytics read instead of
// messages. group_day_activity: messages and distinct authors per group and workspace day;
// group_hour_activity: messages per group, workspace day and hour of the day (the weekday ×
// hour heat map over any range of days). Both are kept by the chat import and rebuilt from
// messages on a time zone change (rules/ActivityAggregates). The hours need the workspace's
// zone, which SQL does not know: the step leaves them to ActivityAggregates, which the opening
// runs in the migration's own transaction (Database::open).
#include "db/Schema.h"

namespace qundesk::schema {

QStringList version9() {
    return {
        QStringLiteral(R"(CREATE TABLE group_day_activity (
            group_id       INTEGER NOT NULL REFERENCES chat_groups(id) ON DELETE CASCADE,
            day            TEXT NOT NULL,
            messages       INTEGER NOT NULL CHECK (messages >= 0),
            active_members INTEGER NOT NULL CHECK (active_members >= 0),
            PRIMARY KEY (group_id, day)))"),
        QStringLiteral(R"(CREATE TABLE group_hour_activity (
            group_id INTEGER NOT NULL REFERENCES chat_groups(id) ON DELETE CASCADE,
            day      TEXT NOT NULL,
            hour     INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
            messages INTEGER NOT NULL CHECK (messages > 0),
            PRIMARY KEY (group_id, day, hour)))"),
        QStringLiteral("INSERT INTO group_day_activity (group_id, day, messages, active_members) "
                       "SELECT group_id, day, COUNT(*), COUNT(DISTINCT member_id) FROM messages "
                       "GROUP BY group_id, day"),
    };
}

} // namespace qundesk::schema
