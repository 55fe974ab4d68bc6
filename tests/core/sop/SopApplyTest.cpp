// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "SopFixture.h"
#include "model/Segment.h"
#include "model/Tag.h"
#include "services/MembershipService.h"
#include "store/SegmentStore.h"
#include "store/TagStore.h"

using namespace qundesk;
using namespace qundesk::test;

namespace {

class SopApply : public SopFixture {};

} // namespace

TEST_F(SopApply, GroupRunPlansEachMembersTimelineFromTheStartOn) {
    const qint64 a = addMember(QStringLiteral("阿花"), day(5, 8));  // two days ago
    const qint64 b = addMember(QStringLiteral("小白"), day(5, 10)); // today
    const qint64 c = addMember(QStringLiteral("老王"), day(4, 1));  // long ago
    const qint64 sop = save(onboarding());
    const auto applied = apply(sop, QStringLiteral("group"), groupId);
    EXPECT_FALSE(applied.reused);
    EXPECT_EQ(applied.count.targetsAdded, 3);
    EXPECT_EQ(applied.count.tasksAdded, 4);
    // 阿花's day 0 and day 1 fell before the start; 老王 has nothing left and leaves quietly.
    const QString A = QString::number(a), B = QString::number(b);
    EXPECT_EQ(describe(applied.runId),
              (QStringList{B + QStringLiteral(":2026-05-10"), A + QStringLiteral(":2026-05-11"),
                           B + QStringLiteral(":2026-05-11"), B + QStringLiteral(":2026-05-13")}));
    const QList<SopTask> list = tasks(applied.runId);
    EXPECT_EQ(list.at(0).dueAt, local(day(5, 10), 20));
    EXPECT_EQ(list.at(1).dueAt, local(day(5, 11), 10));
    EXPECT_EQ(list.at(0).groupId, groupId);
    EXPECT_EQ(count(QStringLiteral("sop_run_targets"),
                    QStringLiteral("member_id = %1 AND status = 'finished'").arg(c)),
              1);
    EXPECT_EQ(count(QStringLiteral("tags")), 0) << "no end action for a member who had no task";
}

TEST_F(SopApply, ApplyingTwiceMakesTheSameTasks) {
    addMember(QStringLiteral("小白"), day(5, 10));
    const qint64 sop = save(onboarding());
    const auto first = apply(sop, QStringLiteral("group"), groupId);
    const QStringList before = describe(first.runId);
    const auto second = apply(sop, QStringLiteral("group"), groupId);
    EXPECT_TRUE(second.reused);
    EXPECT_EQ(second.runId, first.runId);
    EXPECT_EQ(second.count.tasksAdded, 0);
    EXPECT_EQ(describe(first.runId), before);
    EXPECT_EQ(count(QStringLiteral("sop_runs")), 1);
    ASSERT_TRUE(SopService::refresh(ws.db()).ok());
    EXPECT_EQ(count(QStringLiteral("sop_tasks")), 3);
}

TEST_F(SopApply, AMemberJoiningLaterGetsTheOnboardingTasks) {
    const qint64 sop = save(onboarding());
    const auto applied = apply(sop, QStringLiteral("group"), groupId);
    EXPECT_EQ(applied.count.tasksAdded, 0);
    Member m;
    m.displayName = QStringLiteral("新来的");
    const qint64 late = MemberStore(ws.db()).create(m).value();
    ASSERT_TRUE(MembershipService::addToGroup(ws.db(), {late}, groupId).ok());
    const QString L = QString::number(late);
    EXPECT_EQ(describe(applied.runId),
              (QStringList{L + QStringLiteral(":2026-05-10"), L + QStringLiteral(":2026-05-11"),
                           L + QStringLiteral(":2026-05-13")}));
}

TEST_F(SopApply, GroupWideWeekdayStepsFollowTheRollingHorizon) {
    SopTemplate t;
    t.name = QStringLiteral("周五晒单");
    t.targetKind = QStringLiteral("group");
    t.anchor = QStringLiteral("start");
    SopStep friday = step(QStringLiteral("晒单"), 0, QStringLiteral("group"));
    friday.timingKind = QStringLiteral("weekday");
    friday.weekday = 5;
    t.steps = {friday};
    addMember(QStringLiteral("小白"), day(5, 1));
    const auto applied = apply(save(t), QStringLiteral("group"), groupId);
    // Group-wide tasks (member 0), Fridays up to 24 May.
    EXPECT_EQ(describe(applied.runId),
              (QStringList{QStringLiteral("0:2026-05-15"), QStringLiteral("0:2026-05-22")}));
    auto refreshed = SopService::refresh(ws.db(), day(5, 17));
    ASSERT_TRUE(refreshed.ok());
    EXPECT_EQ(refreshed->tasksAdded, 1);
    EXPECT_EQ(describe(applied.runId),
              (QStringList{QStringLiteral("0:2026-05-15"), QStringLiteral("0:2026-05-22"),
                           QStringLiteral("0:2026-05-29")}));
    EXPECT_EQ(count(QStringLiteral("sop_run_targets")), 0);
}

