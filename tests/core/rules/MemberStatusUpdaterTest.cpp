// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "RulesFixture.h"
#include "util/Time.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {
const QDate kToday = test::kRulesToday;
using MemberStatusTest = test::RulesFixture;
} // namespace

TEST_F(MemberStatusTest, ClassifiesEveryMemberFromStoredFacts) {
    member(1, QStringLiteral("2026-06-10T02:00:00Z"));    // joined 8 days ago
    member(2, QStringLiteral("2026-01-05T02:00:00Z"));    // silent since January
    member(3, QStringLiteral("2026-03-01T02:00:00Z"));    // buyer, active
    member(4, QStringLiteral("2026-03-01T02:00:00Z"), 3); // referred by 3
    active(3, kToday.addDays(-2), 5);
    active(3, kToday.addDays(-40), 2);
    active(4, kToday.addDays(-1));
    order(3, QStringLiteral("2026-06-01T04:00:00Z"), 19900);
    auto n = recompute();
    ASSERT_TRUE(n.ok()) << n.error().message.toStdString();
    EXPECT_EQ(n.value(), 4);
    EXPECT_EQ(status(1, "stage").toString(), QStringLiteral("new"));
    EXPECT_EQ(status(2, "stage").toString(), QStringLiteral("declining"));
    EXPECT_EQ(status(2, "silent_since_day").toString(), time::dayToStorage(kToday.addDays(-164)))
        << "164 days silent";
    EXPECT_EQ(status(3, "stage").toString(), QStringLiteral("extending"))
        << "one order + a referral";
    EXPECT_EQ(status(3, "messages").toInt(), 7);
    EXPECT_EQ(status(3, "active_days_30").toInt(), 1);
    EXPECT_EQ(status(3, "revenue_cents").toInt(), 19900);
    EXPECT_EQ(status(3, "referrals").toInt(), 1);
    EXPECT_EQ(status(4, "stage").toString(), QStringLiteral("growing"));
    EXPECT_EQ(status(4, "fan_level").toString(), QStringLiteral("participant"));
    EXPECT_TRUE(status(1, "last_message_day").isNull());
}

TEST_F(MemberStatusTest, JoinDayIsTakenInWorkspaceZone) {
    // 17:30 UTC on 3 June is 01:30 on 4 June in Shanghai: 13 days before 17 June (New), where
    // the UTC day would make it 14 (Growing).
    member(1, QStringLiteral("2026-06-03T17:30:00Z"));
    ASSERT_TRUE(recompute(QDate(2026, 6, 17)).ok());
    EXPECT_EQ(status(1, "first_joined_day").toString(), QStringLiteral("2026-06-04"));
    EXPECT_EQ(status(1, "stage").toString(), QStringLiteral("new"));
}

TEST_F(MemberStatusTest, FanLevelKeepsHysteresisAcrossRuns) {
    member(1, QStringLiteral("2026-01-05T02:00:00Z"));
    for (int d = 0; d < 12; ++d)
        active(1, kToday.addDays(-d));
    ASSERT_TRUE(recompute().ok());
    EXPECT_EQ(status(1, "fan_level").toString(), QStringLiteral("advocate"));
    // Twelve active days up to today earn Advocate through day +18 (the 12th most recent,
    // day -11, plus 29); the level then holds for the 30-day grace period.
    const QString through = time::dayToStorage(kToday.addDays(18));
    EXPECT_EQ(status(1, "fan_level_earned_on").toString(), through);
    ASSERT_TRUE(recompute(kToday.addDays(20)).ok());
    EXPECT_EQ(status(1, "fan_level").toString(), QStringLiteral("advocate"));
    EXPECT_EQ(status(1, "fan_level_earned_on").toString(), through);
    ASSERT_TRUE(recompute(kToday.addDays(47)).ok());
    EXPECT_EQ(status(1, "fan_level").toString(), QStringLiteral("advocate"));
    ASSERT_TRUE(recompute(kToday.addDays(48)).ok());
    EXPECT_EQ(status(1, "fan_level").toString(), QStringLiteral("participant"));
}

