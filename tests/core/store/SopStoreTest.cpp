// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "TempWorkspace.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "store/GroupStore.h"
#include "store/SopRunStore.h"
#include "store/SopTemplateStore.h"
#include "util/Time.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

QDateTime at(int day, int hour) {
    return QDateTime(QDate(2026, 5, day), QTime(hour, 0), QTimeZone::utc());
}

SopStep step(const QString& title, int dayOffset, const QString& channelKey) {
    SopStep s;
    s.title = title;
    s.dayOffset = dayOffset;
    s.channel = channelKey;
    s.windowStart = QTime(20, 0);
    s.windowEnd = QTime(21, 30);
    s.script = QStringLiteral("{nickname}，欢迎加入{group}！我是{operator}。");
    return s;
}

// The classic newcomer playbook: welcome, ask about needs, share a user story.
SopTemplate newcomerSop(const QString& name = QStringLiteral("新人7天培育")) {
    SopTemplate t;
    t.name = name;
    t.description = QStringLiteral("新成员入群后七天的关怀节奏");
    t.stopCondition = QStringLiteral(R"({"bought":true})");
    t.endActions = QStringLiteral(R"([{"add_tag":"已培育"}])");
    t.steps = {step(QStringLiteral("入群欢迎"), 0, QStringLiteral("group")),
               step(QStringLiteral("私聊了解需求"), 1, QStringLiteral("private")),
               step(QStringLiteral("分享用户故事"), 3, QStringLiteral("moments"))};
    return t;
}

qint64 rowCount(Database& db, const QString& table) {
    return sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table))
        .value()
        .toLongLong();
}

class SopStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        Group g;
        g.name = QStringLiteral("新人福利群");
        group = GroupStore(ws.db()).create(g).value();
        ASSERT_TRUE(sql::exec(ws.db().connection(),
                              QStringLiteral("INSERT INTO members (id, display_name, created_at, "
                                             "updated_at) VALUES (1, '张伟', 'x', 'x')"))
                        .ok());
    }

    // Applies `templateId` to member 1 with one task per step, due on consecutive days.
    qint64 applyToMember(qint64 templateId, bool simulated = false) {
        Transaction tx(ws.db().connection());
        auto run = runs.startRun(templateId, QStringLiteral("member"), 1, QDate(2026, 5, 1),
                                 simulated, group);
        EXPECT_TRUE(run.ok());
        QList<SopTask> tasks;
        const auto sop = templates.get(templateId).value();
        for (const SopStep& s : sop.steps) {
            SopTask t;
            t.stepId = s.id;
            t.memberId = 1;
            t.groupId = group;
            t.dueAt = at(1 + s.dayOffset, 12);
            tasks << t;
        }
        EXPECT_TRUE(runs.addTasks(run.value(), tasks).ok());
        EXPECT_TRUE(tx.commit().ok());
        return run.value();
    }

    SopTask taskById(qint64 run, qint64 task) {
        const QList<SopTask> tasks = runs.tasksForRun(run).value();
        for (const SopTask& t : tasks) {
            if (t.id == task)
                return t;
        }
        ADD_FAILURE() << "no task " << task;
        return {};
    }

    test::TempWorkspace ws;
    SopTemplateStore templates{ws.db()};
    SopRunStore runs{ws.db()};
    qint64 group = 0;
};

} // namespace

TEST_F(SopStoreTest, CreateAndGetKeepTemplateAndStepOrder) {
    auto id = templates.create(newcomerSop());
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    auto sop = templates.get(id.value());
    ASSERT_TRUE(sop.ok());
    EXPECT_EQ(sop->name, QStringLiteral("新人7天培育"));
    EXPECT_EQ(sop->description, QStringLiteral("新成员入群后七天的关怀节奏"));
    EXPECT_EQ(sop->targetKind, QStringLiteral("member"));
    EXPECT_EQ(sop->anchor, QStringLiteral("join"));
    EXPECT_EQ(sop->stopCondition, QStringLiteral(R"({"bought":true})"));
    EXPECT_EQ(sop->endActions, QStringLiteral(R"([{"add_tag":"已培育"}])"));
    ASSERT_EQ(sop->steps.size(), 3);
    EXPECT_EQ(sop->steps.at(0).title, QStringLiteral("入群欢迎"));
    EXPECT_EQ(sop->steps.at(1).title, QStringLiteral("私聊了解需求"));
    EXPECT_EQ(sop->steps.at(2).title, QStringLiteral("分享用户故事"));
    EXPECT_EQ(sop->steps.at(2).position, 3);
    EXPECT_EQ(sop->steps.at(1).channel, QStringLiteral("private"));
    EXPECT_EQ(sop->steps.at(1).dayOffset, 1);
    EXPECT_EQ(sop->steps.at(1).windowStart, QTime(20, 0));
    EXPECT_EQ(sop->steps.at(1).windowEnd, QTime(21, 30));
    EXPECT_EQ(sop->steps.at(0).script,
              QStringLiteral("{nickname}，欢迎加入{group}！我是{operator}。"));

    auto found = templates.findByName(QStringLiteral("新人7天培育"));
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ(found->value().steps.size(), 3);
    EXPECT_FALSE(templates.findByName(QStringLiteral("nope"))->has_value());
}