TEST_F(SopApply, FixedDateAndAStartInTheFutureForOneMember) {
    SopTemplate t;
    t.name = QStringLiteral("618预热");
    t.targetKind = QStringLiteral("member");
    t.anchor = QStringLiteral("start");
    SopStep warm = step(QStringLiteral("预热"), 2, QStringLiteral("private"), QTime(10, 0));
    SopStep sale = step(QStringLiteral("开抢"), 0, QStringLiteral("group"));
    sale.timingKind = QStringLiteral("fixed_date");
    sale.fixedDate = day(6, 18);
    t.steps = {warm, sale};
    const qint64 m = addMember(QStringLiteral("小白"), day(4, 1));
    const auto applied = apply(save(t), QStringLiteral("member"), m, day(6, 1));
    const QString M = QString::number(m);
    EXPECT_EQ(describe(applied.runId),
              (QStringList{M + QStringLiteral(":2026-06-03"), M + QStringLiteral(":2026-06-18")}));
    EXPECT_EQ(tasks(applied.runId).at(0).groupId, groupId) << "cared for in their group";
}

TEST_F(SopApply, RefusesAnUnknownTargetAndChangesNothing) {
    const qint64 sop = save(onboarding());
    auto applied = SopService::apply(ws.db(), sop, QStringLiteral("group"), 4242);
    ASSERT_FALSE(applied.ok());
    EXPECT_EQ(count(QStringLiteral("sop_runs")), 0);
    EXPECT_FALSE(SopService::apply(ws.db(), sop, QStringLiteral("planet"), groupId).ok());
}

TEST_F(SopApply, ASegmentRunTakesItsMembersWhenAppliedAndLetsGoOfThoseWhoLeaveIt) {
    const qint64 a = addMember(QStringLiteral("甲"), day(4, 1));
    const qint64 b = addMember(QStringLiteral("乙"), day(4, 1));
    TagStore tags(ws.db());
    Tag vip;
    vip.name = QStringLiteral("VIP");
    const qint64 tag = tags.create(vip).value();
    ASSERT_TRUE(tags.assign({a}, tag).ok());
    Segment segment;
    segment.name = QStringLiteral("VIP成员");
    segment.definition =
        QStringLiteral(R"({"match":"all","conditions":[{"field":"has_tag","op":"=","value":%1}]})")
            .arg(tag);
    const qint64 segmentId = SegmentStore(ws.db()).create(segment).value();
    SopTemplate t;
    t.name = QStringLiteral("VIP关怀");
    t.targetKind = QStringLiteral("segment");
    t.anchor = QStringLiteral("start");
    t.steps = {step(QStringLiteral("问候"), 0, QStringLiteral("group")),
               step(QStringLiteral("回访"), 1, QStringLiteral("group"))};
    const qint64 sop = save(t);
    const auto applied = apply(sop, QStringLiteral("segment"), segmentId);
    const QString A = QString::number(a), B = QString::number(b);
    EXPECT_EQ(describe(applied.runId),
              (QStringList{A + QStringLiteral(":2026-05-10"), A + QStringLiteral(":2026-05-11")}));
    // 乙 joins the segment: not taken by a refresh, taken when the SOP is applied again.
    ASSERT_TRUE(tags.assign({b}, tag).ok());
    ASSERT_TRUE(SopService::refresh(ws.db()).ok());
    EXPECT_EQ(tasks(applied.runId).size(), 2);
    const auto again = apply(sop, QStringLiteral("segment"), segmentId);
    EXPECT_TRUE(again.reused);
    EXPECT_EQ(again.count.targetsAdded, 1);
    EXPECT_EQ(tasks(applied.runId).size(), 4);
    // 甲 leaves the segment: the open tasks go.
    ASSERT_TRUE(tags.unassign({a}, tag).ok());
    auto refreshed = SopService::refresh(ws.db());
    ASSERT_TRUE(refreshed.ok());
    EXPECT_EQ(refreshed->exited, 1);
    EXPECT_EQ(describe(applied.runId),
              (QStringList{B + QStringLiteral(":2026-05-10"), B + QStringLiteral(":2026-05-11")}));
}
