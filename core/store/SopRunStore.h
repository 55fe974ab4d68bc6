// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

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
    // The active run of a template on one target (targetKind group, segment or member).
    Result<std::optional<SopRun>> findActiveRun(qint64 templateId, const QString& targetKind,
                                                qint64 targetId) const;
    // Active runs, all of them or (groupId > 0) those targeting one group.
    Result<QList<SopRun>> activeRuns(qint64 groupId = 0) const;

    // Adds tasks to a run (their runId is ignored); one prepared statement for all of them.
    Status addTasks(qint64 runId, const QList<SopTask>& tasks);
    Result<QList<SopTask>> tasksForRun(qint64 runId) const;
    Result<SopTask> getTask(qint64 taskId) const;
    // Holds a pending task with a reason shown to the operator (empty = free again).
    Status setHoldReason(qint64 taskId, const QString& reason);
    // Forgets the pending and postponed tasks of one member of a run (it ended early for them),
    // or of the whole run (memberId 0: it was stopped).
    Status dropOpenTasks(qint64 runId, qint64 memberId);
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
