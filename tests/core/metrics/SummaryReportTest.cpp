// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "metrics/SummaryReport.h"

#include "TempWorkspace.h"
#include "db/Sql.h"
#include "demo/DemoWorkspace.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

void exec(Database& db, const char* statement, const QVariantMap& binds = {}) {
    auto q = sql::exec(db.connection(), QString::fromUtf8(statement), binds);
    ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
}

void member(Database& db, int id) {
    exec(
        db,
        "INSERT INTO members (id, display_name, created_at, updated_at) VALUES (:id, :name, "
        "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
        {{QStringLiteral(":id"), id}, {QStringLiteral(":name"), QStringLiteral("成员%1").arg(id)}});
}

void stay(Database& db, int group, int memberId, const char* joined, const char* left = nullptr) {
    exec(db,
         "INSERT INTO memberships (group_id, member_id, joined_at, left_at, leave_kind) "
         "VALUES (:g, :m, :joined, :left, :kind)",
         {{QStringLiteral(":g"), group},
          {QStringLiteral(":m"), memberId},
          {QStringLiteral(":joined"), QString::fromLatin1(joined)},
          {QStringLiteral(":left"),
           left ? QVariant(QString::fromLatin1(left)) : QVariant(QMetaType::fromType<QString>())},
          {QStringLiteral(":kind"),
           left ? QVariant(QStringLiteral("left")) : QVariant(QMetaType::fromType<QString>())}});
}

// `count` messages by one member on one local day, and the matching activity row.
void messages(Database& db, int group, int memberId, const char* sentAt, const char* day,
              int count) {
    static int source = 0;
    for (int i = 0; i < count; ++i)
        exec(db,
             "INSERT INTO messages (group_id, member_id, sent_at, day, source_id) VALUES "
             "(:g, :m, :sent, :day, :source)",
             {{QStringLiteral(":g"), group},
              {QStringLiteral(":m"), memberId},
              {QStringLiteral(":sent"), QString::fromLatin1(sentAt)},
              {QStringLiteral(":day"), QString::fromLatin1(day)},
              {QStringLiteral(":source"), QStringLiteral("t-%1").arg(++source)}});
    exec(db,
         "INSERT INTO member_day_activity (group_id, member_id, day, messages) VALUES "
         "(:g, :m, :day, :n)",
         {{QStringLiteral(":g"), group},
          {QStringLiteral(":m"), memberId},
          {QStringLiteral(":day"), QString::fromLatin1(day)},
          {QStringLiteral(":n"), count}});
}

void order(Database& db, int group, int memberId, const char* at, int cents) {
    exec(db,
         "INSERT INTO orders (member_id, group_id, ordered_at, amount_cents, created_at) "
         "VALUES (:m, :g, :at, :cents, :at)",
         {{QStringLiteral(":m"),
           memberId > 0 ? QVariant(memberId) : QVariant(QMetaType::fromType<int>())},
          {QStringLiteral(":g"), group},
          {QStringLiteral(":at"), QString::fromLatin1(at)},
          {QStringLiteral(":cents"), cents}});
}

// Two groups in Shanghai (UTC+8). Several instants sit on a different calendar day in UTC
// than in the workspace zone, so a report that compared UTC days would count them wrongly.
class SummaryReportTest : public ::testing::Test {
protected:
    void SetUp() override {
        Database& db = ws.db();
        exec(db, "INSERT OR REPLACE INTO settings (key, value) VALUES ('time_zone', "
                 "'Asia/Shanghai')");
        exec(db, "INSERT INTO chat_groups (id, name, created_at) VALUES (1, 'A', "
                 "'2026-01-01T00:00:00Z')");
        exec(db, "INSERT INTO chat_groups (id, name, created_at) VALUES (2, 'B', "
                 "'2026-01-01T00:00:00Z')");
        for (int id = 1; id <= 5; ++id)
            member(db, id);
        stay(db, 1, 1, "2026-05-01T02:00:00Z");
        stay(db, 1, 2, "2026-05-10T15:30:00Z", "2026-05-20T16:30:00Z"); // left on 21 May local
        stay(db, 1, 3, "2026-04-01T00:00:00Z", "2026-05-05T01:00:00Z");
        stay(db, 2, 3, "2026-04-01T00:00:00Z");
        stay(db, 2, 4, "2026-05-31T17:00:00Z"); // joined on 1 June local
        stay(db, 2, 5, "2026-05-15T00:00:00Z");
        messages(db, 1, 1, "2026-05-02T12:00:00Z", "2026-05-02", 2);
        messages(db, 1, 2, "2026-05-12T12:00:00Z", "2026-05-12", 1);
        messages(db, 1, 1, "2026-06-02T12:00:00Z", "2026-06-02", 1);
        messages(db, 2, 3, "2026-05-03T12:00:00Z", "2026-05-03", 3);
        messages(db, 2, 5, "2026-05-31T10:00:00Z", "2026-05-31", 1);
        order(db, 1, 1, "2026-05-03T04:00:00Z", 10000);
        order(db, 1, 1, "2026-06-05T04:00:00Z", 5000);
        order(db, 2, 3, "2026-05-20T04:00:00Z", 20000);
        order(db, 2, 5, "2026-05-31T16:30:00Z", 3000); // 1 June local
        order(db, 1, 0, "2026-05-15T04:00:00Z", 1000); // a guest order without a member
    }

