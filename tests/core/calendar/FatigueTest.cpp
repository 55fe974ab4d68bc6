// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/Fatigue.h"

#include "TempWorkspace.h"
#include "calendar/ContentMix.h"
#include "store/SettingsStore.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace qundesk;
using namespace qundesk::calendar;

namespace {

// Monday 4 May 2026 … Sunday 10 May.
const QDate kMonday(2026, 5, 4);

Occurrence post(qint64 group, int dayOffset, int hour, const char* channel = "group",
                const char* line = "daily", int minute = 0) {
    static qint64 nextId = 1;
    Occurrence o;
    o.itemId = nextId++;
    o.groupId = group;
    o.start = QDateTime(kMonday.addDays(dayOffset), QTime(hour, minute), QTimeZone::utc());
    o.originalStart = o.start;
    o.durationMin = 30;
    o.title = QStringLiteral("post %1").arg(o.itemId);
    o.channel = QString::fromLatin1(channel);
    o.contentLine = QString::fromLatin1(line);
    o.status = QStringLiteral("scheduled");
    return o;
}

FatiguePlan planOf(const QList<Occurrence>& occurrences, QList<qint64> groups = {1, 2}) {
    FatiguePlan plan;
    plan.from = kMonday;
    plan.to = kMonday.addDays(7);
    plan.occurrences = occurrences;
    plan.groupIds = groups;
    return plan;
}

QList<FatigueWarning> only(const QList<FatigueWarning>& all, FatigueRule rule) {
    QList<FatigueWarning> out;
    for (const FatigueWarning& w : all)
        if (w.rule == rule)
            out << w;
    return out;
}

QList<FatigueWarning> check(const FatiguePlan& plan, FatigueRule rule) {
    return only(Fatigue::check(plan, FatigueLimits{}), rule);
}

QList<Occurrence> posts(qint64 group, int n, const char* channel = "group") {
    QList<Occurrence> out;
    for (int i = 0; i < n; ++i)
        out << post(group, 1, 9 + i, channel);
    return out;
}

} // namespace

TEST(Fatigue, LimitsComeFromTheWorkspaceThresholdsWithDesignDefaults) {
    const FatigueLimits d = FatigueLimits::from(Thresholds{});
    EXPECT_EQ(d.maxPostsPerGroupDay, 4);
    EXPECT_EQ(d.maxPrivateTouchesPerWeek, 3);
    EXPECT_EQ(d.maxMarketingPercent, 40);
    EXPECT_EQ(d.quietStart, QTime(22, 0));
    EXPECT_EQ(d.quietEnd, QTime(8, 0));
    Thresholds t;
    t.maxPostsPerGroupDay = 6;
    t.quietStart = QStringLiteral("23:30");
    t.quietEnd = QStringLiteral("07:00");
    const FatigueLimits custom = FatigueLimits::from(t);
    EXPECT_EQ(custom.maxPostsPerGroupDay, 6);
    EXPECT_TRUE(custom.isQuiet(QTime(23, 30)));
    EXPECT_FALSE(custom.isQuiet(QTime(23, 29)));
    EXPECT_FALSE(custom.isQuiet(QTime(7, 0)));
}

TEST(Fatigue, PostsPerGroupDayBelowAtAndAboveTheLimit) {
    EXPECT_TRUE(check(planOf(posts(1, 3)), FatigueRule::PostsPerDay).isEmpty());
    EXPECT_TRUE(check(planOf(posts(1, 4)), FatigueRule::PostsPerDay).isEmpty());
    const auto above = check(planOf(posts(1, 5)), FatigueRule::PostsPerDay);
    ASSERT_EQ(above.size(), 1);
    EXPECT_EQ(above[0].groupId, 1);
    EXPECT_EQ(above[0].day, kMonday.addDays(1));
    EXPECT_EQ(above[0].count, 5);
    EXPECT_EQ(above[0].limit, 4);
    EXPECT_EQ(above[0].items.size(), 5);
    EXPECT_EQ(Fatigue::describe(above[0], {{1, QStringLiteral("宝妈群")}}),
              QStringLiteral("宝妈群: 5 posts planned on %1 (at most 4 a day).")
                  .arg(QLocale().toString(kMonday.addDays(1), QLocale::ShortFormat)));
}

