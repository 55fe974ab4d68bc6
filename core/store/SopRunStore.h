// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace qundesk {

class Database;

// Applications of SOPs and the dated tasks they generate (tables sop_runs, sop_tasks).
// Applying an SOP is startRun() then addTasks(); neither opens a transaction: the caller wraps
// both in one Transaction so that a failed apply leaves nothing behind.
class SopRunStore {
    Q_DECLARE_TR_FUNCTIONS(SopRunStore)

public:
    explicit SopRunStore(const Database& db);

    // Starts `templateId` on a target: targetKind group, segment or member, targetId its id.
    // contextGroupId optionally names the group a member run happens in ({group} placeholder).
    Result<qint64> startRun(qint64 templateId, const QString& targetKind, qint64 targetId,
                            const QDate& startedOn, bool simulated, qint64 contextGroupId = 0);
    Result<SopRun> getRun(qint64 runId) const;
    // Runs of one template (0 = all), newest first.
    Result<QList<SopRun>> listRuns(qint64 templateId = 0) const;
    // active clears the end time; finished and stopped set it to now.
    Status setRunStatus(qint64 runId, const QString& status);

    // Adds tasks to a run (their runId is ignored); one prepared statement for all of them.
    Status addTasks(qint64 runId, const QList<SopTask>& tasks);
    Result<QList<SopTask>> tasksForRun(qint64 runId) const;
    // Pending and postponed tasks of active runs due at or before `until`, soonest first; tasks
    // of simulated runs only when asked (trainer mode).
    Result<QList<SopTask>> tasksDue(const QDateTime& until, bool includeSimulated = false) const;
    // Moves a task to done (doneAt, now when invalid), skipped (a reason is required),
    // postponed (to newDueAt, which is required) or back to pending.
    Status setTaskStatus(qint64 taskId, const QString& status, const QString& reason = {},
                         const QDateTime& doneAt = {}, const QDateTime& newDueAt = {});

    // Done and total tasks per step of a template over its non-simulated runs, in step order
    // (steps without tasks included, with 0 / 0).
    Result<QList<SopStepCompletion>> stepCompletion(qint64 templateId) const;

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
