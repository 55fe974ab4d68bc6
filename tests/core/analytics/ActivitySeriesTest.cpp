// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/ActivitySeries.h"

#include "AnalyticsFixture.h"
#include "analytics/HourHeatMap.h"

#include <QJsonArray>

using namespace qundesk;
using namespace qundesk::test;

namespace {

class ActivitySeriesTest : public AnalyticsFixture {
protected:
    ActivitySeries series(qint64 group, const char* from, const char* to) {
        auto s = ActivitySeriesReport::compute(db(), {group, day(from), day(to)});
        EXPECT_TRUE(s.ok()) << s.error().toString().toStdString();
        return s.ok() ? *s : ActivitySeries{};
    }
};

struct Expected {
    const char* day;
    qint64 messages;
    int active, joins, leaves, members;
};

void expectDays(const ActivitySeries& s, const QList<Expected>& expected) {
    ASSERT_EQ(s.days.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ActivityDay& d = s.days.at(i);
        const Expected& e = expected.at(i);
        SCOPED_TRACE(e.day);
        EXPECT_EQ(d.day, day(e.day));
        EXPECT_EQ(d.messages, e.messages);
        EXPECT_EQ(d.active, e.active);
        EXPECT_EQ(d.joins, e.joins);
        EXPECT_EQ(d.leaves, e.leaves);
        EXPECT_EQ(d.members, e.members);
    }
}

} // namespace

// Worked out by hand from the rows in AnalyticsFixture.cpp: every day in the range, zeros
// included; the message sent at 22:30 UTC on the 29th counts on the 30th in Berlin (CEST),
// the one at 23:30 UTC on the 28th on the 29th (CET).
TEST_F(ActivitySeriesTest, OneGroupAcrossTheSummerTimeSwitch) {
    expectDays(series(kAlpha, "2026-03-27", "2026-04-02"), {{"2026-03-27", 1, 1, 1, 0, 2},
                                                            {"2026-03-28", 0, 0, 0, 0, 2},
                                                            {"2026-03-29", 4, 3, 1, 0, 3},
                                                            {"2026-03-30", 2, 2, 0, 1, 2},
                                                            {"2026-03-31", 1, 1, 1, 0, 3},
                                                            {"2026-04-01", 0, 0, 0, 0, 3},
                                                            {"2026-04-02", 1, 1, 0, 0, 3}});
}

// All groups: messages add up, a person active or present in both groups counts once, joins
// and leaves count stays.
TEST_F(ActivitySeriesTest, AllGroupsCountPeopleOnce) {
    expectDays(series(0, "2026-03-27", "2026-04-02"), {{"2026-03-27", 1, 1, 1, 0, 2},
                                                       {"2026-03-28", 0, 0, 0, 0, 2},
                                                       {"2026-03-29", 6, 4, 2, 0, 4},
                                                       {"2026-03-30", 3, 3, 1, 1, 4},
                                                       {"2026-03-31", 1, 1, 1, 0, 5},
                                                       {"2026-04-01", 1, 1, 0, 1, 4},
                                                       {"2026-04-02", 1, 1, 0, 0, 4}});
}

TEST_F(ActivitySeriesTest, ActiveRateIsDauOverMembersPresent) {
    const ActivitySeries s = series(kAlpha, "2026-03-29", "2026-03-30");
    EXPECT_DOUBLE_EQ(s.days.at(0).activeRate(), 1.0); // 3 of 3
    EXPECT_DOUBLE_EQ(s.days.at(1).activeRate(), 1.0); // 2 of 2
    EXPECT_DOUBLE_EQ(series(0, "2026-03-31", "2026-03-31").days.at(0).activeRate(), 0.2);
    EXPECT_DOUBLE_EQ(series(kAlpha, "2026-03-28", "2026-03-28").days.at(0).activeRate(), 0.0);
}

