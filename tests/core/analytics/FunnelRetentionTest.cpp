// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "AnalyticsFixture.h"
#include "analytics/AnalyticsKpis.h"
#include "analytics/FunnelReport.h"
#include "analytics/RetentionReport.h"
#include "analytics/RevenueReport.h"
#include "analytics/TopReferrers.h"

#include <QJsonArray>

using namespace qundesk;
using namespace qundesk::test;

namespace {

class FunnelRetentionTest : public AnalyticsFixture {};

void expectCounts(const FunnelCounts& c, int members, int engaged, int buyers, int repeat) {
    EXPECT_EQ(c.members, members);
    EXPECT_EQ(c.engaged, engaged);
    EXPECT_EQ(c.buyers, buyers);
    EXPECT_EQ(c.repeatBuyers, repeat);
}

} // namespace

// Alpha, 29 Mar – 2 Apr: members 1, 2 (left on the 30th), 3, 5, all active; buyers 1, 3 and
// 5 (whose order at 00:30 local on the 29th is 23:30 UTC on the 28th); the guest order has no
// member; 1 bought before (10 Mar) and is a repeat buyer.
TEST_F(FunnelRetentionTest, FunnelOfOneGroup) {
    auto f = FunnelReport::compute(db(), {kAlpha, day("2026-03-29"), day("2026-04-02")});
    ASSERT_TRUE(f.ok());
    expectCounts(f->total, 4, 4, 3, 1);
    ASSERT_EQ(f->bySource.size(), 3);
    EXPECT_EQ(f->bySource.at(0).source, QStringLiteral("douyin"));
    expectCounts(f->bySource.at(0).counts, 2, 2, 1, 1);
    EXPECT_EQ(f->bySource.at(1).source, QStringLiteral("referral"));
    expectCounts(f->bySource.at(1).counts, 1, 1, 1, 0);
    EXPECT_EQ(f->bySource.at(2).source, QStringLiteral("taobao"));
    expectCounts(f->bySource.at(2).counts, 1, 1, 1, 0);
    EXPECT_DOUBLE_EQ(f->total.conversion(), 0.75);
}

TEST_F(FunnelRetentionTest, FunnelOfAllGroupsAndJson) {
    auto f = FunnelReport::compute(db(), {0, day("2026-03-29"), day("2026-04-02")});
    ASSERT_TRUE(f.ok());
    expectCounts(f->total, 6, 6, 5, 1);
    ASSERT_EQ(f->bySource.size(), 4);
    EXPECT_EQ(f->bySource.at(0).source, QString()); // member 4 has no source
    expectCounts(f->bySource.at(0).counts, 1, 1, 1, 0);
    expectCounts(f->bySource.at(2).counts, 2, 2, 2, 0); // referral: 5 and 6

    const QJsonObject json = f->toJson();
    const QJsonArray stages = json.value(QStringLiteral("stages")).toArray();
    ASSERT_EQ(stages.size(), 4);
    EXPECT_EQ(stages.at(3).toObject().value(QStringLiteral("stage")).toString(),
              QStringLiteral("repeat_buyers"));
    EXPECT_EQ(stages.at(2).toObject().value(QStringLiteral("members")).toInt(), 5);
    const QJsonObject source = json.value(QStringLiteral("by_source")).toArray().at(1).toObject();
    EXPECT_EQ(
        source.keys(),
        (QStringList{QStringLiteral("buyers"), QStringLiteral("engaged"), QStringLiteral("members"),
                     QStringLiteral("repeat_buyers"), QStringLiteral("source")}));
}

TEST_F(FunnelRetentionTest, FunnelPerGroup) {
    auto groups = FunnelReport::perGroup(db(), {0, day("2026-03-29"), day("2026-04-02")});
    ASSERT_TRUE(groups.ok());
    ASSERT_EQ(groups->size(), 2);
    EXPECT_EQ(groups->at(1).name, QStringLiteral("Beta"));
    expectCounts(groups->at(1).counts, 3, 3, 2, 0); // 1, 4, 6; buyers 4 and 6 in Beta
}

// Week 13 (23–29 Mar): stays of 2 and 3, both active that week; in week 14 only 3 is (2 left).
// Week 14: 5, active. By source, week +1 is measured only for stays whose week +1 has begun.
TEST_F(FunnelRetentionTest, RetentionByJoinWeekAndSource) {
    auto r = RetentionReport::compute(db(), {kAlpha, day("2026-03-23"), day("2026-04-05")});
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->cohorts.size(), 2);
    EXPECT_EQ(r->cohorts.at(0).key, QStringLiteral("2026-W13"));
    EXPECT_EQ(r->cohorts.at(0).members, 2);
    EXPECT_EQ(r->cohorts.at(0).active, (QList<double>{1.0, 0.5}));
    EXPECT_EQ(r->cohorts.at(1).key, QStringLiteral("2026-W14"));
    EXPECT_EQ(r->cohorts.at(1).members, 1);
    EXPECT_EQ(r->cohorts.at(1).active, (QList<double>{1.0}));
    ASSERT_EQ(r->bySource.size(), 3);
    EXPECT_EQ(r->bySource.at(0).key, QStringLiteral("douyin"));
    EXPECT_EQ(r->bySource.at(0).active, (QList<double>{1.0, 0.0}));
    EXPECT_EQ(r->bySource.at(1).key, QStringLiteral("referral"));
    EXPECT_EQ(r->bySource.at(1).active, (QList<double>{1.0}));
    EXPECT_EQ(r->bySource.at(2).active, (QList<double>{1.0, 1.0}));

    const QJsonObject json = r->toJson();
    EXPECT_EQ(json.keys(), QStringList{QStringLiteral("cohorts")});
    const QJsonObject first = json.value(QStringLiteral("cohorts")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W13"));
    EXPECT_EQ(first.value(QStringLiteral("active")).toArray().at(1).toDouble(), 0.5);
}

