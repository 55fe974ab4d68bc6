// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// The analytics over the demo workspace against numbers computed here independently: plain
// SQL over the raw rows (messages, memberships, orders) and per-row time conversions, never
// the aggregates the analytics read.
#include "TempWorkspace.h"
#include "analytics/ActivitySeries.h"
#include "analytics/FunnelReport.h"
#include "analytics/HourHeatMap.h"
#include "db/Sql.h"
#include "demo/DemoWorkspace.h"
#include "util/Time.h"

#include <QHash>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

const QDate kToday(2026, 6, 20);
const QDate kFrom = kToday.addDays(-44);

class AnalyticsDemoTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        time::setFixedNow(QDateTime(kToday, QTime(10, 0), QTimeZone("Asia/Shanghai")));
        ws = new test::TempWorkspace;
        DemoOptions options;
        options.today = kToday;
        ASSERT_TRUE(DemoWorkspace::generate(ws->db(), options).ok());
    }
    static void TearDownTestSuite() {
        delete ws;
        ws = nullptr;
        time::setFixedNow({});
    }

    static QList<QVariantList> rows(const QString& statement, const QVariantMap& binds = {}) {
        auto q = sql::exec(ws->db().connection(), statement, binds);
        EXPECT_TRUE(q.ok()) << q.error().toString().toStdString();
        QList<QVariantList> out;
        while (q.ok() && q->next()) {
            QVariantList row;
            for (int i = 0; i < q->record().count(); ++i)
                row << q->value(i);
            out << row;
        }
        return out;
    }

    static inline test::TempWorkspace* ws = nullptr;
    const QTimeZone zone{"Asia/Shanghai"};
};

} // namespace

TEST_F(AnalyticsDemoTest, DailySeriesMatchRawRows) {
    const QString to = time::dayToStorage(kToday);
    const QString from = time::dayToStorage(kFrom);
    for (qint64 group : {0, 1, 2, 3, 4, 5, 6}) {
        SCOPED_TRACE(group);
        auto series = ActivitySeriesReport::compute(ws->db(), {group, kFrom, kToday});
        ASSERT_TRUE(series.ok());
        ASSERT_EQ(series->days.size(), kFrom.daysTo(kToday) + 1);

        QHash<QString, std::pair<qint64, int>> expected;
        for (const QVariantList& r :
             rows(QStringLiteral("SELECT day, COUNT(*), COUNT(DISTINCT member_id) FROM messages "
                                 "WHERE (:g = 0 OR group_id = :g) AND day BETWEEN :f AND :t "
                                 "GROUP BY day"),
                  {{QStringLiteral(":g"), group},
                   {QStringLiteral(":f"), from},
                   {QStringLiteral(":t"), to}}))
            expected.insert(r.at(0).toString(), {r.at(1).toLongLong(), r.at(2).toInt()});
        ASSERT_FALSE(expected.isEmpty());

        // Presence, joins and leaves from the raw stays, one localDay() per instant.
        const auto stays = rows(
            QStringLiteral("SELECT member_id, joined_at, left_at FROM memberships WHERE (:g = 0 "
                           "OR group_id = :g)"),
            {{QStringLiteral(":g"), group}});
        for (const ActivityDay& d : series->days) {
            const QString key = time::dayToStorage(d.day);
            EXPECT_EQ(d.messages, expected.value(key).first) << key.toStdString();
            EXPECT_EQ(d.active, expected.value(key).second) << key.toStdString();
            int joins = 0, leaves = 0;
            QSet<qint64> present;
            for (const QVariantList& s : stays) {
                const QDate joined = time::localDay(time::fromStorage(s.at(1).toString()), zone);
                const QDate left =
                    s.at(2).isNull() ? QDate()
                                     : time::localDay(time::fromStorage(s.at(2).toString()), zone);
                joins += joined == d.day;
                leaves += left == d.day;
                if (joined <= d.day && (!left.isValid() || left > d.day))
                    present.insert(s.at(0).toLongLong());
            }
            EXPECT_EQ(d.joins, joins) << key.toStdString();
            EXPECT_EQ(d.leaves, leaves) << key.toStdString();
            EXPECT_EQ(d.members, present.size()) << key.toStdString();
        }
        // WAU and MAU of a few days, by SQL over messages.
        for (const qsizetype i : {qsizetype(0), qsizetype(20), series->days.size() - 1}) {
            const ActivityDay& d = series->days.at(i);
            const auto distinct = [&](int width) {
                return rows(QStringLiteral("SELECT COUNT(DISTINCT member_id) FROM messages WHERE "
                                           "(:g = 0 OR group_id = :g) AND day BETWEEN :f AND :t"),
                            {{QStringLiteral(":g"), group},
                             {QStringLiteral(":f"), time::dayToStorage(d.day.addDays(1 - width))},
                             {QStringLiteral(":t"), time::dayToStorage(d.day)}})
                    .at(0)
                    .at(0)
                    .toInt();
            };
            EXPECT_EQ(d.wau, distinct(7));
            EXPECT_EQ(d.mau, distinct(30));
        }
    }
}