    Summary compute(qint64 group, QDate from, QDate to) {
        auto s = SummaryReport::compute(ws.db(), {group, from, to});
        EXPECT_TRUE(s.ok()) << s.error().toString().toStdString();
        return s.ok() ? s.value() : Summary{};
    }

    test::TempWorkspace ws;
};

} // namespace

TEST_F(SummaryReportTest, MayForAllGroups) {
    const Summary s = compute(0, QDate(2026, 5, 1), QDate(2026, 5, 31));
    EXPECT_EQ(s.groups, 2);
    EXPECT_EQ(s.members, 3); // 1, 3 (still in B), 5; 2 left, 4 joined in June
    EXPECT_EQ(s.messages, 7);
    EXPECT_EQ(s.activeMembers, 4); // 1, 2, 3, 5
    EXPECT_EQ(s.joins, 3);         // 1, 2, 5
    EXPECT_EQ(s.leaves, 2);        // 2 (21 May local), 3 out of A
    EXPECT_EQ(s.orders, 3);
    EXPECT_EQ(s.buyers, 2); // the guest order has no member
    EXPECT_EQ(s.revenue.cents, 31000);
}

TEST_F(SummaryReportTest, GroupFilter) {
    const Summary s = compute(2, QDate(2026, 5, 1), QDate(2026, 5, 31));
    EXPECT_EQ(s.groups, 1);
    EXPECT_EQ(s.members, 2);
    EXPECT_EQ(s.messages, 4);
    EXPECT_EQ(s.activeMembers, 2);
    EXPECT_EQ(s.joins, 1);
    EXPECT_EQ(s.leaves, 0);
    EXPECT_EQ(s.orders, 1);
    EXPECT_EQ(s.buyers, 1);
    EXPECT_EQ(s.revenue.cents, 20000);
}

TEST_F(SummaryReportTest, OpenBoundsCoverEverything) {
    const Summary s = compute(0, {}, {});
    EXPECT_EQ(s.groups, 2);
    EXPECT_EQ(s.members, 4); // present now: 1, 3, 4, 5
    EXPECT_EQ(s.messages, 8);
    EXPECT_EQ(s.activeMembers, 4);
    EXPECT_EQ(s.joins, 6);
    EXPECT_EQ(s.leaves, 2);
    EXPECT_EQ(s.orders, 5);
    EXPECT_EQ(s.buyers, 3);
    EXPECT_EQ(s.revenue.cents, 39000);
}

TEST_F(SummaryReportTest, OpenEndFromJune) {
    const Summary s = compute(0, QDate(2026, 6, 1), {});
    EXPECT_EQ(s.members, 4);
    EXPECT_EQ(s.messages, 1);
    EXPECT_EQ(s.activeMembers, 1);
    EXPECT_EQ(s.joins, 1); // member 4, on 1 June local although 31 May in UTC
    EXPECT_EQ(s.leaves, 0);
    EXPECT_EQ(s.orders, 2);
    EXPECT_EQ(s.buyers, 2);
    EXPECT_EQ(s.revenue.cents, 8000);
}

TEST_F(SummaryReportTest, LeavingAfterLocalMidnightStillCountsAsPresent) {
    const Summary s = compute(0, QDate(2026, 5, 1), QDate(2026, 5, 20));
    EXPECT_EQ(s.members, 4); // 2 leaves at 00:30 on 21 May local
    EXPECT_EQ(s.leaves, 1);
    EXPECT_EQ(s.joins, 3);
}