TEST(Fatigue, AllGroupItemsCountInEveryGroupAndPrivateChatsAreNotPosts) {
    QList<Occurrence> plan = posts(1, 4);
    plan << posts(1, 3, "private");
    EXPECT_TRUE(check(planOf(plan), FatigueRule::PostsPerDay).isEmpty());
    plan << post(0, 1, 21, "moments"); // all groups: the fifth post of group 1 that day
    const auto w = check(planOf(plan), FatigueRule::PostsPerDay);
    ASSERT_EQ(w.size(), 1);
    EXPECT_EQ(w[0].groupId, 1);
    Occurrence skipped = post(1, 1, 22);
    skipped.status = QStringLiteral("skipped");
    EXPECT_EQ(check(planOf(posts(1, 4) << skipped), FatigueRule::PostsPerDay).size(), 0);
}

TEST(Fatigue, QuietHoursAtTheirEdgesAndNotForMomentsOrLive) {
    const QList<Occurrence> plan = {
        post(1, 0, 21, "group", "daily", 59),  // 21:59: before
        post(1, 0, 22, "group"),               // 22:00: at the start
        post(1, 1, 7, "private", "daily", 59), // 07:59: inside
        post(1, 1, 8, "group"),                // 08:00: after
        post(1, 2, 23, "moments"),             // Moments are looked at, not pushed
        post(1, 2, 23, "live"),
    };
    const auto w = check(planOf(plan), FatigueRule::QuietHours);
    ASSERT_EQ(w.size(), 2);
    EXPECT_EQ(w[0].items.first().start.time(), QTime(22, 0));
    EXPECT_EQ(w[1].items.first().start.time(), QTime(7, 59));
    EXPECT_TRUE(Fatigue::describe(w[0], {}).contains(QStringLiteral("quiet hours")));
}

TEST(Fatigue, MarketingShareOfAGroupsWeekBelowAtAndAbove) {
    const auto week = [](int marketing, int others) {
        QList<Occurrence> out;
        for (int i = 0; i < marketing; ++i)
            out << post(2, i, 12, "group", "marketing");
        for (int i = 0; i < others; ++i)
            out << post(2, i, 18, "moments", "persona");
        return out;
    };
    EXPECT_TRUE(check(planOf(week(1, 4)), FatigueRule::MarketingShare).isEmpty()); // 20%
    EXPECT_TRUE(check(planOf(week(2, 3)), FatigueRule::MarketingShare).isEmpty()); // 40%
    const auto w = check(planOf(week(3, 4)), FatigueRule::MarketingShare);         // 43%
    ASSERT_EQ(w.size(), 1);
    EXPECT_EQ(w[0].groupId, 2);
    EXPECT_EQ(w[0].day, kMonday);
    EXPECT_EQ(w[0].count, 3);
    EXPECT_EQ(w[0].total, 7);
    EXPECT_EQ(w[0].limit, 40);
    EXPECT_TRUE(w[0].covers(kMonday.addDays(6)));
    EXPECT_FALSE(w[0].covers(kMonday.addDays(7)));
    EXPECT_TRUE(Fatigue::describe(w[0], {}).contains(QStringLiteral("43%")));
}