TEST_F(AnalyticsDemoTest, HeatMapMatchesRawMessages) {
    auto map = HourHeatMapReport::compute(ws->db(), {3, kFrom, kToday});
    ASSERT_TRUE(map.ok());
    HourHeatMap expected;
    const QString from = time::dayStartToStorage(kFrom, zone);
    const QString end = time::dayStartToStorage(kToday.addDays(1), zone);
    for (const QVariantList& r :
         rows(QStringLiteral("SELECT sent_at FROM messages WHERE group_id = 3 AND sent_at >= :f "
                             "AND sent_at < :e"),
              {{QStringLiteral(":f"), from}, {QStringLiteral(":e"), end}})) {
        const QDateTime local = time::fromStorage(r.at(0).toString()).toTimeZone(zone);
        ++expected.cells[local.date().dayOfWeek() - 1][local.time().hour()];
    }
    ASSERT_GT(expected.total(), 0);
    EXPECT_EQ(map->cells, expected.cells);
}

TEST_F(AnalyticsDemoTest, FunnelMatchesRawRows) {
    const QDate from = kToday.addDays(-29);
    const QVariantMap binds{
        {QStringLiteral(":from_at"), time::dayStartToStorage(from, zone)},
        {QStringLiteral(":to_end"), time::dayStartToStorage(kToday.addDays(1), zone)},
        {QStringLiteral(":f"), time::dayToStorage(from)},
        {QStringLiteral(":t"), time::dayToStorage(kToday)}};
    for (qint64 group : {0, 2, 5}) {
        SCOPED_TRACE(group);
        QVariantMap b = binds;
        b.insert(QStringLiteral(":g"), group);
        const QString base = QStringLiteral(
            "SELECT DISTINCT member_id FROM memberships WHERE (:g = 0 OR group_id = :g) AND "
            "joined_at < :to_end AND (left_at IS NULL OR left_at >= :from_at)");
        const int members = int(rows(base, sql::bindsUsedBy(base, b)).size());
        const QString engagedSql =
            QStringLiteral("SELECT COUNT(DISTINCT member_id) FROM messages WHERE (:g = 0 OR "
                           "group_id = :g) AND day BETWEEN :f AND :t AND member_id IN (%1)")
                .arg(base);
        const QString buyerIds =
            QStringLiteral("SELECT DISTINCT member_id FROM orders WHERE (:g = 0 OR group_id = "
                           ":g) AND ordered_at >= :from_at AND ordered_at < :to_end AND "
                           "member_id IN (%1)")
                .arg(base);
        const QString buyersCount = QStringLiteral("SELECT COUNT(*) FROM (%1) b").arg(buyerIds);
        const QString repeatSql =
            QStringLiteral("SELECT COUNT(*) FROM (%1) b WHERE (SELECT COUNT(*) FROM orders o "
                           "WHERE o.member_id = b.member_id AND o.ordered_at < :to_end) >= 2")
                .arg(buyerIds);
        auto funnel = FunnelReport::compute(ws->db(), {group, from, kToday});
        ASSERT_TRUE(funnel.ok());
        EXPECT_EQ(funnel->total.members, members);
        EXPECT_EQ(funnel->total.engaged,
                  rows(engagedSql, sql::bindsUsedBy(engagedSql, b)).at(0).at(0).toInt());
        EXPECT_EQ(funnel->total.buyers,
                  rows(buyersCount, sql::bindsUsedBy(buyersCount, b)).at(0).at(0).toInt());
        EXPECT_EQ(funnel->total.repeatBuyers,
                  rows(repeatSql, sql::bindsUsedBy(repeatSql, b)).at(0).at(0).toInt());
        EXPECT_GT(funnel->total.buyers, 0);
        EXPECT_GT(funnel->total.engaged, funnel->total.buyers / 2);
    }
}
