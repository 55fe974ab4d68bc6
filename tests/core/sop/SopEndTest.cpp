// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "SopFixture.h"
#include "services/SopTaskService.h"
#include "sop/SopEndRules.h"

using namespace qundesk;
using namespace qundesk::test;

namespace {

class SopEnd : public SopFixture {
protected:
    int tagged(qint64 member, const QString& tag) {
        return count(QStringLiteral("member_tags mt JOIN tags t ON t.id = mt.tag_id"),
                     QStringLiteral("mt.member_id = %1 AND t.name = '%2'").arg(member).arg(tag));
    }
};

} // namespace

TEST_F(SopEnd, AMemberWhoBuysLeavesEarlyWithTheEndActions) {
    SopTemplate t = onboarding();
    t.stopCondition = sop::SopEndRules::boughtCondition();
    t.endActions =
        sop::SopEndRules::endActionsJson({{QStringLiteral("add_tag"), QStringLiteral("已转化")}});
    const qint64 buyer = addMember(QStringLiteral("买家"), day(5, 10));
    const qint64 other = addMember(QStringLiteral("路人"), day(5, 10));
    const auto applied = apply(save(t), QStringLiteral("group"), groupId);
    EXPECT_EQ(applied.count.tasksAdded, 6);
    addOrder(buyer, local(day(5, 10), 9));
    auto refreshed = SopService::refresh(ws.db());
    ASSERT_TRUE(refreshed.ok());
    EXPECT_EQ(refreshed->exited, 1);
    EXPECT_EQ(count(QStringLiteral("sop_tasks"), QStringLiteral("member_id = %1").arg(buyer)), 0);
    EXPECT_EQ(count(QStringLiteral("sop_tasks"), QStringLiteral("member_id = %1").arg(other)), 3);
    EXPECT_EQ(tagged(buyer, QStringLiteral("已转化")), 1);
    EXPECT_EQ(tagged(other, QStringLiteral("已转化")), 0);
    EXPECT_EQ(count(QStringLiteral("sop_run_targets"),
                    QStringLiteral("member_id = %1 AND status = 'exited'").arg(buyer)),
              1);
}

TEST_F(SopEnd, AMemberWhoLeavesTheGroupLeavesTheRun) {
    const qint64 m = addMember(QStringLiteral("要走的"), day(5, 10));
    const auto applied = apply(save(onboarding()), QStringLiteral("group"), groupId);
    run(QStringLiteral("UPDATE memberships SET left_at = '2026-05-10T05:00:00Z', leave_kind = "
                       "'left' WHERE member_id = %1")
            .arg(m));
    ASSERT_TRUE(SopService::refresh(ws.db()).ok());
    EXPECT_TRUE(tasks(applied.runId).isEmpty());
}

