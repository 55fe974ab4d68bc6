// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/SopRunStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Time.h"

#include <QSqlError>
#include <QSqlQuery>

namespace qundesk {

namespace {

const QString kRunColumns =
    QStringLiteral("r.id, r.template_id, r.target_kind, r.group_id, r.segment_id, r.member_id, "
                   "r.started_on, r.status, r.ended_at, r.simulated, r.created_at");
const QString kTaskColumns = QStringLiteral(
    "k.id, k.run_id, k.step_id, k.member_id, k.group_id, k.due_at, k.status, k.reason, k.done_at, "
    "k.occurrence, k.hold_reason");

SopRun runFromRow(const QSqlQuery& q) {
    SopRun r;
    r.id = q.value(0).toLongLong();
    r.templateId = q.value(1).toLongLong();
    r.targetKind = q.value(2).toString();
    r.groupId = q.value(3).toLongLong();
    r.segmentId = q.value(4).toLongLong();
    r.memberId = q.value(5).toLongLong();
    r.startedOn = time::dayFromStorage(q.value(6).toString());
    r.status = q.value(7).toString();
    if (!q.value(8).isNull())
        r.endedAt = time::fromStorage(q.value(8).toString());
    r.simulated = q.value(9).toInt() != 0;
    r.createdAt = time::fromStorage(q.value(10).toString());
    return r;
}

SopTask taskFromRow(const QSqlQuery& q) {
    SopTask t;
    t.id = q.value(0).toLongLong();
    t.runId = q.value(1).toLongLong();
    t.stepId = q.value(2).toLongLong();
    t.memberId = q.value(3).toLongLong();
    t.groupId = q.value(4).toLongLong();
    t.dueAt = time::fromStorage(q.value(5).toString());
    t.status = q.value(6).toString();
    t.reason = q.value(7).toString();
    if (!q.value(8).isNull())
        t.doneAt = time::fromStorage(q.value(8).toString());
    t.occurrence = time::dayFromStorage(q.value(9).toString());
    t.holdReason = q.value(10).toString();
    return t;
}

Result<QList<SopTask>> tasksOf(Result<QSqlQuery> q) {
    if (!q)
        return q.error();
    QList<SopTask> tasks;
    while (q->next())
        tasks << taskFromRow(*q);
    return tasks;
}

} // namespace

SopRunStore::SopRunStore(const Database& db)
    : m_db(db.connection()) {}

Result<qint64> SopRunStore::startRun(qint64 templateId, const QString& targetKind, qint64 targetId,
                                     const QDate& startedOn, bool simulated,
                                     qint64 contextGroupId) {
    if (!sopTarget::isValid(targetKind))
        return Error{tr("Unknown SOP target “%1”.").arg(targetKind), {}, 0};
    if (targetId <= 0)
        return Error{tr("Choose whom the SOP is for."), {}, 0};
    if (!startedOn.isValid())
        return Error{tr("An SOP run needs its start day."), {}, 0};
    const bool onGroup = targetKind == QLatin1String("group");
    const qint64 groupId = onGroup ? targetId : contextGroupId;
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO sop_runs (template_id, target_kind, group_id, "
                                      "segment_id, member_id, started_on, simulated, created_at) "
                                      "VALUES (:template, :kind, :group, :segment, :member, "
                                      ":started, :simulated, :created)"),
                       {{QStringLiteral(":template"), templateId},
                        {QStringLiteral(":kind"), targetKind},
                        {QStringLiteral(":group"), sql::nullIfNoId(groupId)},
                        {QStringLiteral(":segment"),
                         sql::nullIfNoId(targetKind == QLatin1String("segment") ? targetId : 0)},
                        {QStringLiteral(":member"),
                         sql::nullIfNoId(targetKind == QLatin1String("member") ? targetId : 0)},
                        {QStringLiteral(":started"), time::dayToStorage(startedOn)},
                        {QStringLiteral(":simulated"), simulated ? 1 : 0},
                        {QStringLiteral(":created"), time::toStorage(time::now())}});
    if (!q)
        return Error{tr("Cannot start the SOP: %1").arg(q.error().message), {}, 0};
    return q->lastInsertId().toLongLong();
}

Result<SopRun> SopRunStore::getRun(qint64 runId) const {
    auto q = sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM sop_runs r WHERE r.id = :id").arg(kRunColumns),
        {{QStringLiteral(":id"), runId}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("The SOP run no longer exists."), {}, 0};
    return runFromRow(*q);
}

Result<QList<SopRun>> SopRunStore::listRuns(qint64 templateId) const {
    QVariantMap binds;
    QString where;
    if (templateId > 0) {
        where = QStringLiteral("WHERE r.template_id = :template");
        binds.insert(QStringLiteral(":template"), templateId);
    }
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM sop_runs r %2 ORDER BY r.started_on DESC, "
                                      "r.id DESC")
                           .arg(kRunColumns, where),
                       binds);
    if (!q)
        return q.error();
    QList<SopRun> runs;
    while (q->next())
        runs << runFromRow(*q);
    return runs;
}

