// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliRunner.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "model/Group.h"
#include "store/GroupStore.h"

#include <QJsonArray>
#include <QSqlDatabase>

#include <gtest/gtest.h>

using namespace qundesk;
using qundesk::test::CliRunner;

namespace {

// Three groups: 2, 0 and 1 current members (one more member left the first group).
void prepareThreeGroups(const QString& path) {
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    GroupStore groups(*db.value());
    QList<qint64> ids;
    const QList<QPair<QString, QString>> made = {
        {QStringLiteral("新人福利群"), QStringLiteral("wechat")},
        {QStringLiteral("VIP Club"), QStringLiteral("telegram")},
        {QStringLiteral("Deals"), QStringLiteral("qq")}};
    for (const auto& [name, platform] : made) {
        Group g;
        g.name = name;
        g.platform = platform;
        g.purpose = QStringLiteral("vip");
        auto id = groups.create(g);
        ASSERT_TRUE(id.ok());
        ids << *id;
    }
    const auto conn = db.value()->connection();
    auto addMember = [&conn](qint64 groupId, const QString& name, bool left) {
        auto m = sql::exec(conn,
                           QStringLiteral("INSERT INTO members (display_name, created_at, "
                                          "updated_at) VALUES (:n, '2026-01-01T00:00:00Z', "
                                          "'2026-01-01T00:00:00Z')"),
                           {{QStringLiteral(":n"), name}});
        ASSERT_TRUE(m.ok());
        ASSERT_TRUE(sql::exec(conn,
                              QStringLiteral("INSERT INTO memberships (group_id, member_id, "
                                             "joined_at, left_at) VALUES (:g, :m, "
                                             "'2026-01-02T00:00:00Z', :left)"),
                              {{QStringLiteral(":g"), groupId},
                               {QStringLiteral(":m"), m->lastInsertId()},
                               {QStringLiteral(":left"),
                                left ? QVariant(QStringLiteral("2026-02-01T00:00:00Z"))
                                     : QVariant(QMetaType::fromType<QString>())}})
                        .ok());
    };
    addMember(ids[0], QStringLiteral("Ann"), false);
    addMember(ids[0], QStringLiteral("Bo"), false);
    addMember(ids[0], QStringLiteral("Cy"), true);
    addMember(ids[2], QStringLiteral("Di"), false);
}

QJsonObject groupNamed(const QJsonArray& groups, const QString& name) {
    for (const auto& g : groups) {
        if (g.toObject().value(QStringLiteral("name")).toString() == name)
            return g.toObject();
    }
    return {};
}

} // namespace

TEST(CliWorkspace, GroupListReportsEveryGroupWithMemberCounts) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    prepareThreeGroups(ws);

    const auto run = cli.run({QStringLiteral("--db"), ws, QStringLiteral("--json"),
                              QStringLiteral("group"), QStringLiteral("list")});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.err.isEmpty());
    EXPECT_EQ(run.out.count('\n'), 1); // compact: one line
    const QJsonArray groups = run.json().value(QStringLiteral("groups")).toArray();
    ASSERT_EQ(groups.size(), 3);
    const QJsonObject first = groupNamed(groups, QStringLiteral("新人福利群"));
    EXPECT_EQ(first.value(QStringLiteral("members")).toInt(-1), 2);
    EXPECT_EQ(first.value(QStringLiteral("platform")).toString(), QStringLiteral("wechat"));
    EXPECT_EQ(first.value(QStringLiteral("purpose")).toString(), QStringLiteral("vip"));
    EXPECT_EQ(
        groupNamed(groups, QStringLiteral("VIP Club")).value(QStringLiteral("members")).toInt(-1),
        0);
    EXPECT_EQ(
        groupNamed(groups, QStringLiteral("Deals")).value(QStringLiteral("members")).toInt(-1), 1);
}

TEST(CliWorkspace, GroupListAsTextIsATable) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    prepareThreeGroups(ws);
    const auto run =
        cli.run({QStringLiteral("--db"), ws, QStringLiteral("group"), QStringLiteral("list")});
    ASSERT_EQ(run.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4); // header + 3 groups
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("Name")));
    EXPECT_TRUE(QString::fromUtf8(run.out).contains(QStringLiteral("新人福利群")));
}

