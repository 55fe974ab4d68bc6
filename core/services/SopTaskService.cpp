// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/SopTaskService.h"

#include "db/Sql.h"
#include "services/ServiceTransaction.h"
#include "sop/SopEngine.h"
#include "store/SettingsStore.h"
#include "store/SopRunStore.h"
#include "store/SopTemplateStore.h"
#include "store/TouchStore.h"
#include "util/Time.h"

namespace qundesk {

namespace {

// The touch of a task, recorded when it has none yet; 0 for a group-wide task (no member).
Result<qint64> touchOnce(const Database& db, const SopTask& task, const QDateTime& at) {
    if (task.memberId <= 0)
        return qint64(0);
    auto existing = sql::scalar(db.connection(),
                                QStringLiteral("SELECT id FROM touches WHERE sop_task_id = :task "
                                               "ORDER BY id LIMIT 1"),
                                {{QStringLiteral(":task"), task.id}}, 0);
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return existing->toLongLong();
    Touch touch;
    touch.memberId = task.memberId;
    touch.groupId = task.groupId;
    touch.sopTaskId = task.id;
    touch.touchedAt = at.isValid() ? at : time::now();
    auto step = sql::exec(db.connection(),
                          QStringLiteral("SELECT channel, title FROM sop_steps WHERE id = :id"),
                          {{QStringLiteral(":id"), task.stepId}});
    if (!step)
        return step.error();
    if (step->next()) {
        touch.channel = step->value(0).toString();
        touch.note = step->value(1).toString();
    }
    return TouchStore(db).add(touch);
}

Result<SopTask> openTask(const Database& db, qint64 taskId) {
    auto task = SopRunStore(db).getTask(taskId);
    if (!task)
        return task.error();
    if (task->status == QLatin1String("done") || task->status == QLatin1String("skipped"))
        return Error{
            SopTaskService::tr("Task %1 is already %2.")
                .arg(QString::number(taskId), sopTaskStatus::label(task->status).toLower()),
            {},
            0};
    return task;
}

Status settle(const Database& db, const SopTask& task) {
    const QDate today = time::today(SettingsStore(db).timeZone());
    auto finished = sop::SopEngine::finishIfComplete(db, task.runId, task.memberId, today);
    return finished ? Status{} : Status{finished.error()};
}

} // namespace

Status SopTaskService::done(const Database& db, qint64 taskId, const QDateTime& at) {
    return services::inTransaction(db, [&]() -> Status {
        auto task = openTask(db, taskId);
        if (!task)
            return task.error();
        const QDateTime when = at.isValid() ? at : time::now();
        if (auto touch = touchOnce(db, task.value(), when); !touch)
            return touch.error();
        if (Status s = SopRunStore(db).setTaskStatus(taskId, QStringLiteral("done"), {}, when); !s)
            return s;
        return settle(db, task.value());
    });
}

Status SopTaskService::skip(const Database& db, qint64 taskId, const QString& reason) {
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the task is skipped."), {}, 0};
    return services::inTransaction(db, [&]() -> Status {
        auto task = openTask(db, taskId);
        if (!task)
            return task.error();
        if (Status s = SopRunStore(db).setTaskStatus(taskId, QStringLiteral("skipped"), reason); !s)
            return s;
        return settle(db, task.value());
    });
}

Status SopTaskService::postpone(const Database& db, qint64 taskId, const QDateTime& dueAt,
                                const QString& reason) {
    return services::inTransaction(db, [&]() -> Status {
        if (auto task = openTask(db, taskId); !task)
            return task.error();
        return SopRunStore(db).setTaskStatus(taskId, QStringLiteral("postponed"), reason, {},
                                             dueAt);
    });
}

Result<qint64> SopTaskService::recordCopy(const Database& db, qint64 taskId) {
    return services::inTransaction(db, [&]() -> Result<qint64> {
        auto task = SopRunStore(db).getTask(taskId);
        if (!task)
            return task.error();
        return touchOnce(db, task.value(), time::now());
    });
}

Result<qint64> SopTaskService::logTouch(const Database& db, const Touch& touch) {
    return services::inTransaction(db, [&]() { return TouchStore(db).add(touch); });
}

Status SopTaskService::removeTouch(const Database& db, qint64 touchId) {
    return services::inTransaction(db, [&]() { return TouchStore(db).remove(touchId); });
}

} // namespace qundesk