Status SopRunStore::setRunStatus(qint64 runId, const QString& status) {
    if (!sopRunStatus::isValid(status))
        return Error{tr("Unknown SOP run status “%1”.").arg(status), {}, 0};
    const bool ended = status != QLatin1String("active");
    auto q = sql::exec(m_db,
                       QStringLiteral("UPDATE sop_runs SET status = :status, ended_at = :ended "
                                      "WHERE id = :id"),
                       {{QStringLiteral(":status"), status},
                        {QStringLiteral(":ended"),
                         sql::nullIfEmpty(ended ? time::toStorage(time::now()) : QString())},
                        {QStringLiteral(":id"), runId}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The SOP run no longer exists."), {}, 0};
    return {};
}

Status SopRunStore::addTasks(qint64 runId, const QList<SopTask>& tasks) {
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO sop_tasks (run_id, step_id, member_id, "
                                       "group_id, due_at, status, reason, done_at, occurrence, "
                                       "hold_reason) VALUES (:run, :step, :member, :group, :due, "
                                       ":status, :reason, :done, :occurrence, :hold)"))) {
        return Error{tr("Cannot add the SOP's tasks: %1").arg(insert.lastError().text()), {}, 0};
    }
    insert.bindValue(QStringLiteral(":run"), runId);
    for (const SopTask& task : tasks) {
        if (!task.dueAt.isValid())
            return Error{tr("An SOP task needs the time it is due."), {}, 0};
        if (!sopTaskStatus::isValid(task.status))
            return Error{tr("Unknown task status “%1”.").arg(task.status), {}, 0};
        insert.bindValue(QStringLiteral(":step"), sql::nullIfNoId(task.stepId));
        insert.bindValue(QStringLiteral(":member"), sql::nullIfNoId(task.memberId));
        insert.bindValue(QStringLiteral(":group"), sql::nullIfNoId(task.groupId));
        insert.bindValue(QStringLiteral(":due"), time::toStorage(task.dueAt));
        insert.bindValue(QStringLiteral(":status"), task.status);
        insert.bindValue(QStringLiteral(":reason"), sql::nullIfEmpty(task.reason));
        insert.bindValue(
            QStringLiteral(":occurrence"),
            time::dayToStorage(task.occurrence.isValid() ? task.occurrence : task.dueAt.date()));
        insert.bindValue(QStringLiteral(":hold"), sql::nullIfEmpty(task.holdReason));
        insert.bindValue(
            QStringLiteral(":done"),
            sql::nullIfEmpty(task.doneAt.isValid() ? time::toStorage(task.doneAt) : QString()));
        if (!insert.exec())
            return Error{
                tr("Cannot add the SOP's tasks: %1").arg(insert.lastError().text()), {}, 0};
    }
    return {};
}

Result<QList<SopTask>> SopRunStore::tasksForRun(qint64 runId) const {
    return tasksOf(sql::exec(m_db,
                             QStringLiteral("SELECT %1 FROM sop_tasks k WHERE k.run_id = :run "
                                            "ORDER BY k.due_at, k.id")
                                 .arg(kTaskColumns),
                             {{QStringLiteral(":run"), runId}}));
}

Result<QList<SopTask>> SopRunStore::tasksDue(const QDateTime& until, bool includeSimulated) const {
    return tasksOf(sql::exec(
        m_db,
        QStringLiteral("SELECT %1 FROM sop_tasks k JOIN sop_runs r ON r.id = k.run_id WHERE "
                       "k.status IN ('pending', 'postponed') AND k.due_at <= :until AND "
                       "r.status = 'active' %2 ORDER BY k.due_at, k.id")
            .arg(kTaskColumns,
                 includeSimulated ? QString() : QStringLiteral("AND r.simulated = 0")),
        {{QStringLiteral(":until"), time::toStorage(until)}}));
}

