// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The weekly report's data model against numbers worked out here, in plain C++, from the raw
// rows the test writes (messages, stays, orders) — not from the aggregates the report reads.
#include "metrics/WeeklyReport.h"

#include "TempWorkspace.h"
#include "db/Sql.h"
#include "rules/ActivityAggregates.h"
#include "store/ActivityStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QMap>
#include <QSet>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

const QTimeZone kZone("Asia/Shanghai");
const QDate kMonday(2026, 11, 23); // 2026-W48

struct Stay {
    qint64 group;
    qint64 member;
    QDateTime joined;
    QDateTime left; // invalid: still there
};
struct Msg {
    qint64 group;
    qint64 member;
    QDateTime at;
};
struct Purchase {
    qint64 group;
    qint64 member;
    QDateTime at;
    qint64 cents;
    QString currency;
};

QDate dayOf(const QDateTime& instant) {
    return instant.toTimeZone(kZone).date(); // independent of time::localDay
}
QDateTime at(const QDate& day, int hour, int minute = 0) {
    return QDateTime(day, QTime(hour, minute), kZone).toUTC();
}

class WeeklyReportTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(SettingsStore(ws.db()).setTimeZone(kZone).ok());
        exec(QStringLiteral("INSERT INTO chat_groups (id, name, platform, created_at) VALUES "
                            "(1, 'Alpha', 'wechat', '2026-01-01T00:00:00Z'), (2, 'Beta', "
                            "'wechat', '2026-01-01T00:00:00Z'), (3, 'Old', 'wechat', "
                            "'2026-01-01T00:00:00Z')"));
        exec(QStringLiteral("UPDATE chat_groups SET status = 'archived' WHERE id = 3"));
        for (int m = 1; m <= 14; ++m)
            exec(QStringLiteral("INSERT INTO members (id, display_name, created_at, updated_at) "
                                "VALUES (%1, 'm%2', '2026-01-01T00:00:00Z', "
                                "'2026-01-01T00:00:00Z')")
                     .arg(m)
                     .arg(m, 2, 10, QLatin1Char('0')));
        // Stays: members 1-8 in Alpha since September, 5-10 in Beta since October; joins in
        // and around the two weeks (near local midnight), leaves in both weeks.
        for (int m = 1; m <= 8; ++m)
            stays.append({1, m, at(QDate(2026, 9, 1), 10), {}});
        for (int m = 5; m <= 10; ++m)
            stays.append({2, m, at(QDate(2026, 10, 1), 10), {}});
        stays.append({1, 11, at(kMonday, 0, 10), {}});              // joins W48 (Mon 00:10)
        stays.append({1, 12, at(kMonday.addDays(-1), 23, 50), {}}); // joins W47 (Sun 23:50)
        stays.append({2, 13, at(kMonday.addDays(6), 23, 59), {}});  // joins W48, never posts
        stays.append({2, 14, at(kMonday.addDays(2), 9), {}});       // joins W48, posts
        stays.append({1, 9, at(kMonday.addDays(-5), 9), at(kMonday.addDays(3), 9)}); // W47/W48
        stays[1].left = at(kMonday.addDays(-3), 20); // m2 leaves Alpha in W47
        for (const Stay& s : stays)
            exec(QStringLiteral("INSERT INTO memberships (group_id, member_id, joined_at, left_at) "
                                "VALUES (%1, %2, '%3', %4)")
                     .arg(s.group)
                     .arg(s.member)
                     .arg(time::toStorage(s.joined),
                          s.left.isValid()
                              ? QLatin1Char('\'') + time::toStorage(s.left) + QLatin1Char('\'')
                              : QStringLiteral("NULL")));

        // Messages: a fixed pseudo-random spread over five weeks, at hours that cross local
        // midnight in UTC.
        quint32 seed = 12345;
        const auto next = [&seed](quint32 n) {
            seed = seed * 1103515245u + 12345u;
            return (seed >> 16) % n;
        };
        for (int i = 0; i < 900; ++i) {
            const QDate day = kMonday.addDays(-28 + int(next(35)));
            const int hour = int(next(24));
            const bool alpha = next(3) != 0;
            const qint64 member = alpha ? qint64(1 + next(7)) : qint64(5 + next(6));
            if (member == 3 || member == 4) // m3, m4 fall silent after the 15th of October
                continue;
            messages.append({alpha ? 1 : 2, member, at(day, hour, int(next(60)))});
        }
        messages.append({2, 14, at(kMonday.addDays(4), 23, 30)});
        messages.append({1, 3, at(QDate(2026, 10, 16), 12)}); // m3: 30 days silent on 11-15
        messages.append({1, 4, at(QDate(2026, 10, 24), 12)}); // m4: 30 days silent on 11-23
        ActivityStore activity(ws.db());
        for (qint64 g : {1, 2}) {
            QList<Message> rows;
            for (qsizetype i = 0; i < messages.size(); ++i) {
                if (messages.at(i).group != g)
                    continue;
                Message m;
                m.memberId = messages.at(i).member;
                m.sentAt = messages.at(i).at;
                m.authorName = QStringLiteral("a");
                m.sourceId = QString::number(i);
                rows << m;
            }
            ASSERT_TRUE(activity.addMessages(g, rows).ok());
        }
        ASSERT_TRUE(activityaggregates::rebuild(ws.db().connection(), kZone).ok());

        purchases = {{1, 1, at(kMonday, 8), 12800, QStringLiteral("CNY")},
                     {1, 1, at(kMonday.addDays(6), 23, 30), 5000, QStringLiteral("CNY")},
                     {1, 2, at(kMonday.addDays(1), 12), 999, QStringLiteral("USD")},
                     {2, 6, at(kMonday.addDays(-2), 12), 30000, QStringLiteral("CNY")},
                     {2, 7, at(kMonday.addDays(7), 0, 5), 7700, QStringLiteral("CNY")}};
        for (const Purchase& p : purchases)
            exec(QStringLiteral("INSERT INTO orders (member_id, group_id, ordered_at, "
                                "amount_cents, currency, created_at) VALUES (%1, %2, '%3', %4, "
                                "'%5', '2026-01-01T00:00:00Z')")
                     .arg(p.member)
                     .arg(p.group)
                     .arg(time::toStorage(p.at))
                     .arg(p.cents)
                     .arg(p.currency));
    }
    void exec(const QString& statement) {
        auto q = sql::exec(ws.db().connection(), statement);
        ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
    }
    bool inWeek(const QDateTime& instant, const QDate& monday) const {
        const QDate d = dayOf(instant);
        return d >= monday && d <= monday.addDays(6);
    }

    test::TempWorkspace ws;
    QList<Stay> stays;
    QList<Msg> messages;
    QList<Purchase> purchases;
};

} // namespace