TEST_F(MemberStatusTest, ANewDayRewritesOnlyMembersWhoseStatusMoved) {
    // 1 busy every day for 40 days; 2 posted once long ago; 3 never posted.
    member(1, QStringLiteral("2026-01-05T02:00:00Z"));
    member(2, QStringLiteral("2026-01-05T02:00:00Z"));
    member(3, QStringLiteral("2026-01-05T02:00:00Z"));
    for (int d = 0; d < 40; ++d)
        active(1, kToday.addDays(-d));
    active(2, QDate(2026, 2, 1));
    ASSERT_TRUE(recompute().ok());
    run(QStringLiteral("UPDATE member_status SET computed_on = '2000-01-01'"));
    auto next = recompute(kToday.addDays(1));
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next.value(), 1) << "only member 1's 30-day count moved";
    EXPECT_EQ(status(2, "computed_on").toString(), QStringLiteral("2000-01-01"));
    EXPECT_EQ(status(3, "computed_on").toString(), QStringLiteral("2000-01-01"));
}

TEST_F(MemberStatusTest, MissingSearchTextIsBuiltEvenWhenKeepingTheStoredOne) {
    member(1, QStringLiteral("2026-06-10T02:00:00Z"));
    ASSERT_TRUE(recompute().ok());
    run(QStringLiteral("UPDATE member_status SET search_text = NULL")); // as after schema 3
    MemberStatusUpdater::Options o;
    o.today = kToday;
    o.refreshSearchText = false;
    ASSERT_TRUE(MemberStatusUpdater::recompute(ws.db(), o).ok());
    EXPECT_EQ(status(1, "search_text").toString(), QStringLiteral("成员1  "));
}

TEST_F(MemberStatusTest, OneMemberRecomputeTouchesOnlyThatMember) {
    member(1, QStringLiteral("2026-06-10T02:00:00Z"));
    member(2, QStringLiteral("2026-06-10T02:00:00Z"));
    MemberStatusUpdater::Options o;
    o.today = kToday;
    o.onlyMembers = {2};
    auto n = MemberStatusUpdater::recompute(ws.db(), o);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n.value(), 1);
    EXPECT_FALSE(status(1, "stage").isValid());
    EXPECT_EQ(status(2, "stage").toString(), QStringLiteral("new"));
}

TEST_F(MemberStatusTest, CancelLeavesStatusUnchanged) {
    for (int i = 1; i <= 4500; ++i)
        member(i, QStringLiteral("2026-06-10T02:00:00Z"));
    MemberStatusUpdater::Options o;
    o.today = kToday;
    o.progress = [](int) {
        return false;
    };
    EXPECT_FALSE(MemberStatusUpdater::recompute(ws.db(), o).ok());
    EXPECT_EQ(
        sql::scalar(ws.db().connection(), QStringLiteral("SELECT COUNT(*) FROM member_status"))
            ->toInt(),
        0);
}

TEST_F(MemberStatusTest, UnchangedMembersAreNotRewritten) {
    member(1, QStringLiteral("2026-03-01T02:00:00Z"));
    member(2, QStringLiteral("2026-03-01T02:00:00Z"));
    ASSERT_TRUE(recompute().ok());
    run(QStringLiteral("UPDATE member_status SET computed_on = '2000-01-01'"));
    active(2, kToday.addDays(-1), 3);
    ASSERT_TRUE(recompute().ok());
    EXPECT_EQ(status(1, "computed_on").toString(), QStringLiteral("2000-01-01"))
        << "nothing changed";
    EXPECT_EQ(status(2, "computed_on").toString(), QStringLiteral("2026-06-18"));
    EXPECT_EQ(status(2, "messages").toInt(), 3);
    EXPECT_EQ(status(1, "search_text").toString(), QStringLiteral("成员1  "));
}
