// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// Schema version 1: the whole data model of DESIGN.md. Conventions, kept portable:
// - instants are TEXT in UTC, ISO 8601 with a Z ("2026-05-03T12:00:00Z");
// - calendar days are TEXT "YYYY-MM-DD" in the workspace's time zone (setting "time_zone");
// - wall-clock times of day are TEXT "HH:MM";
// - money is INTEGER cents with a currency code; booleans are INTEGER 0/1;
// - structured rule definitions are JSON TEXT, interpreted in core.
#include "db/Schema.h"

namespace qundesk::schema {

QStringList version1() {
    return {
        QStringLiteral(R"(CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE chat_groups (
            id             INTEGER PRIMARY KEY,
            name           TEXT NOT NULL UNIQUE,
            platform       TEXT NOT NULL DEFAULT 'wechat',
            purpose        TEXT NOT NULL DEFAULT 'other',
            capacity       INTEGER NOT NULL DEFAULT 500 CHECK (capacity >= 0),
            rules_text     TEXT,
            welcome_script TEXT,
            status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','archived')),
            operator_name  TEXT,
            external_id    TEXT,
            created_at     TEXT NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE members (
            id             INTEGER PRIMARY KEY,
            display_name   TEXT NOT NULL,
            gender         TEXT,
            birthday       TEXT,
            age_band       TEXT,
            city           TEXT,
            phone          TEXT,
            source_channel TEXT,
            referrer_id    INTEGER REFERENCES members(id) ON DELETE SET NULL,
            person_id      INTEGER REFERENCES members(id) ON DELETE SET NULL,
            tier           TEXT,
            notes          TEXT,
            dnd            INTEGER NOT NULL DEFAULT 0,
            dnd_until      TEXT,
            erased_at      TEXT,
            created_at     TEXT NOT NULL,
            updated_at     TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX idx_members_name ON members(display_name)"),
        QStringLiteral("CREATE INDEX idx_members_referrer ON members(referrer_id)"),
        QStringLiteral("CREATE INDEX idx_members_person ON members(person_id)"),

        // One person, several platforms: each identity is a platform account of a member.
        QStringLiteral(R"(CREATE TABLE member_identities (
            id           INTEGER PRIMARY KEY,
            member_id    INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            platform     TEXT NOT NULL,
            platform_uid TEXT,
            handle       TEXT,
            nickname     TEXT,
            UNIQUE (platform, platform_uid)))"),
        QStringLiteral("CREATE INDEX idx_identities_member ON member_identities(member_id)"),
        QStringLiteral("CREATE INDEX idx_identities_nick ON member_identities(platform, nickname)"),

        // One row per stay in a group; a member who leaves and comes back has two rows.
        QStringLiteral(R"(CREATE TABLE memberships (
            id         INTEGER PRIMARY KEY,
            group_id   INTEGER NOT NULL REFERENCES chat_groups(id) ON DELETE CASCADE,
            member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            role       TEXT NOT NULL DEFAULT 'member'
                       CHECK (role IN ('owner','admin','koc','kol','assistant','member')),
            joined_at  TEXT NOT NULL,
            left_at    TEXT,
            leave_kind TEXT CHECK (leave_kind IN ('left','removed')),
            CHECK (left_at IS NULL OR left_at >= joined_at)))"),
        QStringLiteral("CREATE INDEX idx_memberships_group ON memberships(group_id, joined_at)"),
        QStringLiteral("CREATE INDEX idx_memberships_member ON memberships(member_id)"),

        QStringLiteral(R"(CREATE TABLE tags (
            id       INTEGER PRIMARY KEY,
            name     TEXT NOT NULL UNIQUE,
            color    TEXT NOT NULL DEFAULT '#3d7eff',
            category TEXT))"),

        QStringLiteral(R"(CREATE TABLE member_tags (
            member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            origin     TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual','rule','import')),
            created_at TEXT NOT NULL,
            PRIMARY KEY (member_id, tag_id)))"),
        QStringLiteral("CREATE INDEX idx_member_tags_tag ON member_tags(tag_id)"),

        // definition: JSON {"match":"all|any","conditions":[{"field","op","value"}…]}
        QStringLiteral(R"(CREATE TABLE tag_rules (
            id         INTEGER PRIMARY KEY,
            tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            name       TEXT NOT NULL,
            definition TEXT NOT NULL,
            enabled    INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE segments (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL UNIQUE,
            definition TEXT NOT NULL,
            builtin    INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL))"),