TEST_F(SopEnd, FinishingEveryStepRunsTheEndActionsAndStartsTheNextSop) {
    SopTemplate next;
    next.name = QStringLiteral("月度关怀");
    next.anchor = QStringLiteral("start");
    next.steps = {step(QStringLiteral("问候"), 7, QStringLiteral("private"), QTime(10, 0))};
    save(next);
    SopTemplate first;
    first.name = QStringLiteral("单步");
    first.anchor = QStringLiteral("start");
    first.steps = {step(QStringLiteral("欢迎"), 0, QStringLiteral("private"), QTime(10, 0)),
                   step(QStringLiteral("回访"), 1, QStringLiteral("private"), QTime(10, 0))};
    first.endActions = sop::SopEndRules::endActionsJson(
        {{QStringLiteral("add_tag"), QStringLiteral("已培育")},
         {QStringLiteral("start_sop"), QStringLiteral("月度关怀")}});
    const qint64 m = addMember(QStringLiteral("小白"), day(5, 1));
    const auto applied = apply(save(first), QStringLiteral("member"), m);
    const QList<SopTask> list = tasks(applied.runId);
    ASSERT_EQ(list.size(), 2);

    ASSERT_TRUE(SopTaskService::done(ws.db(), list.at(0).id).ok());
    EXPECT_EQ(tagged(m, QStringLiteral("已培育")), 0) << "one step is still open";
    ASSERT_TRUE(SopTaskService::skip(ws.db(), list.at(1).id, QStringLiteral("已私聊过")).ok());
    EXPECT_EQ(tagged(m, QStringLiteral("已培育")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM sop_runs WHERE id = %1").arg(applied.runId))
                  .toString(),
              QStringLiteral("finished"));
    // 月度关怀 now runs for the member from today: its day 7 is 17 May.
    EXPECT_EQ(count(QStringLiteral("sop_runs r JOIN sop_templates t ON t.id = r.template_id"),
                    QStringLiteral("t.name = '月度关怀' AND r.member_id = %1 AND r.group_id = %2")
                        .arg(m)
                        .arg(groupId)),
              1);
    EXPECT_EQ(count(QStringLiteral("sop_tasks"), QStringLiteral("occurrence = '2026-05-17'")), 1);
}

TEST_F(SopEnd, DoneRecordsOneTouchAndCopyBeforeDoneDoesNotDoubleIt) {
    SopTemplate t = onboarding();
    const qint64 a = addMember(QStringLiteral("甲"), day(5, 10));
    const auto applied = apply(save(t), QStringLiteral("group"), groupId);
    const QList<SopTask> list = tasks(applied.runId);
    ASSERT_EQ(list.size(), 3);
    auto copied = SopTaskService::recordCopy(ws.db(), list.at(0).id);
    ASSERT_TRUE(copied.ok());
    ASSERT_TRUE(SopTaskService::recordCopy(ws.db(), list.at(0).id).ok());
    ASSERT_TRUE(SopTaskService::done(ws.db(), list.at(0).id).ok());
    EXPECT_EQ(
        count(QStringLiteral("touches"), QStringLiteral("sop_task_id = %1").arg(list.at(0).id)), 1);
    ASSERT_TRUE(SopTaskService::done(ws.db(), list.at(1).id).ok());
    EXPECT_EQ(
        scalar(QStringLiteral("SELECT channel || '/' || note || '/' || member_id FROM touches "
                              "WHERE sop_task_id = %1")
                   .arg(list.at(1).id))
            .toString(),
        QStringLiteral("private/私聊/%1").arg(a));
    EXPECT_FALSE(SopTaskService::done(ws.db(), list.at(1).id).ok()) << "already done";
    EXPECT_FALSE(SopTaskService::skip(ws.db(), list.at(2).id, QStringLiteral("  ")).ok());
    const QDateTime later = local(day(5, 14), 15);
    ASSERT_TRUE(
        SopTaskService::postpone(ws.db(), list.at(2).id, later, QStringLiteral("出差")).ok());
    auto moved = SopRunStore(ws.db()).getTask(list.at(2).id);
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(moved->status, QStringLiteral("postponed"));
    EXPECT_EQ(moved->dueAt, later);
}

TEST_F(SopEnd, UnreadableEndRulesAreRefusedNamingTheSop) {
    SopTemplate t = onboarding();
    t.endActions = QStringLiteral(R"([{"action":"fly"}])");
    addMember(QStringLiteral("甲"), day(5, 10));
    const qint64 id = save(t);
    auto applied = SopService::apply(ws.db(), id, QStringLiteral("group"), groupId);
    ASSERT_TRUE(applied.ok()) << "actions are read when a timeline ends";
    t.id = id;
    t.stopCondition = QStringLiteral("{not json");
    ASSERT_TRUE(SopService::saveTemplate(ws.db(), t).ok());
    auto refreshed = SopService::refresh(ws.db());
    ASSERT_FALSE(refreshed.ok());
    EXPECT_TRUE(refreshed.error().message.contains(QStringLiteral("新人破冰")));
}
