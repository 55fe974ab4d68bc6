// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// Schema version 8: what the SOP engine needs.
// - sop_templates: a uid (shared SOPs are recognised by it on import) and a scenario;
// - sop_steps: repeat_days (a day_offset step that comes back every N days; 0 = once) and a
//   checklist (JSON array of texts);
// - sop_run_targets: the members a run covers, each with the day their timeline counts from,
//   and whether they finished or left it early, so members who arrive later get their own
//   timeline and nobody gets one twice;
// - sop_tasks: the planned day (occurrence) that, with run, step and member, identifies a task
//   (one task per target, step and day, whatever refreshes run), and why a task is held
//   (do-not-disturb, touch cap).
#include "db/Schema.h"

namespace qundesk::schema {

QStringList version8() {
    return {
        QStringLiteral("ALTER TABLE sop_templates ADD COLUMN uid TEXT"),
        QStringLiteral("ALTER TABLE sop_templates ADD COLUMN scenario TEXT NOT NULL DEFAULT "
                       "'new_member'"),
        QStringLiteral("UPDATE sop_templates SET uid = lower(hex(randomblob(16))) WHERE uid IS "
                       "NULL"),
        QStringLiteral("CREATE UNIQUE INDEX idx_sop_templates_uid ON sop_templates(uid)"),
        QStringLiteral("ALTER TABLE sop_steps ADD COLUMN repeat_days INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (repeat_days >= 0)"),
        QStringLiteral("ALTER TABLE sop_steps ADD COLUMN checklist TEXT"),
        QStringLiteral(R"(CREATE TABLE sop_run_targets (
            run_id     INTEGER NOT NULL REFERENCES sop_runs(id) ON DELETE CASCADE,
            member_id  INTEGER NOT NULL REFERENCES members(id) ON DELETE CASCADE,
            group_id   INTEGER REFERENCES chat_groups(id) ON DELETE SET NULL,
            anchor_day TEXT NOT NULL,
            status     TEXT NOT NULL DEFAULT 'active'
                       CHECK (status IN ('active','finished','exited')),
            ended_on   TEXT,
            PRIMARY KEY (run_id, member_id)))"),
        QStringLiteral("CREATE INDEX idx_sop_run_targets_member ON sop_run_targets(member_id)"),
        QStringLiteral("ALTER TABLE sop_tasks ADD COLUMN occurrence TEXT"),
        QStringLiteral("ALTER TABLE sop_tasks ADD COLUMN hold_reason TEXT"),
        QStringLiteral("UPDATE sop_tasks SET occurrence = substr(due_at, 1, 10) WHERE occurrence "
                       "IS NULL"),
        // Runs of older versions: their members become targets anchored on the run's start.
        QStringLiteral("INSERT INTO sop_run_targets (run_id, member_id, group_id, anchor_day, "
                       "status) SELECT k.run_id, k.member_id, MIN(k.group_id), "
                       "MIN(r.started_on), CASE MIN(r.status) WHEN 'active' THEN 'active' ELSE "
                       "'finished' END FROM sop_tasks k JOIN sop_runs r ON r.id = k.run_id WHERE "
                       "k.member_id IS NOT NULL GROUP BY k.run_id, k.member_id"),
        QStringLiteral("CREATE UNIQUE INDEX idx_sop_tasks_once ON sop_tasks(run_id, step_id, "
                       "IFNULL(member_id, 0), occurrence) WHERE step_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX idx_touches_task ON touches(sop_task_id)"),
    };
}

} // namespace qundesk::schema
