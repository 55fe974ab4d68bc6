// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// The dashboards and the member status read `messages` and `member_day_activity` through index
// ranges only: a full scan of either grows with the workspace's whole history (the scale-10
// demo took ten seconds to open when group health scanned the activity table).
#include "TempWorkspace.h"
#include "db/Sql.h"
#include "demo/DemoWorkspace.h"
#include "metrics/DashboardStatements.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

// Every :name in `statement`, bound to a value of the right shape for its comparisons.
QVariantMap placeholders(const QString& statement) {
    static const QRegularExpression name(QStringLiteral(":[A-Za-z_][A-Za-z0-9_]*"));
    QVariantMap binds;
    for (const auto& match : name.globalMatch(statement)) {
        const QString key = match.captured();
        if (key.startsWith(QLatin1String(":m")) || key.contains(QLatin1String("group")))
            binds.insert(key, 1);
        else if (key == QLatin1String(":all_groups"))
            binds.insert(key, 0);
        else if (key == QLatin1String(":currency"))
            binds.insert(key, QStringLiteral("CNY"));
        else
            binds.insert(key, QStringLiteral("2026-06-20"));
    }
    return binds;
}

// The lines of the statement's query plan that read all of `messages` or
// `member_day_activity` ("SCAN messages", "SCAN a USING COVERING INDEX …" for an alias of
// one), or look stays up by group once per row: empty when both are read through index ranges
// ("SEARCH …") or not at all.
QStringList fullScans(Database& db, const QString& statement) {
    static const QRegularExpression alias(
        QStringLiteral("\\b(messages|member_day_activity)(?:\\s+(?:AS\\s+)?(\\w+))?"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList names = {QStringLiteral("messages"), QStringLiteral("member_day_activity")};
    for (const auto& match : alias.globalMatch(statement)) {
        const QString word = match.captured(2);
        static const QStringList keywords = {
            QStringLiteral("WHERE"), QStringLiteral("ON"),    QStringLiteral("GROUP"),
            QStringLiteral("ORDER"), QStringLiteral("LEFT"),  QStringLiteral("JOIN"),
            QStringLiteral("CROSS"), QStringLiteral("INNER"), QStringLiteral("LIMIT")};
        if (!word.isEmpty() && !keywords.contains(word.toUpper()))
            names << word;
    }
    auto q = sql::exec(db.connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + statement,
                       placeholders(statement));
    EXPECT_TRUE(q.ok()) << q.error().toString().toStdString();
    QStringList scans;
    if (!q)
        return scans;
    // Rows are (id, parent, unused, detail); a correlated subquery runs once per outer row.
    QHash<int, std::pair<int, QString>> rows;
    while (q->next()) {
        const QString detail = q->value(3).toString();
        rows.insert(q->value(0).toInt(), {q->value(1).toInt(), detail});
        for (const QString& table : std::as_const(names)) {
            const QRegularExpression scan(
                QStringLiteral("^SCAN (TABLE )?%1\\b").arg(QRegularExpression::escape(table)));
            if (scan.match(detail).hasMatch())
                scans << detail;
        }
    }
    // A stay looked up by its group alone, once per outer row, reads every stay of the group
    // each time: as slow as a scan (the 7-day active members took 30 s at scale 10).
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (!it->second.contains(QLatin1String("USING INDEX idx_memberships_group")))
            continue;
        for (int up = it->first; rows.contains(up); up = rows.value(up).first) {
            if (rows.value(up).second.startsWith(QLatin1String("CORRELATED"))) {
                scans << it->second + QStringLiteral(" (in a correlated subquery)");
                break;
            }
        }
    }
    return scans;
}

void expectNoFullScans(Database& db) {
    const QList<NamedStatement> statements = dashboardStatements();
    ASSERT_GE(statements.size(), 15);
    for (const NamedStatement& s : statements)
        EXPECT_EQ(fullScans(db, s.text), QStringList())
            << s.name.toStdString() << ": " << s.text.toStdString();
}

TEST(QueryPlan, TheCheckSeesAFullScan) {
    test::TempWorkspace ws;
    EXPECT_FALSE(fullScans(ws.db(), QStringLiteral("SELECT COUNT(*) FROM member_day_activity "
                                                   "WHERE day >= :from_day"))
                     .isEmpty());
    EXPECT_FALSE(
        fullScans(ws.db(), QStringLiteral("SELECT a.group_id FROM member_day_activity a WHERE "
                                          "a.messages > 3"))
            .isEmpty());
    EXPECT_FALSE(
        fullScans(ws.db(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE day >= :from_day"))
            .isEmpty());
    // A stay found by its group for every activity row (before schema 6's statements).
    EXPECT_FALSE(
        fullScans(ws.db(),
                  QStringLiteral("SELECT COUNT(*) FROM member_day_activity a WHERE a.group_id = "
                                 ":group AND a.day >= :from_day AND EXISTS (SELECT 1 FROM "
                                 "memberships m WHERE m.group_id = a.group_id AND m.member_id = "
                                 "a.member_id AND m.joined_at < :end)"))
            .isEmpty());
    EXPECT_TRUE(fullScans(ws.db(), QStringLiteral("SELECT COUNT(*) FROM messages WHERE group_id "
                                                  "= :group AND day >= :from_day"))
                    .isEmpty());
}

TEST(QueryPlan, DashboardAndStatusStatementsReadActivityAndMessagesByIndexRange) {
    test::TempWorkspace ws;
    expectNoFullScans(ws.db());
}

// With the statistics ANALYZE gathers on real data, the plans stay index ranges.
TEST(QueryPlan, PlansStayIndexRangesWithStatisticsOfADemoWorkspace) {
    test::TempWorkspace ws;
    DemoOptions options;
    options.today = QDate(2026, 6, 20);
    ASSERT_TRUE(DemoWorkspace::generate(ws.db(), options).ok());
    ASSERT_TRUE(sql::exec(ws.db().connection(), QStringLiteral("ANALYZE")).ok());
    expectNoFullScans(ws.db());
}

} // namespace