TEST_F(SummaryReportTest, UnknownGroupCountsNothing) {
    const Summary s = compute(99, {}, {});
    EXPECT_EQ(s.groups, 0);
    EXPECT_EQ(s.members, 0);
    EXPECT_EQ(s.messages, 0);
    EXPECT_EQ(s.orders, 0);
}

TEST_F(SummaryReportTest, JsonHasTheCliKeys) {
    const QJsonObject json = compute(0, QDate(2026, 5, 1), QDate(2026, 5, 31)).toJson();
    EXPECT_EQ(json.value(QStringLiteral("active_members")).toInt(), 4);
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("revenue")).toDouble(), 310.0);
    EXPECT_TRUE(json.value(QStringLiteral("revenue_other")).toObject().isEmpty());
    EXPECT_EQ(json.keys().size(), 10);
}

TEST_F(SummaryReportTest, RevenueKeepsOtherCurrenciesApart) {
    exec(ws.db(), "INSERT INTO orders (member_id, group_id, ordered_at, amount_cents, currency, "
                  "created_at) VALUES (1, 1, '2026-05-04T04:00:00Z', 1250, 'USD', "
                  "'2026-05-04T04:00:00Z'), (3, 2, '2026-05-05T04:00:00Z', 99, 'USD', "
                  "'2026-05-05T04:00:00Z'), (5, 2, '2026-05-06T04:00:00Z', 500, 'EUR', "
                  "'2026-05-06T04:00:00Z')");
    const Summary s = compute(0, QDate(2026, 5, 1), QDate(2026, 5, 31));
    EXPECT_EQ(s.orders, 6); // orders count whatever their currency
    EXPECT_EQ(s.buyers, 3);
    EXPECT_EQ(s.revenue.currency, QStringLiteral("CNY"));
    EXPECT_EQ(s.revenue.cents, 31000); // the yuan alone, as before the other orders
    EXPECT_EQ(s.revenue.other,
              (QMap<QString, qint64>{{QStringLiteral("EUR"), 500}, {QStringLiteral("USD"), 1349}}));
    const QJsonObject json = s.toJson();
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("revenue")).toDouble(), 310.0);
    const QJsonObject other = json.value(QStringLiteral("revenue_other")).toObject();
    EXPECT_DOUBLE_EQ(other.value(QStringLiteral("USD")).toDouble(), 13.49);
    EXPECT_DOUBLE_EQ(other.value(QStringLiteral("EUR")).toDouble(), 5.0);
    EXPECT_EQ(other.size(), 2);

    // A USD workspace totals the dollars and sets the yuan apart.
    exec(ws.db(), "INSERT INTO settings (key, value) VALUES ('currency', 'USD')");
    const Summary inDollars = compute(2, QDate(2026, 5, 1), QDate(2026, 5, 31));
    EXPECT_EQ(inDollars.revenue.cents, 99);
    EXPECT_EQ(inDollars.revenue.other, (QMap<QString, qint64>{{QStringLiteral("CNY"), 20000},
                                                              {QStringLiteral("EUR"), 500}}));
}

TEST(SummaryReportDemo, DemoWorkspaceTotals) {
    test::TempWorkspace ws;
    DemoOptions options;
    options.today = QDate(2026, 6, 20);
    auto stats = DemoWorkspace::generate(ws.db(), options);
    ASSERT_TRUE(stats.ok()) << stats.error().toString().toStdString();
    auto all = SummaryReport::compute(ws.db(), {});
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->groups, 6);
    EXPECT_GE(all->members, 1300);
    EXPECT_LE(all->members, 1700);
    EXPECT_EQ(all->messages, stats->messages);
    EXPECT_EQ(all->orders, stats->orders);
    EXPECT_GT(all->activeMembers, 300);
    EXPECT_LT(all->activeMembers, all->members);

    // The last 30 days are a part of the whole, and the parts of the groups add up.
    auto month = SummaryReport::compute(ws.db(), {0, QDate(2026, 5, 22), QDate(2026, 6, 20)});
    ASSERT_TRUE(month.ok());
    EXPECT_GT(month->messages, 0);
    EXPECT_LT(month->messages, all->messages);
    EXPECT_GT(month->joins, 0);
    qint64 sum = 0;
    for (qint64 group = 1; group <= 6; ++group)
        sum += SummaryReport::compute(ws.db(), {group, QDate(2026, 5, 22), QDate(2026, 6, 20)})
                   ->messages;
    EXPECT_EQ(sum, month->messages);
}
