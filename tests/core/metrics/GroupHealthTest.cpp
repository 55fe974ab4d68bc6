// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "metrics/GroupHealth.h"

#include "TempWorkspace.h"
#include "db/Sql.h"
#include "demo/DemoWorkspace.h"
#include "store/SettingsStore.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

const QDate kToday(2026, 6, 18);

void exec(Database& db, const char* statement, const QVariantMap& binds = {}) {
    auto q = sql::exec(db.connection(), QString::fromUtf8(statement), binds);
    ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
}

QVariant text(const char* value) {
    return value ? QVariant(QString::fromLatin1(value)) : QVariant(QMetaType::fromType<QString>());
}

void group(Database& db, int id, const char* name, int capacity) {
    exec(db,
         "INSERT INTO chat_groups (id, name, capacity, created_at) VALUES (:id, :name, :cap, "
         "'2026-01-01T00:00:00Z')",
         {{QStringLiteral(":id"), id},
          {QStringLiteral(":name"), QString::fromUtf8(name)},
          {QStringLiteral(":cap"), capacity}});
}

void stay(Database& db, int groupId, int memberId, const char* joined, const char* left = nullptr) {
    exec(db,
         "INSERT INTO memberships (group_id, member_id, joined_at, left_at) VALUES (:g, :m, "
         ":joined, :left)",
         {{QStringLiteral(":g"), groupId},
          {QStringLiteral(":m"), memberId},
          {QStringLiteral(":joined"), text(joined)},
          {QStringLiteral(":left"), text(left)}});
}

// One active day (the importer writes the local day of each message into member_day_activity).
void active(Database& db, int groupId, int memberId, const char* day) {
    exec(db,
         "INSERT INTO member_day_activity (group_id, member_id, day, messages) VALUES (:g, :m, "
         ":day, 2)",
         {{QStringLiteral(":g"), groupId},
          {QStringLiteral(":m"), memberId},
          {QStringLiteral(":day"), text(day)}});
}

void order(Database& db, int groupId, int memberId, const char* at, int cents) {
    exec(db,
         "INSERT INTO orders (member_id, group_id, ordered_at, amount_cents, created_at) VALUES "
         "(:m, :g, :at, :cents, :at)",
         {{QStringLiteral(":m"), memberId},
          {QStringLiteral(":g"),
           groupId > 0 ? QVariant(groupId) : QVariant(QMetaType::fromType<int>())},
          {QStringLiteral(":at"), text(at)},
          {QStringLiteral(":cents"), cents}});
}

// Three groups in Shanghai (UTC+8); today is 2026-06-18, so the 7-day window is 06-12..06-18
// and the 30-day window 05-20..06-18, i.e. instants from 2026-05-19T16:00Z to 2026-06-18T16:00Z.
class GroupHealthTest : public ::testing::Test {
protected:
    void SetUp() override {
        Database& db = ws.db();
        ASSERT_TRUE(SettingsStore(db).setTimeZone(QTimeZone("Asia/Shanghai")).ok());
        for (int id = 1; id <= 7; ++id)
            exec(db,
                 "INSERT INTO members (id, display_name, created_at, updated_at) VALUES (:id, "
                 ":name, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                 {{QStringLiteral(":id"), id},
                  {QStringLiteral(":name"), QStringLiteral("m%1").arg(id)}});
        group(db, 1, "A新人群", 4);
        group(db, 2, "B会员群", 0);
        group(db, 3, "C空群", 100);

        // Group 1: present m1, m2, m4, m6; m3 left in the window; m5 joins tomorrow (local).
        stay(db, 1, 1, "2026-01-01T00:00:00Z");
        stay(db, 1, 2, "2026-06-10T02:00:00Z");
        stay(db, 1, 3, "2026-01-01T00:00:00Z", "2026-06-05T03:00:00Z");
        stay(db, 1, 4, "2026-06-18T15:30:00Z");         // 23:30 local on D: joined on D
        stay(db, 1, 5, "2026-06-18T16:30:00Z");         // 00:30 local on D+1: not yet
        stay(db, 1, 6, "2026-05-19T16:30:00Z");         // 00:30 local on the window's first day
        active(db, 1, 1, "2026-06-18");                 // a message at 23:30 local on D (15:30Z)
        active(db, 1, 2, "2026-06-11");                 // D-7: outside the 7-day window
        active(db, 1, 3, "2026-06-15");                 // left since: not a present member
        active(db, 1, 4, "2026-06-19");                 // after D
        active(db, 1, 6, "2026-06-12");                 // D-6: the window's first day
        order(db, 1, 1, "2026-06-18T15:59:00Z", 10000); // 23:59 local on D
        order(db, 1, 1, "2026-06-02T08:00:00Z", 2000);
        order(db, 1, 2, "2026-05-19T15:59:00Z", 5000); // 23:59 local the day before the window
        order(db, 1, 3, "2026-06-01T00:00:00Z", 3000); // revenue, but m3 has left
        order(db, 0, 4, "2026-06-10T00:00:00Z", 7000); // no group: counts for none