TEST(WeeklyReportWeeks, ParsesIsoWeeksAndFindsTheLastFullWeek) {
    EXPECT_EQ(weeklyreport::parseIsoWeek(QStringLiteral("2026-W48")), QDate(2026, 11, 23));
    EXPECT_EQ(weeklyreport::parseIsoWeek(QStringLiteral("2026-W01")), QDate(2025, 12, 29));
    EXPECT_EQ(weeklyreport::parseIsoWeek(QStringLiteral("2020-W53")), QDate(2020, 12, 28));
    EXPECT_EQ(weeklyreport::parseIsoWeek(QStringLiteral("2026-W53")), QDate(2026, 12, 28));
    EXPECT_EQ(weeklyreport::parseIsoWeek(QStringLiteral("2026w05")), QDate(2026, 1, 26));
    for (const char* bad : {"2026-W54", "2025-W53", "2026-W00", "2026-48", "W48", "", "2026-W4"})
        EXPECT_FALSE(weeklyreport::parseIsoWeek(QString::fromLatin1(bad))) << bad;
    EXPECT_EQ(weeklyreport::isoWeekName(QDate(2025, 12, 29)), QStringLiteral("2026-W01"));
    EXPECT_EQ(weeklyreport::isoWeekName(QDate(2026, 11, 29)), QStringLiteral("2026-W48"));
    // Thursday 3 December: the last full week is 23–29 November; on a Monday, the week before;
    // on a Sunday the current week is not over yet.
    EXPECT_EQ(weeklyreport::lastFullWeek(QDate(2026, 12, 3)), QDate(2026, 11, 23));
    EXPECT_EQ(weeklyreport::lastFullWeek(QDate(2026, 11, 30)), QDate(2026, 11, 23));
    EXPECT_EQ(weeklyreport::lastFullWeek(QDate(2026, 11, 29)), QDate(2026, 11, 16));
}

