// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "SopFixture.h"
#include "sop/FatigueGuard.h"
#include "store/TouchStore.h"

using namespace qundesk;
using namespace qundesk::test;

namespace {

class SopFatigue : public SopFixture {
protected:
    void setDnd(qint64 member, const QDateTime& until) {
        run(QStringLiteral("UPDATE members SET dnd = 1, dnd_until = :until WHERE id = :id"),
            {{QStringLiteral(":until"), until.isValid() ? QVariant(time::toStorage(until))
                                                        : QVariant(QMetaType::fromType<QString>())},
             {QStringLiteral(":id"), member}});
    }
    void touch(qint64 member, const QDateTime& at, const QString& channelKey) {
        Touch t;
        t.memberId = member;
        t.channel = channelKey;
        t.touchedAt = at;
        ASSERT_TRUE(TouchStore(ws.db()).add(t).ok());
    }
};

} // namespace

TEST_F(SopFatigue, DoNotDisturbHoldsEveryTaskOfTheMember) {
    const qint64 m = addMember(QStringLiteral("别打扰"), day(5, 10));
    setDnd(m, {});
    const auto applied = apply(save(onboarding()), QStringLiteral("group"), groupId);
    const QString M = QString::number(m);
    EXPECT_EQ(describe(applied.runId), (QStringList{M + QStringLiteral(":2026-05-10:dnd"),
                                                    M + QStringLiteral(":2026-05-11:dnd"),
                                                    M + QStringLiteral(":2026-05-13:dnd")}));
    EXPECT_EQ(sop::FatigueGuard::describe(QStringLiteral("dnd")), QStringLiteral("Do not disturb"));
}

TEST_F(SopFatigue, DoNotDisturbUntilADayHoldsOnlyTheTasksBeforeIt) {
    const qint64 m = addMember(QStringLiteral("出差中"), day(5, 10));
    setDnd(m, local(day(5, 12), 9));
    const auto applied = apply(save(onboarding()), QStringLiteral("group"), groupId);
    const QString M = QString::number(m);
    EXPECT_EQ(describe(applied.runId),
              (QStringList{M + QStringLiteral(":2026-05-10:dnd_until:2026-05-12"),
                           M + QStringLiteral(":2026-05-11:dnd_until:2026-05-12"),
                           M + QStringLiteral(":2026-05-13")}));
}

TEST_F(SopFatigue, TheWeeklyCapHoldsPrivateTasksButNeverGroupOnes) {
    const qint64 m = addMember(QStringLiteral("常联系"), day(5, 10));
    // Three private touches, 4–6 May at noon; a group touch that does not count.
    touch(m, local(day(5, 4), 12), QStringLiteral("private"));
    touch(m, local(day(5, 5), 12), QStringLiteral("private"));
    touch(m, local(day(5, 6), 12), QStringLiteral("private"));
    touch(m, local(day(5, 9), 12), QStringLiteral("group"));
    const auto applied = apply(save(onboarding()), QStringLiteral("group"), groupId);
    const QString M = QString::number(m);
    // 11 May 10:00: the week back to 4 May 10:00 holds three private touches -> held.
    // 13 May 10:00: only the one of 6 May is in its week -> goes ahead.
    EXPECT_EQ(describe(applied.runId), (QStringList{M + QStringLiteral(":2026-05-10"),
                                                    M + QStringLiteral(":2026-05-11:cap:3"),
                                                    M + QStringLiteral(":2026-05-13")}));
    EXPECT_TRUE(sop::FatigueGuard::describe(QStringLiteral("cap:3")).contains(QLatin1Char('3')));
}

TEST_F(SopFatigue, PlannedPrivateTasksCountAgainstTheCap) {
    SettingsStore settings(ws.db());
    Thresholds limits = settings.thresholds();
    limits.maxPrivateTouchesPerWeek = 1;
    ASSERT_TRUE(settings.setThresholds(limits).ok());
    const qint64 m = addMember(QStringLiteral("新人"), day(5, 10));
    const auto applied = apply(save(onboarding()), QStringLiteral("group"), groupId);
    const QString M = QString::number(m);
    // Day 1's private task takes the week's one private touch; day 3's is held.
    EXPECT_EQ(describe(applied.runId),
              (QStringList{M + QStringLiteral(":2026-05-10"), M + QStringLiteral(":2026-05-11"),
                           M + QStringLiteral(":2026-05-13:cap:1")}));
}

TEST_F(SopFatigue, AWindowInQuietHoursMovesToTheirEnd) {
    SopTemplate t = onboarding();
    t.steps = {step(QStringLiteral("早安"), 1, QStringLiteral("group"), QTime(7, 0)),
               step(QStringLiteral("夜聊"), 2, QStringLiteral("group"), QTime(23, 0))};
    t.steps[1].windowEnd = QTime(23, 30);
    addMember(QStringLiteral("小白"), day(5, 10));
    const auto applied = apply(save(t), QStringLiteral("group"), groupId);
    const QList<SopTask> list = tasks(applied.runId);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).dueAt, local(day(5, 11), 8));
    EXPECT_EQ(list.at(1).dueAt, local(day(5, 13), 8));
    EXPECT_EQ(list.at(1).occurrence, day(5, 12)) << "the task keeps the day it was planned for";
}

TEST_F(SopFatigue, HoldsFollowDoNotDisturbWhenItChanges) {
    const qint64 m = addMember(QStringLiteral("会变的"), day(5, 10));
    setDnd(m, {});
    const auto applied = apply(save(onboarding()), QStringLiteral("group"), groupId);
    const QString M = QString::number(m);
    EXPECT_EQ(tasks(applied.runId).at(2).holdReason, QStringLiteral("dnd"));
    // Lifted: the tasks still ahead are free again.
    run(QStringLiteral("UPDATE members SET dnd = 0 WHERE id = %1").arg(m));
    ASSERT_TRUE(SopService::refresh(ws.db()).ok());
    EXPECT_EQ(describe(applied.runId),
              (QStringList{M + QStringLiteral(":2026-05-10"), M + QStringLiteral(":2026-05-11"),
                           M + QStringLiteral(":2026-05-13")}));
    // Turned on again until 12 May: the tasks before then are held once more.
    setDnd(m, local(day(5, 12), 9));
    ASSERT_TRUE(SopService::refresh(ws.db()).ok());
    EXPECT_EQ(describe(applied.runId),
              (QStringList{M + QStringLiteral(":2026-05-10:dnd_until:2026-05-12"),
                           M + QStringLiteral(":2026-05-11:dnd_until:2026-05-12"),
                           M + QStringLiteral(":2026-05-13")}));
}