TEST(Fatigue, PrivateTouchesInAnySevenDaysAgainstDoNotDisturbAndTheLog) {
    FatiguePlan plan =
        planOf({post(1, 0, 10, "private"), post(1, 2, 10, "private"), post(1, 5, 10, "private")});
    MemberReach quiet{11, true, {}};
    MemberReach open{12, false, {}};
    MemberReach quietUntilMonday{13, true, kMonday};
    plan.members[1] = {quiet, open, quietUntilMonday};
    // Three planned touches: at the limit for member 12, below it for 13 (on DND on Monday).
    EXPECT_TRUE(check(plan, FatigueRule::PrivateTouches).isEmpty());
    // One touch logged on the Sunday before brings member 12 above it (4 in 3–9 May), member 13
    // to the limit.
    plan.loggedTouches[12] = {kMonday.addDays(-1)};
    plan.loggedTouches[13] = {kMonday.addDays(-1)};
    auto w = check(plan, FatigueRule::PrivateTouches);
    ASSERT_EQ(w.size(), 1);
    EXPECT_EQ(w[0].memberIds, QList<qint64>{12});
    EXPECT_EQ(w[0].count, 4);
    EXPECT_EQ(w[0].limit, 3);
    EXPECT_EQ(w[0].day, kMonday.addDays(-1)); // the 7 days from Sunday 3 May
    EXPECT_EQ(w[0].items.size(), 3);
    // A touch logged eight days before is outside every window with all three.
    plan.loggedTouches[12] = {kMonday.addDays(-8)};
    EXPECT_TRUE(check(plan, FatigueRule::PrivateTouches).isEmpty());
}

TEST(Fatigue, AnAllGroupsPrivateItemTouchesAMemberOfTwoGroupsOnce) {
    QList<Occurrence> items;
    for (int d = 0; d < 4; ++d)
        items << post(0, d, 10, "private");
    FatiguePlan plan = planOf(items.mid(0, 3));
    plan.members[1] = {{21, false, {}}, {22, false, {}}};
    plan.members[2] = {{21, false, {}}, {23, false, {}}};
    EXPECT_TRUE(check(plan, FatigueRule::PrivateTouches).isEmpty());
    plan.occurrences = items; // four in four days
    const auto w = check(plan, FatigueRule::PrivateTouches);
    ASSERT_EQ(w.size(), 1); // merged: the same days and items for all three
    EXPECT_EQ(w[0].memberIds, (QList<qint64>{21, 22, 23}));
    EXPECT_EQ(w[0].count, 4);
    EXPECT_TRUE(Fatigue::describe(w[0], {}).startsWith(QStringLiteral("3 member(s) would get 4")));
}

TEST(ContentMix, SharesPerGroupAndWeekWithAllGroupItems) {
    const QList<Occurrence> plan = {
        post(1, 0, 9, "group", "marketing"), post(1, 1, 9, "group", "marketing"),
        post(1, 2, 9, "group", "topic"),     post(0, 3, 9, "moments", "persona"),
        post(2, 8, 9, "group", "marketing"), // the next week
    };
    const auto mix = contentMix(plan, {1, 2}, kMonday.addDays(3), 2);
    ASSERT_EQ(mix.size(), 4);
    EXPECT_EQ(mix[0].groupId, 1);
    EXPECT_EQ(mix[0].monday, kMonday);
    EXPECT_EQ(mix[0].total, 4);
    EXPECT_EQ(mix[0].count(QStringLiteral("marketing")), 2);
    EXPECT_EQ(mix[0].percent(QStringLiteral("marketing")), 50);
    EXPECT_EQ(mix[0].percent(QStringLiteral("persona")), 25);
    EXPECT_TRUE(mix[0].marketingDominates(40));
    EXPECT_FALSE(mix[0].marketingDominates(50));
    EXPECT_EQ(mix[1].total, 0);
    EXPECT_FALSE(mix[1].marketingDominates(40));
    EXPECT_EQ(mix[2].groupId, 2);
    EXPECT_EQ(mix[2].total, 1); // the all-groups item
    EXPECT_EQ(mix[3].count(QStringLiteral("marketing")), 1);
    EXPECT_TRUE(mix[3].marketingDominates(40));
}