// Beta's joins in the two weeks: 6 (W13, active in W13 only), 4 (W14, active on the 30th).
TEST_F(FunnelRetentionTest, RetentionOfAllGroupsFollowsEachStaysGroup) {
    auto r = RetentionReport::compute(db(), {0, day("2026-03-23"), day("2026-04-05")});
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->cohorts.size(), 2);
    EXPECT_EQ(r->cohorts.at(0).members, 3); // Alpha 2, 3; Beta 6
    EXPECT_NEAR(r->cohorts.at(0).active.at(0), 1.0, 1e-9);
    EXPECT_NEAR(r->cohorts.at(0).active.at(1), 1.0 / 3, 1e-9);
    EXPECT_EQ(r->cohorts.at(1).members, 2); // Alpha 5, Beta 4
    EXPECT_EQ(r->cohorts.at(1).active, (QList<double>{1.0}));
}

TEST_F(FunnelRetentionTest, RevenuePerGroupAndTopFifth) {
    auto r = RevenueReport::compute(db(), {0, day("2026-03-29"), day("2026-04-02")});
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->groups.size(), 2);
    EXPECT_EQ(r->groups.at(0).name, QStringLiteral("Alpha"));
    EXPECT_EQ(r->groups.at(0).orders, 4);
    EXPECT_EQ(r->groups.at(0).revenue.cents, 8500);
    EXPECT_EQ(r->groups.at(1).orders, 2);
    EXPECT_EQ(r->groups.at(1).revenue.cents, 30000);
    EXPECT_EQ(r->groups.at(1).revenue.other.value(QStringLiteral("USD")), 1000);
    EXPECT_TRUE(r->unattributed.isZero());
    // Buyers 1 (50), 3 (20), 5 (8), 6 (300), 4 (USD only: 0): the top fifth is 6.
    EXPECT_EQ(r->buyers, 5);
    EXPECT_EQ(r->topBuyers, 1);
    EXPECT_NEAR(r->topShare(), 30000.0 / 37800.0, 1e-12);
    auto none = RevenueReport::compute(db(), {kAlpha, day("2026-04-03"), day("2026-04-04")});
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->topShare(), 0.0);
}

TEST_F(FunnelRetentionTest, TopReferrers) {
    auto all = TopReferrers::compute(db(), {0, day("2026-03-23"), day("2026-04-05")});
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).memberId, 1);
    EXPECT_EQ(all->at(0).referrals, 2);
    EXPECT_EQ(all->at(0).referredBuyers, 2);
    EXPECT_EQ(all->at(1).memberId, 3);
    EXPECT_EQ(all->at(1).referrals, 1);
    auto alpha = TopReferrers::compute(db(), {kAlpha, day("2026-03-23"), day("2026-04-05")});
    ASSERT_TRUE(alpha.ok());
    ASSERT_EQ(alpha->size(), 1);
    EXPECT_EQ(alpha->at(0).referrals, 1);
}

// Alpha, 30 Mar – 2 Apr against 26–29 Mar.
TEST_F(FunnelRetentionTest, KeyFiguresAgainstThePreviousPeriod) {
    auto k = AnalyticsKpiReport::compute(db(), {kAlpha, day("2026-03-30"), day("2026-04-02")});
    ASSERT_TRUE(k.ok()) << k.error().toString().toStdString();
    EXPECT_EQ(k->previousFrom, day("2026-03-26"));
    EXPECT_EQ(k->previousTo, day("2026-03-29"));
    EXPECT_EQ(k->messages.current, 4);
    EXPECT_EQ(k->messages.previous, 5);
    EXPECT_NEAR(*k->messages.change(), -0.2, 1e-12);
    EXPECT_EQ(k->averageDau.current, 1.0);
    EXPECT_EQ(k->averageDau.previous, 1.0);
    EXPECT_NEAR(k->activeRate.current, 4.0 / 11.0, 1e-12);
    EXPECT_NEAR(k->activeRate.previous, 0.5, 1e-12);
    EXPECT_EQ(k->members.current, 3);
    EXPECT_EQ(k->netGrowth.current, 0);
    EXPECT_EQ(k->netGrowth.previous, 2);
    EXPECT_EQ(k->buyers.current, 2);
    EXPECT_EQ(k->buyers.previous, 0); // 5 bought before joining Alpha
    EXPECT_FALSE(k->buyers.change().has_value());
    EXPECT_NEAR(k->conversion.current, 0.5, 1e-12);
    EXPECT_NEAR(k->revenue.current, 77.0, 1e-9);
    EXPECT_NEAR(k->revenue.previous, 8.0, 1e-9);
}