TEST_F(SopStoreTest, FixedDateAndWeekdayTimingsRoundTrip) {
    SopTemplate t = newcomerSop();
    t.steps[1].timingKind = QStringLiteral("fixed_date");
    t.steps[1].fixedDate = QDate(2026, 6, 18);
    t.steps[2].timingKind = QStringLiteral("weekday");
    t.steps[2].weekday = 7;
    const qint64 id = templates.create(t).value();
    const SopTemplate stored = templates.get(id).value();
    EXPECT_EQ(stored.steps.at(1).fixedDate, QDate(2026, 6, 18));
    EXPECT_EQ(stored.steps.at(1).weekday, 0);
    EXPECT_EQ(stored.steps.at(2).weekday, 7);
    EXPECT_FALSE(stored.steps.at(2).fixedDate.isValid());
}

TEST_F(SopStoreTest, InvalidTemplatesAndDuplicateNamesStoreNothing) {
    SopTemplate badWeekday = newcomerSop();
    badWeekday.steps[2].timingKind = QStringLiteral("weekday");
    badWeekday.steps[2].weekday = 8;
    auto rejected = templates.create(badWeekday);
    ASSERT_FALSE(rejected.ok());
    EXPECT_TRUE(rejected.error().message.contains(QLatin1Char('3')));
    SopTemplate badWindow = newcomerSop();
    badWindow.steps[0].windowEnd = QTime(8, 0);
    EXPECT_FALSE(templates.create(badWindow).ok());
    SopTemplate badTarget = newcomerSop();
    badTarget.targetKind = QStringLiteral("everyone");
    EXPECT_FALSE(templates.create(badTarget).ok());

    ASSERT_TRUE(templates.create(newcomerSop()).ok());
    EXPECT_FALSE(templates.create(newcomerSop()).ok());
    EXPECT_EQ(rowCount(ws.db(), QStringLiteral("sop_templates")), 1);
    EXPECT_EQ(rowCount(ws.db(), QStringLiteral("sop_steps")), 3);
    EXPECT_FALSE(templates.get(999).ok());
    EXPECT_FALSE(templates.remove(999).ok());
}

TEST_F(SopStoreTest, UpdateReordersKeepsAddsAndDropsSteps) {
    const qint64 id = templates.create(newcomerSop()).value();
    SopTemplate sop = templates.get(id).value();
    const qint64 welcomeId = sop.steps.at(0).id;
    const qint64 storyId = sop.steps.at(2).id;
    SopStep story = sop.steps.at(2);
    story.title = QStringLiteral("分享晒单故事");
    SopStep coupon = step(QStringLiteral("发放复购券"), 7, QStringLiteral("private"));
    sop.name = QStringLiteral("新人7天培育（新版）");
    sop.steps = {story, sop.steps.at(0), coupon}; // the needs step is dropped
    ASSERT_TRUE(templates.update(sop).ok());

    const SopTemplate stored = templates.get(id).value();
    EXPECT_EQ(stored.name, QStringLiteral("新人7天培育（新版）"));
    ASSERT_EQ(stored.steps.size(), 3);
    EXPECT_EQ(stored.steps.at(0).id, storyId);
    EXPECT_EQ(stored.steps.at(0).title, QStringLiteral("分享晒单故事"));
    EXPECT_EQ(stored.steps.at(1).id, welcomeId);
    EXPECT_EQ(stored.steps.at(2).title, QStringLiteral("发放复购券"));
    EXPECT_EQ(stored.steps.at(2).position, 3);
    EXPECT_EQ(rowCount(ws.db(), QStringLiteral("sop_steps")), 3);

    SopTemplate ghost = newcomerSop(QStringLiteral("ghost"));
    ghost.id = id + 100;
    EXPECT_FALSE(templates.update(ghost).ok());
}