TEST(CliWorkspace, ReportSummaryReturnsEveryContractKey) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    prepareThreeGroups(ws);
    const auto run =
        cli.run({QStringLiteral("--db"), ws, QStringLiteral("--json"), QStringLiteral("report"),
                 QStringLiteral("summary"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-03-31")});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonObject json = run.json();
    for (const char* key : {"groups", "members", "messages", "active_members", "joins", "leaves",
                            "buyers", "orders", "revenue"})
        EXPECT_TRUE(json.value(QLatin1String(key)).isDouble()) << key;

    const auto text =
        cli.run({QStringLiteral("--db"), ws, QStringLiteral("report"), QStringLiteral("summary"),
                 QStringLiteral("--group"), QStringLiteral("Deals")});
    ASSERT_EQ(text.exitCode, 0) << text.err.constData();
    EXPECT_TRUE(QString::fromUtf8(text.out).contains(QStringLiteral("Active members:")));
}

TEST(CliWorkspace, ReportSummaryRefusesUnknownGroupAndBadDate) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    prepareThreeGroups(ws);
    const auto group =
        cli.run({QStringLiteral("--db"), ws, QStringLiteral("report"), QStringLiteral("summary"),
                 QStringLiteral("--group"), QStringLiteral("Nobody's group")});
    EXPECT_NE(group.exitCode, 0);
    ASSERT_EQ(group.errLines().size(), 1);
    EXPECT_TRUE(group.errLines().first().contains(QStringLiteral("Nobody's group")));

    const auto date =
        cli.run({QStringLiteral("--db"), ws, QStringLiteral("report"), QStringLiteral("summary"),
                 QStringLiteral("--to"), QStringLiteral("31/03/2026")});
    EXPECT_NE(date.exitCode, 0);
    ASSERT_EQ(date.errLines().size(), 1);
    EXPECT_TRUE(date.errLines().first().contains(QStringLiteral("--to")));
    EXPECT_TRUE(date.errLines().first().contains(QStringLiteral("31/03/2026")));
}

TEST(CliWorkspace, MissingWorkspaceIsReportedNotCreated) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("absent.qundesk"));
    const auto run =
        cli.run({QStringLiteral("--db"), ws, QStringLiteral("group"), QStringLiteral("list")});
    EXPECT_NE(run.exitCode, 0);
    ASSERT_EQ(run.errLines().size(), 1);
    EXPECT_TRUE(run.errLines().first().contains(ws));
    EXPECT_FALSE(QFile::exists(ws));
}

TEST(CliWorkspace, ReportSummaryKeepsOtherCurrenciesApart) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    prepareThreeGroups(ws);
    {
        auto db = Database::open(ws);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(sql::exec(db.value()->connection(),
                              QStringLiteral("INSERT INTO orders (ordered_at, amount_cents, "
                                             "currency, created_at) VALUES "
                                             "('2026-02-01T04:00:00Z', 123400, 'CNY', 'x'), "
                                             "('2026-02-02T04:00:00Z', 1250, 'USD', 'x')"))
                        .ok());
    }
    const auto run = cli.run({QStringLiteral("--db"), ws, QStringLiteral("--json"),
                              QStringLiteral("report"), QStringLiteral("summary")});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonObject json = run.json();
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("revenue")).toDouble(), 1234.0);
    const QJsonObject other = json.value(QStringLiteral("revenue_other")).toObject();
    EXPECT_EQ(other.keys(), QStringList{QStringLiteral("USD")});
    EXPECT_DOUBLE_EQ(other.value(QStringLiteral("USD")).toDouble(), 12.5);

    const auto text =
        cli.run({QStringLiteral("--db"), ws, QStringLiteral("report"), QStringLiteral("summary")});
    ASSERT_EQ(text.exitCode, 0) << text.err.constData();
    // "¥1,234.00 (also $12.50)", the symbols placed as the locale places them.
    const QString out = QString::fromUtf8(text.out);
    EXPECT_TRUE(out.contains(QStringLiteral("1,234.00"))) << text.out.constData();
    EXPECT_TRUE(out.contains(QStringLiteral("(also "))) << text.out.constData();
    EXPECT_TRUE(out.contains(QStringLiteral("12.50$)")) || out.contains(QStringLiteral("$12.50)")))
        << text.out.constData();
}