        // Group 2 (capacity unknown): six present; m5 leaves at 00:30 local on D+1 (still
        // present on D), m7 at 23:30 local on D (gone, a leave in the window).
        for (int m : {1, 2, 3, 4, 6})
            stay(db, 2, m, "2026-03-01T00:00:00Z");
        stay(db, 2, 5, "2026-03-01T00:00:00Z", "2026-06-18T16:30:00Z");
        stay(db, 2, 7, "2026-03-01T00:00:00Z", "2026-06-18T15:30:00Z");
        active(db, 2, 2, "2026-06-15");
    }

    test::TempWorkspace ws;
};

} // namespace

TEST_F(GroupHealthTest, ComputesEachMetricPerGroup) {
    auto report = GroupHealthReport::compute(ws.db(), kToday);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    ASSERT_EQ(report->size(), 3);
    const GroupHealth& a = report->at(0);
    EXPECT_EQ(a.groupId, 1);
    EXPECT_EQ(a.capacity, 4);
    EXPECT_EQ(a.members, 4);
    EXPECT_DOUBLE_EQ(a.capacityUse(), 1.0);
    EXPECT_EQ(a.active7, 2);
    EXPECT_DOUBLE_EQ(a.activeRate(), 0.5);
    EXPECT_EQ(a.joins30, 3);
    EXPECT_EQ(a.leaves30, 1);
    EXPECT_EQ(a.netGrowth30(), 2);
    EXPECT_EQ(a.buyers30, 1);
    EXPECT_DOUBLE_EQ(a.conversion(), 0.25);
    EXPECT_EQ(a.revenue30.cents, 15000);
    // 40 (active 50 % >= 40 %) + 20 (grew by half) + 25 (25 % bought) + 0 (full).
    EXPECT_EQ(a.score(), 85);
    EXPECT_EQ(a.light(), HealthLight::Good);

    const GroupHealth& b = report->at(1);
    EXPECT_EQ(b.groupId, 2);
    EXPECT_EQ(b.members, 6);
    EXPECT_DOUBLE_EQ(b.capacityUse(), 0.0);
    EXPECT_EQ(b.active7, 1);
    EXPECT_EQ(b.joins30, 0);
    EXPECT_EQ(b.leaves30, 1);
    EXPECT_EQ(b.netGrowth30(), -1);
    EXPECT_EQ(b.buyers30, 0);
    EXPECT_EQ(b.revenue30.cents, 0);
    // 40 × (1/6)/0.4 = 16.67, growth 0.5 - (1/6)/0.2 < 0 → 0, no buyers, capacity unknown → 15.
    EXPECT_EQ(b.score(), 32);
    EXPECT_EQ(b.light(), HealthLight::Poor);

    const GroupHealth& c = report->at(2);
    EXPECT_EQ(c.groupId, 3);
    EXPECT_EQ(c.members, 0);
    EXPECT_DOUBLE_EQ(c.activeRate(), 0.0);
    EXPECT_DOUBLE_EQ(c.conversion(), 0.0);
    EXPECT_EQ(c.score(), 15);
}

TEST_F(GroupHealthTest, TheDayBeforeSeesTheEarlierState) {
    // On 06-17 local (windows 06-11..06-17 and 05-19..06-17): m4 has not joined yet, and
    // m1's message at 23:30 and order at 23:59 belong to tomorrow.
    auto report = GroupHealthReport::compute(ws.db(), kToday.addDays(-1));
    ASSERT_TRUE(report.ok());
    const GroupHealth& a = report->at(0);
    EXPECT_EQ(a.members, 3);
    EXPECT_EQ(a.active7, 2);  // m2 (06-11) and m6 (06-12)
    EXPECT_EQ(a.joins30, 2);  // m2 and m6
    EXPECT_EQ(a.buyers30, 2); // m1 (06-02) and m2 (23:59 local on 05-19, the first day)
    EXPECT_EQ(a.revenue30.cents, 2000 + 3000 + 5000);
    EXPECT_EQ(report->at(1).leaves30, 0);
    EXPECT_EQ(report->at(1).members, 7);
}