TEST_F(WeeklyReportTest, KpisPerGroupMatchTheRawRows) {
    auto report = weeklyreport::compute(ws.db(), kMonday);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    ASSERT_EQ(report->groups.size(), 2); // the archived group is left out
    EXPECT_EQ(report->groups.at(0).name, QStringLiteral("Alpha"));
    EXPECT_EQ(report->currency, QStringLiteral("CNY"));
    for (const WeeklyGroupKpis& g : report->groups) {
        SCOPED_TRACE(g.name.toStdString());
        for (const QDate& monday : {kMonday, kMonday.addDays(-7)}) {
            const bool current = monday == kMonday;
            const QDateTime start = QDateTime(monday, QTime(0, 0), kZone);
            const QDateTime end = QDateTime(monday.addDays(7), QTime(0, 0), kZone);
            qint64 count = 0, joins = 0, leaves = 0, present = 0, revenue = 0;
            QSet<qint64> active, buyers, presentIds;
            QList<qint64> perDay(7, 0);
            QList<QSet<qint64>> activeDay(7);
            for (const Msg& m : messages) {
                if (m.group != g.groupId || !inWeek(m.at, monday))
                    continue;
                ++count;
                active.insert(m.member);
                const qint64 i = monday.daysTo(dayOf(m.at));
                ++perDay[i];
                activeDay[i].insert(m.member);
            }
            for (const Stay& s : stays) {
                if (s.group != g.groupId)
                    continue;
                joins += s.joined >= start && s.joined < end ? 1 : 0;
                leaves += s.left.isValid() && s.left >= start && s.left < end ? 1 : 0;
                if (s.joined < end && (!s.left.isValid() || s.left >= end))
                    presentIds.insert(s.member);
            }
            present = presentIds.size();
            for (const Purchase& p : purchases) {
                if (p.group != g.groupId || p.at < start || p.at >= end)
                    continue;
                buyers.insert(p.member);
                revenue += p.currency == QLatin1String("CNY") ? p.cents : 0;
            }
            const auto pick = [current](const WeekKpi& k) {
                return current ? k.current : k.previous;
            };
            EXPECT_EQ(pick(g.messages), count);
            EXPECT_EQ(pick(g.activeMembers), active.size());
            EXPECT_EQ(pick(g.joins), joins);
            EXPECT_EQ(pick(g.leaves), leaves);
            EXPECT_EQ(pick(g.members), present);
            EXPECT_EQ(pick(g.buyers), buyers.size());
            EXPECT_EQ(pick(g.revenueCents), revenue);
            if (current) {
                EXPECT_EQ(g.messagesPerDay, perDay);
                QList<qint64> activePerDay;
                for (const QSet<qint64>& s : activeDay)
                    activePerDay << s.size();
                EXPECT_EQ(g.activePerDay, activePerDay);
                EXPECT_DOUBLE_EQ(g.activeRate(), 100.0 * double(active.size()) / double(present));
            }
        }
    }
    // The hand-picked rows: Alpha's joins in W48 are m11 (Monday 00:10) only, m12 joined late
    // on the Sunday before; Beta's m13 joined at 23:59 on Sunday; m9 left Alpha on Thursday.
    EXPECT_EQ(report->groups.at(0).joins.current, 1);
    EXPECT_EQ(report->groups.at(0).joins.previous, 2);
    EXPECT_EQ(report->groups.at(0).leaves.current, 1);
    EXPECT_EQ(report->groups.at(1).joins.current, 2);
    EXPECT_EQ(report->groups.at(0).revenueCents.current, 17800);
}

