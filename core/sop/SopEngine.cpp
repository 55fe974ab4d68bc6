// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/SopEngine.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "sop/FatigueGuard.h"
#include "sop/SopEndActions.h"
#include "sop/SopEndRules.h"
#include "sop/SopTargets.h"
#include "sop/StepSchedule.h"
#include "store/SettingsStore.h"
#include "store/SopRunStore.h"
#include "store/SopTargetStore.h"
#include "store/SopTemplateStore.h"
#include "util/Time.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace qundesk::sop {

namespace {

QString taskKey(qint64 stepId, qint64 memberId, const QDate& day) {
    return QStringLiteral("%1:%2:%3").arg(stepId).arg(memberId).arg(time::dayToStorage(day));
}

Result<QSet<QString>> existingKeys(const Database& db, qint64 runId) {
    auto q = sql::exec(db.connection(),
                       QStringLiteral("SELECT step_id, IFNULL(member_id, 0), occurrence FROM "
                                      "sop_tasks WHERE run_id = :run AND step_id IS NOT NULL"),
                       {{QStringLiteral(":run"), runId}});
    if (!q)
        return q.error();
    QSet<QString> keys;
    while (q->next())
        keys.insert(QStringLiteral("%1:%2:%3")
                        .arg(q->value(0).toLongLong())
                        .arg(q->value(1).toLongLong())
                        .arg(q->value(2).toString()));
    return keys;
}

// Per member of the run who has tasks: how many are still open (pending or postponed).
Result<QHash<qint64, int>> openTaskCounts(const Database& db, qint64 runId, qint64 memberId = 0) {
    QVariantMap binds{{QStringLiteral(":run"), runId}};
    if (memberId > 0)
        binds.insert(QStringLiteral(":member"), memberId);
    auto q =
        sql::exec(db.connection(),
                  QStringLiteral("SELECT member_id, SUM(CASE WHEN status IN ('pending', "
                                 "'postponed') THEN 1 ELSE 0 END) FROM sop_tasks WHERE "
                                 "run_id = :run AND member_id IS NOT NULL %1 GROUP BY "
                                 "member_id")
                      .arg(memberId > 0 ? QStringLiteral("AND member_id = :member") : QString()),
                  binds);
    if (!q)
        return q.error();
    QHash<qint64, int> counts;
    while (q->next())
        counts.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return counts;
}

// Open tasks of the run due from `from` on: a held one is freed when its hold no longer applies
// (do-not-disturb lifted, the week's touches fewer); a free one is held when its member turned
// do-not-disturb on since it was planned.
Status reviewHolds(const Database& db, qint64 runId, const QDateTime& from, FatigueGuard& guard,
                   const QHash<qint64, QString>& channels) {
    auto q = sql::exec(
        db.connection(),
        QStringLiteral("SELECT id, member_id, step_id, due_at, hold_reason FROM "
                       "sop_tasks WHERE run_id = :run AND status IN ('pending', "
                       "'postponed') AND member_id IS NOT NULL AND due_at >= "
                       ":from ORDER BY due_at, id"),
        {{QStringLiteral(":run"), runId}, {QStringLiteral(":from"), time::toStorage(from)}});
    if (!q)
        return q.error();
    SopRunStore runs(db);
    struct Change {
        qint64 id;
        QString hold;
    };
    QList<Change> changes;
    while (q->next()) {
        const qint64 member = q->value(1).toLongLong();
        const QDateTime due = time::fromStorage(q->value(3).toString());
        const QString held = q->value(4).toString();
        if (!held.isEmpty()) {
            const QString now = guard.admit(member, due, channels.value(q->value(2).toLongLong()));
            if (now != held)
                changes << Change{q->value(0).toLongLong(), now};
        } else if (const QString dnd = guard.doNotDisturb(member, due); !dnd.isEmpty()) {
            changes << Change{q->value(0).toLongLong(), dnd};
        }
    }
    for (const Change& c : std::as_const(changes))
        if (Status s = runs.setHoldReason(c.id, c.hold); !s)
            return s;
    return {};
}

bool hasOpenEndedStep(const SopTemplate& sop) {
    return std::any_of(sop.steps.cbegin(), sop.steps.cend(),
                       [](const SopStep& s) { return s.isOpenEnded(); });
}

// Ends one member's timeline (finished or exited) and runs the SOP's end actions for them.
Status endTarget(const Database& db, const SopTemplate& sop, const SopRunTarget& target,
                 const QString& status, const QDate& today, int depth) {
    SopRunStore runs(db);
    if (status == QLatin1String("exited"))
        if (Status s = runs.dropOpenTasks(target.runId, target.memberId); !s)
            return s;
    if (Status s = SopTargetStore(db).setStatus(target.runId, target.memberId, status, today); !s)
        return s;
    return SopEndActions::run(db, sop, target, today, depth);
}

} // namespace