        // Every file imported, so a re-import can be recognised and reported.
        QStringLiteral(R"(CREATE TABLE imports (
            id          INTEGER PRIMARY KEY,
            kind        TEXT NOT NULL CHECK (kind IN ('chat','members','orders')),
            format      TEXT NOT NULL,
            file_name   TEXT NOT NULL,
            file_sha256 TEXT,
            group_id    INTEGER REFERENCES chat_groups(id) ON DELETE SET NULL,
            imported_at TEXT NOT NULL,
            report      TEXT))"),

        // Imported messages. source_id is the export's message id, or a hash of
        // time + author + text where the format has none: the de-duplication key per group.
        QStringLiteral(R"(CREATE TABLE messages (
            id          INTEGER PRIMARY KEY,
            group_id    INTEGER NOT NULL REFERENCES chat_groups(id) ON DELETE CASCADE,
            member_id   INTEGER REFERENCES members(id) ON DELETE SET NULL,
            sent_at     TEXT NOT NULL,
            day         TEXT NOT NULL,
            kind        TEXT NOT NULL DEFAULT 'text',
            author_name TEXT,
            body        TEXT,
            source_id   TEXT NOT NULL,
            import_id   INTEGER REFERENCES imports(id) ON DELETE SET NULL,
            UNIQUE (group_id, source_id)))"),
        QStringLiteral("CREATE INDEX idx_messages_member ON messages(member_id, sent_at)"),
        QStringLiteral("CREATE INDEX idx_messages_group_day ON messages(group_id, day)"),

        // Per member-day aggregate that charts and rules read instead of messages.
        QStringLiteral(R"(CREATE TABLE member_day_activity (
            group_id  INTEGER NOT NULL REFERENCES chat_groups(id) ON DELETE CASCADE,
            member_id INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            day       TEXT NOT NULL,
            messages  INTEGER NOT NULL CHECK (messages > 0),
            PRIMARY KEY (group_id, member_id, day)))"),
        QStringLiteral("CREATE INDEX idx_activity_day ON member_day_activity(group_id, day)"),
        QStringLiteral("CREATE INDEX idx_activity_member ON member_day_activity(member_id, day)"),

        QStringLiteral(R"(CREATE TABLE orders (
            id           INTEGER PRIMARY KEY,
            member_id    INTEGER REFERENCES members(id) ON DELETE SET NULL,
            group_id     INTEGER REFERENCES chat_groups(id) ON DELETE SET NULL,
            ordered_at   TEXT NOT NULL,
            amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
            currency     TEXT NOT NULL DEFAULT 'CNY',
            product      TEXT,
            external_id  TEXT UNIQUE,
            import_id    INTEGER REFERENCES imports(id) ON DELETE SET NULL,
            created_at   TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX idx_orders_member ON orders(member_id, ordered_at)"),
        QStringLiteral("CREATE INDEX idx_orders_group ON orders(group_id, ordered_at)"),

        // Content calendar. rrule is an RFC 5545 RRULE value (without "RRULE:"), empty for a
        // single post; starts_at is local wall-clock time "YYYY-MM-DDTHH:MM" in the workspace
        // zone, so a weekly 20:00 post stays at 20:00 across daylight-saving changes.
        QStringLiteral(R"(CREATE TABLE content_items (
            id           INTEGER PRIMARY KEY,
            uid          TEXT NOT NULL UNIQUE,
            group_id     INTEGER REFERENCES chat_groups(id) ON DELETE CASCADE,
            title        TEXT NOT NULL,
            body         TEXT,
            channel      TEXT NOT NULL DEFAULT 'group'
                         CHECK (channel IN ('group','private','moments','live')),
            content_line TEXT NOT NULL DEFAULT 'daily'
                         CHECK (content_line IN ('persona','marketing','feedback','activity','daily','topic')),
            status       TEXT NOT NULL DEFAULT 'idea'
                         CHECK (status IN ('idea','draft','scheduled','published','skipped')),
            starts_at    TEXT NOT NULL,
            duration_min INTEGER NOT NULL DEFAULT 30,
            rrule        TEXT,
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL))"),
        QStringLiteral(
            "CREATE INDEX idx_content_group_start ON content_items(group_id, starts_at)"),

        // One occurrence of a series moved (new_starts_at) or skipped, keyed by its original start.
        QStringLiteral(R"(CREATE TABLE content_exceptions (
            id              INTEGER PRIMARY KEY,
            item_id         INTEGER NOT NULL REFERENCES content_items(id) ON DELETE CASCADE,
            original_start  TEXT NOT NULL,
            new_starts_at   TEXT,
            status          TEXT CHECK (status IN ('idea','draft','scheduled','published','skipped')),
            UNIQUE (item_id, original_start)))"),

        QStringLiteral(R"(CREATE TABLE sop_templates (
            id             INTEGER PRIMARY KEY,
            name           TEXT NOT NULL UNIQUE,
            description    TEXT,
            language       TEXT NOT NULL DEFAULT 'zh_CN',
            target_kind    TEXT NOT NULL DEFAULT 'member'
                           CHECK (target_kind IN ('group','segment','member')),
            anchor         TEXT NOT NULL DEFAULT 'join' CHECK (anchor IN ('join','start')),
            stop_condition TEXT,
            end_actions    TEXT,
            builtin        INTEGER NOT NULL DEFAULT 0,
            created_at     TEXT NOT NULL,
            updated_at     TEXT NOT NULL))"),

        // timing_kind: day_offset (day N after the anchor), fixed_date, or weekday (1 = Monday).
        QStringLiteral(R"(CREATE TABLE sop_steps (
            id           INTEGER PRIMARY KEY,
            template_id  INTEGER NOT NULL REFERENCES sop_templates(id) ON DELETE CASCADE,
            position     INTEGER NOT NULL,
            title        TEXT NOT NULL,
            timing_kind  TEXT NOT NULL DEFAULT 'day_offset'
                         CHECK (timing_kind IN ('day_offset','fixed_date','weekday')),
            day_offset   INTEGER NOT NULL DEFAULT 0,
            fixed_date   TEXT,
            weekday      INTEGER CHECK (weekday IS NULL OR weekday BETWEEN 1 AND 7),
            window_start TEXT NOT NULL DEFAULT '09:00',
            window_end   TEXT NOT NULL DEFAULT '21:00',
            channel      TEXT NOT NULL DEFAULT 'group'
                         CHECK (channel IN ('group','private','moments','live')),
            script       TEXT NOT NULL DEFAULT '',
            UNIQUE (template_id, position)))"),

        QStringLiteral(R"(CREATE TABLE sop_runs (
            id          INTEGER PRIMARY KEY,
            template_id INTEGER NOT NULL REFERENCES sop_templates(id) ON DELETE CASCADE,
            target_kind TEXT NOT NULL CHECK (target_kind IN ('group','segment','member')),
            group_id    INTEGER REFERENCES chat_groups(id) ON DELETE CASCADE,
            segment_id  INTEGER REFERENCES segments(id) ON DELETE SET NULL,
            member_id   INTEGER REFERENCES members(id) ON DELETE CASCADE,
            started_on  TEXT NOT NULL,
            status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active','finished','stopped')),
            ended_at    TEXT,
            simulated   INTEGER NOT NULL DEFAULT 0,
            created_at  TEXT NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE sop_tasks (
            id        INTEGER PRIMARY KEY,
            run_id    INTEGER NOT NULL REFERENCES sop_runs(id) ON DELETE CASCADE,
            step_id   INTEGER REFERENCES sop_steps(id) ON DELETE SET NULL,
            member_id INTEGER REFERENCES members(id) ON DELETE CASCADE,
            group_id  INTEGER REFERENCES chat_groups(id) ON DELETE CASCADE,
            due_at    TEXT NOT NULL,
            status    TEXT NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending','done','skipped','postponed')),
            reason    TEXT,
            done_at   TEXT))"),
        QStringLiteral("CREATE INDEX idx_sop_tasks_due ON sop_tasks(status, due_at)"),
        QStringLiteral("CREATE INDEX idx_sop_tasks_run ON sop_tasks(run_id)"),

        // Every outreach, by hand, from an SOP task or from a calendar item.
        QStringLiteral(R"(CREATE TABLE touches (
            id              INTEGER PRIMARY KEY,
            member_id       INTEGER REFERENCES members(id) ON DELETE CASCADE,
            group_id        INTEGER REFERENCES chat_groups(id) ON DELETE SET NULL,
            channel         TEXT NOT NULL CHECK (channel IN ('group','private','moments','live')),
            touched_at      TEXT NOT NULL,
            note            TEXT,
            sop_task_id     INTEGER REFERENCES sop_tasks(id) ON DELETE SET NULL,
            content_item_id INTEGER REFERENCES content_items(id) ON DELETE SET NULL))"),
        QStringLiteral("CREATE INDEX idx_touches_member ON touches(member_id, touched_at)"),

        // Column mappings of generic CSV imports, remembered per header line.
        QStringLiteral(R"(CREATE TABLE import_mappings (
            header_key TEXT PRIMARY KEY,
            mapping    TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
    };
}

} // namespace qundesk::schema