TEST_F(WeeklyReportTest, ListsContributorsLurkersAndMembersTurningDeclining) {
    auto report = weeklyreport::compute(ws.db(), kMonday);
    ASSERT_TRUE(report.ok());
    // Top contributors: messages per member and group in the week, most first.
    QMap<std::pair<qint64, qint64>, qint64> counts;
    for (const Msg& m : messages) {
        if (inWeek(m.at, kMonday))
            ++counts[{m.member, m.group}];
    }
    QList<std::pair<qint64, QString>> expected; // (messages, "member/group")
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        expected.append({it.value(), QStringLiteral("m%1/%2")
                                         .arg(it.key().first, 2, 10, QLatin1Char('0'))
                                         .arg(it.key().second == 1 ? QStringLiteral("Alpha")
                                                                   : QStringLiteral("Beta"))});
    std::sort(expected.begin(), expected.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    ASSERT_EQ(report->topContributors.size(),
              qMin<qsizetype>(WeeklyReportData::kTopContributors, expected.size()));
    for (qsizetype i = 0; i < report->topContributors.size(); ++i) {
        const WeeklyMemberLine& line = report->topContributors.at(i);
        EXPECT_EQ(line.messages, expected.at(i).first) << i;
        EXPECT_EQ(line.name + QLatin1Char('/') + line.group, expected.at(i).second) << i;
    }
    // New lurkers: m11 (Alpha, Monday) and m13 (Beta, Sunday 23:59) never posted; m14 did.
    QStringList lurkers;
    for (const WeeklyMemberLine& m : report->newLurkers)
        lurkers << m.name + QLatin1Char('/') + m.group;
    QStringList expectedLurkers;
    for (const Stay& s : stays) {
        if (!inWeek(s.joined, kMonday) || s.left.isValid())
            continue;
        const bool posted = std::any_of(messages.cbegin(), messages.cend(), [&](const Msg& m) {
            return m.group == s.group && m.member == s.member;
        });
        if (!posted)
            expectedLurkers << QStringLiteral("m%1/%2")
                                   .arg(s.member, 2, 10, QLatin1Char('0'))
                                   .arg(s.group == 1 ? QStringLiteral("Alpha")
                                                     : QStringLiteral("Beta"));
    }
    EXPECT_TRUE(expectedLurkers.contains(QStringLiteral("m13/Beta")));
    EXPECT_EQ(lurkers, expectedLurkers);
    EXPECT_EQ(report->newLurkersTotal, expectedLurkers.size());
    // Declining: m4 (last message 24 October) reaches 30 silent days on 23 November, inside the
    // week; m3 (16 October) was Declining already the Sunday before. Buyers are not Declining.
    QStringList declining;
    for (const WeeklyMemberLine& m : report->turnedDeclining)
        declining << m.name;
    EXPECT_TRUE(declining.contains(QStringLiteral("m04"))) << declining.join(u',').toStdString();
    EXPECT_FALSE(declining.contains(QStringLiteral("m03")));
    EXPECT_FALSE(declining.contains(QStringLiteral("m01")));
    for (const WeeklyMemberLine& m : report->turnedDeclining) {
        // Silent for 30 days on Sunday but not on the Sunday before.
        EXPECT_GE(m.day.daysTo(report->sunday()), 30) << m.name.toStdString();
        EXPECT_LT(m.day.daysTo(kMonday.addDays(-1)), 30) << m.name.toStdString();
    }
    EXPECT_EQ(report->turnedDeclining.constFirst().day, QDate(2026, 10, 24));
}