// WAU: distinct members active in the 7 days ending with the day; MAU over 30 days.
TEST_F(ActivitySeriesTest, WeeklyAndMonthlyActive) {
    const ActivitySeries s = series(kAlpha, "2026-03-29", "2026-04-10");
    auto at = [&](const char* d) {
        return s.days.at(day("2026-03-29").daysTo(day(d)));
    };
    EXPECT_EQ(at("2026-03-29").wau, 3); // 1, 2, 3
    EXPECT_EQ(at("2026-04-02").wau, 4); // 27 Mar .. 2 Apr: 1, 2, 3, 5
    EXPECT_EQ(at("2026-04-03").wau, 4); // 28 Mar .. : 1 (29th), 2, 3, 5
    EXPECT_EQ(at("2026-04-05").wau, 3); // 30 Mar .. : 3, 1, 5
    EXPECT_EQ(at("2026-04-06").wau, 1); // 31 Mar .. : 5
    EXPECT_EQ(at("2026-04-10").wau, 0);
    EXPECT_EQ(at("2026-04-10").mau, 4);
    EXPECT_EQ(at("2026-03-29").mau, 3);
    // All groups: member 1 in both groups counts once.
    const ActivitySeries all = series(0, "2026-04-02", "2026-04-02");
    EXPECT_EQ(all.days.at(0).wau, 6); // 1, 2, 3, 4, 5, 6
}

TEST_F(ActivitySeriesTest, OpenBoundsRunFromTheFirstJoinToToday) {
    auto s = ActivitySeriesReport::compute(db(), {kBeta, {}, {}});
    ASSERT_TRUE(s.ok());
    ASSERT_FALSE(s->days.isEmpty());
    EXPECT_EQ(s->days.constFirst().day, day("2026-03-02"));
    EXPECT_EQ(s->days.constLast().day, day("2026-04-05")); // the fixed "now"
    EXPECT_EQ(s->days.constFirst().joins, 1);
    EXPECT_EQ(s->days.constFirst().members, 1);
}

TEST_F(ActivitySeriesTest, JsonHasTheContractKeys) {
    const QJsonObject json = series(kAlpha, "2026-03-29", "2026-03-30").toJson();
    const QJsonArray days = json.value(QStringLiteral("days")).toArray();
    ASSERT_EQ(days.size(), 2);
    const QJsonObject first = days.at(0).toObject();
    EXPECT_EQ(first.keys(), (QStringList{QStringLiteral("active"), QStringLiteral("day"),
                                         QStringLiteral("joins"), QStringLiteral("leaves"),
                                         QStringLiteral("members"), QStringLiteral("messages")}));
    EXPECT_EQ(first.value(QStringLiteral("day")).toString(), QStringLiteral("2026-03-29"));
    EXPECT_EQ(first.value(QStringLiteral("messages")).toInt(), 4);
}

// Hours in Berlin time; on 29 March the hour 2 does not exist.
TEST_F(ActivitySeriesTest, HeatMapByWeekdayAndHour) {
    auto map = HourHeatMapReport::compute(db(), {kAlpha, day("2026-03-27"), day("2026-04-02")});
    ASSERT_TRUE(map.ok());
    EXPECT_EQ(map->total(), 9);
    EXPECT_EQ(map->at(5, 10), 1); // Friday 10:00
    EXPECT_EQ(map->at(7, 0), 1);  // Sunday 00:30 (23:30 UTC on Saturday)
    EXPECT_EQ(map->at(7, 1), 1);
    EXPECT_EQ(map->at(7, 2), 0);
    EXPECT_EQ(map->at(7, 3), 1); // 01:30 UTC, after the jump
    EXPECT_EQ(map->at(7, 23), 1);
    EXPECT_EQ(map->at(1, 0), 1); // Monday 00:30 CEST (22:30 UTC on Sunday)
    EXPECT_EQ(map->at(1, 10), 1);
    EXPECT_EQ(map->at(2, 12), 1);
    EXPECT_EQ(map->at(4, 20), 1);
    EXPECT_EQ(map->peak(), 1);

    auto all = HourHeatMapReport::compute(db(), {0, day("2026-03-29"), day("2026-03-29")});
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->total(), 6);
    EXPECT_EQ(all->at(7, 12), 2);
}
