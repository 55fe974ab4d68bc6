// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// Schema version 5: the tables written a row per member in bulk (stays, tags, status) check
// their word columns with OR-ed comparisons instead of IN lists. SQLite evaluates a CHECK's IN
// list of three or more words by building a temporary index for every row written, which cost
// a third of a 100,000-member import. The allowed words do not change. SQLite cannot alter a
// CHECK, so each table is rebuilt: new table, copy, drop, rename, indexes again.
#include "db/Schema.h"

namespace qundesk::schema {

namespace {

// The statements that replace `table` by `definition` (a CREATE TABLE of "<table>_v5"),
// keeping `columns` and recreating `indexes`.
QStringList rebuild(const QString& table, const QString& definition, const QString& columns,
                    const QStringList& indexes) {
    const QString next = table + QStringLiteral("_v5");
    QStringList statements{
        definition,
        QStringLiteral("INSERT INTO %1 (%3) SELECT %3 FROM %2").arg(next, table, columns),
        QStringLiteral("DROP TABLE %1").arg(table),
        QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(next, table),
    };
    return statements + indexes;
}

} // namespace

QStringList version5() {
    QStringList statements;
    statements += rebuild(
        QStringLiteral("memberships"), QStringLiteral(R"(CREATE TABLE memberships_v5 (
            id         INTEGER PRIMARY KEY,
            group_id   INTEGER NOT NULL REFERENCES chat_groups(id) ON DELETE CASCADE,
            member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            role       TEXT NOT NULL DEFAULT 'member'
                       CHECK (role = 'owner' OR role = 'admin' OR role = 'koc' OR role = 'kol'
                              OR role = 'assistant' OR role = 'member'),
            joined_at  TEXT NOT NULL,
            left_at    TEXT,
            leave_kind TEXT CHECK (leave_kind IN ('left','removed')),
            CHECK (left_at IS NULL OR left_at >= joined_at)))"),
        QStringLiteral("id, group_id, member_id, role, joined_at, left_at, leave_kind"),
        {QStringLiteral("CREATE INDEX idx_memberships_group ON memberships(group_id, joined_at)"),
         QStringLiteral(
             "CREATE INDEX idx_memberships_member ON memberships(member_id, left_at, joined_at)")});
    statements +=
        rebuild(QStringLiteral("member_tags"), QStringLiteral(R"(CREATE TABLE member_tags_v5 (
            member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            origin     TEXT NOT NULL DEFAULT 'manual'
                       CHECK (origin = 'manual' OR origin = 'rule' OR origin = 'import'),
            created_at TEXT NOT NULL,
            PRIMARY KEY (member_id, tag_id)))"),
                QStringLiteral("member_id, tag_id, origin, created_at"),
                {QStringLiteral("CREATE INDEX idx_member_tags_tag ON member_tags(tag_id)")});
    statements += rebuild(
        QStringLiteral("member_status"), QStringLiteral(R"(CREATE TABLE member_status_v5 (
            member_id           INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
            stage               TEXT NOT NULL DEFAULT 'growing'
                                CHECK (stage = 'new' OR stage = 'growing' OR stage = 'mature'
                                       OR stage = 'extending' OR stage = 'declining'),
            fan_level           TEXT NOT NULL DEFAULT 'observer'
                                CHECK (fan_level = 'observer' OR fan_level = 'participant'
                                       OR fan_level = 'contributor' OR fan_level = 'advocate'),
            fan_level_earned_on TEXT,
            first_joined_day    TEXT,
            last_message_day    TEXT,
            messages            INTEGER NOT NULL DEFAULT 0,
            active_days_30      INTEGER NOT NULL DEFAULT 0,
            orders              INTEGER NOT NULL DEFAULT 0,
            revenue_cents       INTEGER NOT NULL DEFAULT 0,
            last_order_day      TEXT,
            referrals           INTEGER NOT NULL DEFAULT 0,
            computed_on         TEXT NOT NULL,
            search_text         TEXT,
            silent_since_day    TEXT))"),
        QStringLiteral("member_id, stage, fan_level, fan_level_earned_on, first_joined_day, "
                       "last_message_day, messages, active_days_30, orders, revenue_cents, "
                       "last_order_day, referrals, computed_on, search_text, silent_since_day"),
        {QStringLiteral("CREATE INDEX idx_member_status_stage ON member_status(stage)"),
         QStringLiteral("CREATE INDEX idx_member_status_last ON member_status(last_message_day)"),
         QStringLiteral(
             "CREATE INDEX idx_member_status_silent ON member_status(silent_since_day)")});
    return statements;
}

} // namespace qundesk::schema