Status SopRunStore::setTaskStatus(qint64 taskId, const QString& status, const QString& reason,
                                  const QDateTime& doneAt, const QDateTime& newDueAt) {
    if (!sopTaskStatus::isValid(status))
        return Error{tr("Unknown task status “%1”.").arg(status), {}, 0};
    const bool done = status == QLatin1String("done");
    const bool skipped = status == QLatin1String("skipped");
    const bool postponed = status == QLatin1String("postponed");
    if (skipped && reason.trimmed().isEmpty())
        return Error{tr("Say why the task is skipped."), {}, 0};
    if (postponed && !newDueAt.isValid())
        return Error{tr("Choose when the postponed task is due."), {}, 0};

    // done_at records when the task was settled (done or skipped); pending clears the reason.
    QString settledAt;
    if (done || skipped)
        settledAt = time::toStorage(doneAt.isValid() ? doneAt : time::now());
    auto q = sql::exec(m_db,
                       QStringLiteral("UPDATE sop_tasks SET status = :status, reason = :reason, "
                                      "done_at = :done, due_at = COALESCE(:due, due_at) WHERE "
                                      "id = :id"),
                       {{QStringLiteral(":status"), status},
                        {QStringLiteral(":reason"), sql::nullIfEmpty(reason.trimmed())},
                        {QStringLiteral(":done"), sql::nullIfEmpty(settledAt)},
                        {QStringLiteral(":due"),
                         sql::nullIfEmpty(postponed ? time::toStorage(newDueAt) : QString())},
                        {QStringLiteral(":id"), taskId}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The task no longer exists."), {}, 0};
    return {};
}

Result<QList<SopStepCompletion>> SopRunStore::stepCompletion(qint64 templateId) const {
    auto q = sql::exec(
        m_db,
        QStringLiteral("SELECT s.id, s.position, s.title, COALESCE(SUM(CASE WHEN k.status = "
                       "'done' THEN 1 ELSE 0 END), 0), COUNT(k.id) FROM sop_steps s LEFT JOIN "
                       "(sop_tasks k JOIN sop_runs r ON r.id = k.run_id AND r.simulated = 0) ON "
                       "k.step_id = s.id WHERE s.template_id = :template GROUP BY s.id, "
                       "s.position, s.title ORDER BY s.position"),
        {{QStringLiteral(":template"), templateId}});
    if (!q)
        return q.error();
    QList<SopStepCompletion> steps;
    while (q->next()) {
        steps << SopStepCompletion{q->value(0).toLongLong(), q->value(1).toInt(),
                                   q->value(2).toString(), q->value(3).toLongLong(),
                                   q->value(4).toLongLong()};
    }
    return steps;
}

Result<std::optional<SopRun>>
SopRunStore::findActiveRun(qint64 templateId, const QString& targetKind, qint64 targetId) const {
    const QString column = targetKind == QLatin1String("group")     ? QStringLiteral("group_id")
                           : targetKind == QLatin1String("segment") ? QStringLiteral("segment_id")
                                                                    : QStringLiteral("member_id");
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM sop_runs r WHERE r.template_id = :template "
                                      "AND r.target_kind = :kind AND r.%2 = :target AND r.status "
                                      "= 'active' ORDER BY r.id LIMIT 1")
                           .arg(kRunColumns, column),
                       {{QStringLiteral(":template"), templateId},
                        {QStringLiteral(":kind"), targetKind},
                        {QStringLiteral(":target"), targetId}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SopRun>{};
    return std::optional<SopRun>{runFromRow(*q)};
}

Result<QList<SopRun>> SopRunStore::activeRuns(qint64 groupId) const {
    QString where = QStringLiteral("WHERE r.status = 'active'");
    QVariantMap binds;
    if (groupId > 0) {
        where += QStringLiteral(" AND r.target_kind = 'group' AND r.group_id = :group");
        binds.insert(QStringLiteral(":group"), groupId);
    }
    auto q = sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM sop_runs r %2 ORDER BY r.id").arg(kRunColumns, where),
        binds);
    if (!q)
        return q.error();
    QList<SopRun> runs;
    while (q->next())
        runs << runFromRow(*q);
    return runs;
}

Result<SopTask> SopRunStore::getTask(qint64 taskId) const {
    auto tasks = tasksOf(sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM sop_tasks k WHERE k.id = :id").arg(kTaskColumns),
        {{QStringLiteral(":id"), taskId}}));
    if (!tasks)
        return tasks.error();
    if (tasks->isEmpty())
        return Error{tr("There is no task %1.").arg(taskId), {}, 0};
    return tasks->first();
}

Status SopRunStore::setHoldReason(qint64 taskId, const QString& reason) {
    auto q = sql::exec(
        m_db, QStringLiteral("UPDATE sop_tasks SET hold_reason = :hold WHERE id = :id"),
        {{QStringLiteral(":hold"), sql::nullIfEmpty(reason)}, {QStringLiteral(":id"), taskId}});
    return q ? Status{} : Status{q.error()};
}

Status SopRunStore::dropOpenTasks(qint64 runId, qint64 memberId) {
    QVariantMap binds{{QStringLiteral(":run"), runId}};
    if (memberId > 0)
        binds.insert(QStringLiteral(":member"), memberId);
    auto q =
        sql::exec(m_db,
                  QStringLiteral("DELETE FROM sop_tasks WHERE run_id = :run AND status IN "
                                 "('pending', 'postponed') %1")
                      .arg(memberId > 0 ? QStringLiteral("AND member_id = :member") : QString()),
                  binds);
    return q ? Status{} : Status{q.error()};
}

} // namespace qundesk