Result<RefreshCount> SopEngine::refreshRun(const Database& db, qint64 runId, const QDate& today,
                                           bool initial, int depth, bool reapply) {
    RefreshCount count;
    SopRunStore runs(db);
    auto run = runs.getRun(runId);
    if (!run)
        return run.error();
    if (run->status != QLatin1String("active"))
        return count;
    auto sop = SopTemplateStore(db).get(run->templateId);
    if (!sop)
        return sop.error();
    auto stop = SopEndRules::stopCondition(sop.value());
    if (!stop)
        return stop.error();

    const SettingsStore settings(db);
    const QTimeZone zone = settings.timeZone();
    const Thresholds limits = settings.thresholds();
    const QuietHours quiet{QTime::fromString(limits.quietStart, QStringLiteral("HH:mm")),
                           QTime::fromString(limits.quietEnd, QStringLiteral("HH:mm"))};
    const QDate until = today.addDays(kHorizonDays);
    const bool groupWide =
        run->targetKind == QLatin1String("group") && sop->anchor == QLatin1String("start");

    // Who is in the run now.
    SopTargetStore targetStore(db);
    QList<SopRunTarget> active;
    if (!groupWide) {
        auto stored = targetStore.list(runId);
        if (!stored)
            return stored.error();
        auto wanted = SopTargets::resolve(db, run.value(), today);
        if (!wanted)
            return wanted.error();
        QHash<qint64, SopRunTarget> byMember;
        for (const SopRunTarget& t : std::as_const(stored.value()))
            byMember.insert(t.memberId, t);
        const bool admitNew = initial || reapply || run->targetKind != QLatin1String("segment");
        QSet<qint64> present;
        QList<SopRunTarget> added;
        for (const TargetCandidate& c : std::as_const(wanted.value())) {
            present.insert(c.memberId);
            if (byMember.contains(c.memberId) || !admitNew)
                continue;
            SopRunTarget t;
            t.runId = runId;
            t.memberId = c.memberId;
            t.groupId = c.groupId;
            const QDate arrived = initial ? run->startedOn : std::max(run->startedOn, today);
            t.anchorDay =
                sop->anchor == QLatin1String("join") && c.joinDay.isValid() ? c.joinDay : arrived;
            added << t;
            byMember.insert(t.memberId, t);
        }
        if (Status s = targetStore.add(added); !s)
            return s.error();
        count.targetsAdded = int(added.size());

        QSet<qint64> stopped;
        if (stop->has_value()) {
            auto matching = MemberFilterQuery::memberIds(db, **stop, today);
            if (!matching)
                return matching.error();
            stopped = QSet<qint64>(matching->cbegin(), matching->cend());
        }
        for (const SopRunTarget& t : std::as_const(byMember)) {
            if (t.status != QLatin1String("active"))
                continue;
            // Members of a member run stay in it; the others leave when they leave the target.
            const bool gone = !present.contains(t.memberId);
            if (gone || stopped.contains(t.memberId)) {
                if (Status s =
                        endTarget(db, sop.value(), t, QStringLiteral("exited"), today, depth);
                    !s)
                    return s.error();
                ++count.exited;
                continue;
            }
            active << t;
        }
    } else {
        SopRunTarget whole;
        whole.runId = runId;
        whole.groupId = run->groupId;
        whole.anchorDay = run->startedOn;
        active << whole;
    }

    // The tasks each active target lacks, up to the horizon (in member order, so that task ids
    // come out the same whatever order the hash gave).
    std::sort(active.begin(), active.end(),
              [](const SopRunTarget& a, const SopRunTarget& b) { return a.memberId < b.memberId; });
    auto keys = existingKeys(db, runId);
    if (!keys)
        return keys.error();
    QList<SopTask> tasks;
    for (const SopRunTarget& t : std::as_const(active)) {
        for (const SopStep& step : std::as_const(sop->steps)) {
            for (const QDate& day : stepDays(step, t.anchorDay, run->startedOn, until)) {
                if (keys->contains(taskKey(step.id, t.memberId, day)))
                    continue;
                const LocalDue due = dueOn(step, day, quiet);
                SopTask task;
                task.stepId = step.id;
                task.memberId = t.memberId;
                task.groupId = t.groupId;
                task.occurrence = day;
                task.dueAt = time::fromWallClock(due.day, due.time, zone).toUTC();
                tasks << task;
            }
        }
    }
    QHash<qint64, QString> channels;
    for (const SopStep& step : std::as_const(sop->steps))
        channels.insert(step.id, step.channel);
    if (!run->simulated && (!tasks.isEmpty() || !groupWide)) {
        auto guard = FatigueGuard::load(db, time::fromWallClock(today, QTime(0, 0), zone));
        if (!guard)
            return guard.error();
        // Holds of open tasks still ahead follow do-not-disturb and the cap as they are now.
        if (Status s = reviewHolds(db, runId, time::fromWallClock(today, QTime(0, 0), zone),
                                   guard.value(), channels);
            !s)
            return s.error();
        std::stable_sort(tasks.begin(), tasks.end(),
                         [](const SopTask& a, const SopTask& b) { return a.dueAt < b.dueAt; });
        for (SopTask& task : tasks)
            task.holdReason = guard->admit(task.memberId, task.dueAt, channels.value(task.stepId));
    }
    if (!tasks.isEmpty()) {
        if (Status s = runs.addTasks(runId, tasks); !s)
            return s.error();
        count.tasksAdded = int(tasks.size());
    }

    // Timelines with nothing left to do end (finite SOPs only). A member who never had a task
    // (every step fell before the run started) leaves quietly, without the end actions.
    if (!groupWide && !hasOpenEndedStep(sop.value())) {
        auto open = openTaskCounts(db, runId);
        if (!open)
            return open.error();
        bool anyOpen = false;
        for (const SopRunTarget& t : std::as_const(active)) {
            const auto it = open->constFind(t.memberId);
            if (it != open->cend() && it.value() > 0) {
                anyOpen = true;
                continue;
            }
            Status s =
                it == open->cend()
                    ? targetStore.setStatus(runId, t.memberId, QStringLiteral("finished"), today)
                    : endTarget(db, sop.value(), t, QStringLiteral("finished"), today, depth);
            if (!s)
                return s.error();
            ++count.finished;
        }
        if (run->targetKind == QLatin1String("member") && !anyOpen)
            if (Status s = runs.setRunStatus(runId, QStringLiteral("finished")); !s)
                return s.error();
    }
    return count;
}