TEST_F(SopStoreTest, ListReturnsTemplatesByNameWithTheirSteps) {
    ASSERT_TRUE(templates.create(newcomerSop(QStringLiteral("B 复购唤醒"))).ok());
    SopTemplate empty = newcomerSop(QStringLiteral("A 空模板"));
    empty.steps.clear();
    ASSERT_TRUE(templates.create(empty).ok());
    auto all = templates.list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).name, QStringLiteral("A 空模板"));
    EXPECT_TRUE(all->at(0).steps.isEmpty());
    EXPECT_EQ(all->at(1).steps.size(), 3);
}

TEST_F(SopStoreTest, RunsAreStartedListedAndEnded) {
    const qint64 id = templates.create(newcomerSop()).value();
    const qint64 run = applyToMember(id);
    auto stored = runs.getRun(run);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->targetKind, QStringLiteral("member"));
    EXPECT_EQ(stored->memberId, 1);
    EXPECT_EQ(stored->groupId, group);
    EXPECT_EQ(stored->segmentId, 0);
    EXPECT_EQ(stored->startedOn, QDate(2026, 5, 1));
    EXPECT_EQ(stored->status, QStringLiteral("active"));
    EXPECT_FALSE(stored->simulated);
    EXPECT_FALSE(stored->endedAt.isValid());

    auto onGroup = runs.startRun(id, QStringLiteral("group"), group, QDate(2026, 5, 2), true);
    ASSERT_TRUE(onGroup.ok());
    EXPECT_EQ(runs.getRun(onGroup.value())->groupId, group);
    auto listed = runs.listRuns(id);
    ASSERT_EQ(listed->size(), 2);
    EXPECT_EQ(listed->at(0).id, onGroup.value()); // newest first
    EXPECT_TRUE(listed->at(0).simulated);
    EXPECT_TRUE(runs.listRuns(id + 100)->isEmpty());

    qundesk::time::setFixedNow(at(9, 8));
    ASSERT_TRUE(runs.setRunStatus(run, QStringLiteral("stopped")).ok());
    qundesk::time::setFixedNow({});
    EXPECT_EQ(runs.getRun(run)->status, QStringLiteral("stopped"));
    EXPECT_EQ(runs.getRun(run)->endedAt, at(9, 8));
    EXPECT_FALSE(runs.setRunStatus(run, QStringLiteral("paused")).ok());
    EXPECT_FALSE(runs.setRunStatus(run + 100, QStringLiteral("active")).ok());
    EXPECT_FALSE(runs.startRun(id, QStringLiteral("member"), 0, QDate(2026, 5, 1), false).ok());
}

TEST_F(SopStoreTest, TasksDueListsPendingAndPostponedOfActiveRealRuns) {
    const qint64 id = templates.create(newcomerSop()).value();
    const qint64 run = applyToMember(id);
    applyToMember(id, true); // simulated: hidden unless asked
    auto due = runs.tasksDue(at(2, 12));
    ASSERT_TRUE(due.ok());
    ASSERT_EQ(due->size(), 2);
    EXPECT_EQ(due->at(0).dueAt, at(1, 12));
    EXPECT_EQ(due->at(1).dueAt, at(2, 12));
    EXPECT_EQ(due->at(0).runId, run);
    EXPECT_EQ(runs.tasksDue(at(2, 12), true)->size(), 4);

    const qint64 first = due->at(0).id;
    ASSERT_TRUE(runs.setTaskStatus(first, QStringLiteral("postponed"), QStringLiteral("客户出差"),
                                   {}, at(5, 9))
                    .ok());
    EXPECT_EQ(runs.tasksDue(at(2, 12))->size(), 1);
    EXPECT_EQ(runs.tasksDue(at(5, 9))->size(), 3); // postponed still due, at its new time

    ASSERT_TRUE(runs.setRunStatus(run, QStringLiteral("finished")).ok());
    EXPECT_TRUE(runs.tasksDue(at(9, 0))->isEmpty());
}