TEST(GroupHealthScore, WeighsTheFourPartsAsDocumented) {
    GroupHealth h;
    h.capacity = 500;
    h.members = 460;          // 92 % full: (1 - 0.92) / 0.15 = 0.5333 → 8
    h.active7 = 92;           // 20 %: half of the 40 % target → 20
    h.joins30 = 23;           // net +23 = +5 % → 0.75 → 15
    h.buyers30 = 23;          // 5 %: half of the 10 % target → 12.5
    EXPECT_EQ(h.score(), 56); // 20 + 15 + 12.5 + 8 = 55.5 → 56
    EXPECT_EQ(h.light(), HealthLight::Watch);
    EXPECT_EQ(healthLight(70), HealthLight::Good);
    EXPECT_EQ(healthLight(69), HealthLight::Watch);
    EXPECT_EQ(healthLight(44), HealthLight::Poor);
}

TEST(GroupHealthDemo, EveryRateIsARatioOnTheDemoWorkspace) {
    test::TempWorkspace ws;
    DemoOptions options;
    options.today = kToday;
    auto stats = DemoWorkspace::generate(ws.db(), options);
    ASSERT_TRUE(stats.ok()) << stats.error().toString().toStdString();
    auto report = GroupHealthReport::compute(ws.db(), kToday);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    ASSERT_EQ(report->size(), 6);
    int totalMembers = 0;
    qint64 revenue = 0;
    for (const GroupHealth& h : *report) {
        EXPECT_GT(h.members, 0);
        EXPECT_LE(h.active7, h.members);
        EXPECT_LE(h.buyers30, h.members);
        for (double rate : {h.activeRate(), h.conversion()}) {
            EXPECT_GE(rate, 0.0);
            EXPECT_LE(rate, 1.0);
        }
        EXPECT_GT(h.capacityUse(), 0.0);
        EXPECT_LE(h.capacityUse(), 1.0);
        EXPECT_GE(h.score(), 0);
        EXPECT_LE(h.score(), 100);
        totalMembers += h.members;
        revenue += h.revenue30.cents;
    }
    EXPECT_GT(totalMembers, 500);
    EXPECT_GT(revenue, 0);
}

namespace {

void orderIn(Database& db, int groupId, int memberId, const char* at, int cents,
             const char* currency) {
    exec(db,
         "INSERT INTO orders (member_id, group_id, ordered_at, amount_cents, currency, "
         "created_at) VALUES (:m, :g, :at, :cents, :currency, :at)",
         {{QStringLiteral(":m"), memberId},
          {QStringLiteral(":g"), groupId},
          {QStringLiteral(":at"), text(at)},
          {QStringLiteral(":cents"), cents},
          {QStringLiteral(":currency"), text(currency)}});
}

} // namespace

TEST_F(GroupHealthTest, RevenueNeverAddsDifferentCurrencies) {
    orderIn(ws.db(), 1, 3, "2026-06-10T04:00:00Z", 1250, "USD");
    orderIn(ws.db(), 1, 3, "2026-06-11T04:00:00Z", 750, "USD");
    orderIn(ws.db(), 1, 3, "2026-06-11T05:00:00Z", 900, "EUR");
    auto report = GroupHealthReport::compute(ws.db(), kToday);
    ASSERT_TRUE(report.ok());
    const GroupHealth& a = report->at(0);
    EXPECT_EQ(a.revenue30.currency, QStringLiteral("CNY"));
    EXPECT_EQ(a.revenue30.cents, 15000); // the CNY orders only, as before
    EXPECT_EQ(a.revenue30.other,
              (QMap<QString, qint64>{{QStringLiteral("EUR"), 900}, {QStringLiteral("USD"), 2000}}));

    // In a USD workspace the dollars are the total and the yuan stand apart.
    ASSERT_TRUE(SettingsStore(ws.db()).setCurrency(QStringLiteral("usd")).ok());
    auto inDollars = GroupHealthReport::compute(ws.db(), kToday);
    ASSERT_TRUE(inDollars.ok());
    EXPECT_EQ(inDollars->at(0).revenue30.currency, QStringLiteral("USD"));
    EXPECT_EQ(inDollars->at(0).revenue30.cents, 2000);
    EXPECT_EQ(
        inDollars->at(0).revenue30.other,
        (QMap<QString, qint64>{{QStringLiteral("CNY"), 15000}, {QStringLiteral("EUR"), 900}}));
}