Result<RefreshCount> SopEngine::refreshAll(const Database& db, const QDate& today, qint64 groupId) {
    auto runs = SopRunStore(db).activeRuns(groupId);
    if (!runs)
        return runs.error();
    RefreshCount total;
    for (const SopRun& run : std::as_const(runs.value())) {
        auto count = refreshRun(db, run.id, today);
        if (!count)
            return count.error();
        total += count.value();
    }
    return total;
}

Result<RefreshCount> SopEngine::finishIfComplete(const Database& db, qint64 runId, qint64 memberId,
                                                 const QDate& today) {
    RefreshCount count;
    if (memberId <= 0)
        return count;
    SopRunStore runs(db);
    auto run = runs.getRun(runId);
    if (!run)
        return run.error();
    auto sop = SopTemplateStore(db).get(run->templateId);
    if (!sop)
        return sop.error();
    if (run->status != QLatin1String("active") || hasOpenEndedStep(sop.value()))
        return count;
    auto open = openTaskCounts(db, runId, memberId);
    if (!open)
        return open.error();
    if (open->value(memberId) > 0)
        return count;
    auto targets = SopTargetStore(db).list(runId);
    if (!targets)
        return targets.error();
    for (const SopRunTarget& t : std::as_const(targets.value())) {
        if (t.memberId != memberId || t.status != QLatin1String("active"))
            continue;
        if (Status s = endTarget(db, sop.value(), t, QStringLiteral("finished"), today, 0); !s)
            return s.error();
        ++count.finished;
    }
    if (run->targetKind == QLatin1String("member"))
        if (Status s = runs.setRunStatus(runId, QStringLiteral("finished")); !s)
            return s.error();
    return count;
}

} // namespace qundesk::sop