TEST_F(SopStoreTest, TaskStatusTransitions) {
    const qint64 id = templates.create(newcomerSop()).value();
    const qint64 run = applyToMember(id);
    const QList<SopTask> tasks = runs.tasksForRun(run).value();
    ASSERT_EQ(tasks.size(), 3);
    const qint64 task = tasks.at(0).id;
    EXPECT_EQ(tasks.at(0).status, QStringLiteral("pending"));

    EXPECT_FALSE(runs.setTaskStatus(task, QStringLiteral("postponed")).ok()); // no new time
    EXPECT_FALSE(runs.setTaskStatus(task, QStringLiteral("skipped")).ok());   // no reason
    EXPECT_FALSE(runs.setTaskStatus(task, QStringLiteral("lost")).ok());
    EXPECT_FALSE(runs.setTaskStatus(task + 100, QStringLiteral("done")).ok());

    ASSERT_TRUE(runs.setTaskStatus(task, QStringLiteral("postponed"), QStringLiteral("周末再聊"),
                                   {}, at(4, 10))
                    .ok());
    SopTask t = taskById(run, task);
    EXPECT_EQ(t.status, QStringLiteral("postponed"));
    EXPECT_EQ(t.dueAt, at(4, 10));
    EXPECT_EQ(t.reason, QStringLiteral("周末再聊"));
    EXPECT_FALSE(t.doneAt.isValid());

    ASSERT_TRUE(runs.setTaskStatus(task, QStringLiteral("done"), {}, at(4, 11)).ok());
    t = taskById(run, task);
    EXPECT_EQ(t.status, QStringLiteral("done"));
    EXPECT_EQ(t.doneAt, at(4, 11));
    EXPECT_TRUE(t.reason.isEmpty());
    EXPECT_EQ(t.dueAt, at(4, 10)); // done keeps the due time

    ASSERT_TRUE(runs.setTaskStatus(tasks.at(1).id, QStringLiteral("skipped"),
                                   QStringLiteral("已私聊过"), at(2, 9))
                    .ok());
    ASSERT_TRUE(runs.setTaskStatus(task, QStringLiteral("pending")).ok()); // undo
    t = taskById(run, task);
    EXPECT_EQ(t.status, QStringLiteral("pending"));
    EXPECT_FALSE(t.doneAt.isValid());
}

TEST_F(SopStoreTest, StepCompletionCountsRealRunsPerStep) {
    const qint64 id = templates.create(newcomerSop()).value();
    const qint64 run1 = applyToMember(id);
    const qint64 run2 = applyToMember(id);
    const qint64 simulated = applyToMember(id, true);
    const auto tasks1 = runs.tasksForRun(run1).value();
    const auto tasks2 = runs.tasksForRun(run2).value();
    ASSERT_TRUE(runs.setTaskStatus(tasks1.at(0).id, QStringLiteral("done")).ok());
    ASSERT_TRUE(runs.setTaskStatus(tasks2.at(0).id, QStringLiteral("done")).ok());
    ASSERT_TRUE(runs.setTaskStatus(tasks1.at(1).id, QStringLiteral("done")).ok());
    ASSERT_TRUE(
        runs.setTaskStatus(tasks2.at(1).id, QStringLiteral("skipped"), QStringLiteral("免打扰"))
            .ok());
    const QList<SopTask> simulatedTasks = runs.tasksForRun(simulated).value();
    for (const SopTask& t : simulatedTasks)
        ASSERT_TRUE(runs.setTaskStatus(t.id, QStringLiteral("done")).ok());

    auto completion = runs.stepCompletion(id);
    ASSERT_TRUE(completion.ok());
    ASSERT_EQ(completion->size(), 3);
    EXPECT_EQ(completion->at(0).title, QStringLiteral("入群欢迎"));
    EXPECT_EQ(completion->at(0).done, 2);
    EXPECT_EQ(completion->at(0).total, 2);
    EXPECT_EQ(completion->at(1).done, 1);
    EXPECT_EQ(completion->at(1).total, 2);
    EXPECT_EQ(completion->at(2).done, 0);
    EXPECT_EQ(completion->at(2).total, 2);
}

TEST_F(SopStoreTest, RemovingATemplateRemovesStepsRunsAndTasks) {
    const qint64 id = templates.create(newcomerSop()).value();
    const qint64 other = templates.create(newcomerSop(QStringLiteral("复购唤醒"))).value();
    applyToMember(id);
    applyToMember(other);
    ASSERT_EQ(rowCount(ws.db(), QStringLiteral("sop_tasks")), 6);
    ASSERT_TRUE(templates.remove(id).ok());
    EXPECT_FALSE(templates.get(id).ok());
    EXPECT_EQ(rowCount(ws.db(), QStringLiteral("sop_steps")), 3);
    EXPECT_EQ(rowCount(ws.db(), QStringLiteral("sop_runs")), 1);
    EXPECT_EQ(rowCount(ws.db(), QStringLiteral("sop_tasks")), 3);
    EXPECT_EQ(runs.listRuns()->size(), 1);
}

TEST_F(SopStoreTest, AFailedApplyLeavesNoRunBehind) {
    const qint64 id = templates.create(newcomerSop()).value();
    {
        Transaction tx(ws.db().connection());
        auto run = runs.startRun(id, QStringLiteral("member"), 1, QDate(2026, 5, 1), false);
        ASSERT_TRUE(run.ok());
        SopTask undated;
        EXPECT_FALSE(runs.addTasks(run.value(), {undated}).ok());
    }
    EXPECT_TRUE(runs.listRuns()->isEmpty());
}
