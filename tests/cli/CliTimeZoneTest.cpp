// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The workspace's own time zone through the real qundesk-cli: the same file reports the same
// days whatever zone the machine is in (TZ), the global --tz reads one run in another zone
// without changing the file, and a new workspace keeps the zone it was created in.
#include "CliRunner.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "rules/MemberStatusUpdater.h"
#include "rules/TimeZoneChange.h"
#include "store/ActivityStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QFile>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace qundesk;
using qundesk::test::CliRun;
using qundesk::test::CliRunner;

namespace {

const QString kShanghai = QStringLiteral("Asia/Shanghai");
const QString kNewYork = QStringLiteral("America/New_York");

void exec(Database& db, const QString& statement, const QVariantMap& binds = {}) {
    auto r = sql::exec(db.connection(), statement, binds);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
}

// A workspace in Asia/Shanghai whose messages and order sit near midnight, so Shanghai and New
// York days differ:
//   Ann 2026-03-07T17:00Z, 2026-03-08T03:00Z  → Shanghai 8 Mar, 8 Mar; New York 7 Mar, 7 Mar
//   Bo  2026-03-08T12:00Z, 2026-03-08T17:00Z  → Shanghai 8 Mar, 9 Mar; New York 8 Mar, 8 Mar
//   Ann's order 2026-03-08T20:00Z             → Shanghai 9 Mar;        New York 8 Mar
// Cy joined and never posted. Stages are computed as of 9 March.
void prepare(const QString& path) {
    auto opened = Database::open(path);
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    Database& db = **opened;
    ASSERT_TRUE(SettingsStore(db).setTimeZone(QTimeZone(kShanghai.toLatin1())).ok());
    exec(db, QStringLiteral("INSERT INTO chat_groups (id, name, created_at) VALUES (1, '宝妈群', "
                            "'2026-01-01T00:00:00Z')"));
    int id = 0;
    for (const char* name : {"Ann", "Bo", "Cy"}) {
        ++id;
        exec(db,
             QStringLiteral("INSERT INTO members (id, display_name, created_at, updated_at) "
                            "VALUES (:id, :name, 'x', 'x')"),
             {{QStringLiteral(":id"), id}, {QStringLiteral(":name"), QString::fromLatin1(name)}});
        exec(db,
             QStringLiteral("INSERT INTO memberships (group_id, member_id, joined_at) VALUES "
                            "(1, :id, '2026-03-01T00:00:00Z')"),
             {{QStringLiteral(":id"), id}});
    }
    QList<Message> messages;
    const QList<std::pair<qint64, const char*>> sent = {{1, "2026-03-07T17:00:00Z"},
                                                        {1, "2026-03-08T03:00:00Z"},
                                                        {2, "2026-03-08T12:00:00Z"},
                                                        {2, "2026-03-08T17:00:00Z"}};
    for (const auto& [member, at] : sent) {
        Message m;
        m.memberId = member;
        m.sentAt = time::fromStorage(QString::fromLatin1(at));
        m.sourceId = QString::fromLatin1(at);
        messages << m;
    }
    ASSERT_EQ(ActivityStore(db).addMessages(1, messages)->inserted, 4);
    exec(db, QStringLiteral("INSERT INTO orders (member_id, group_id, ordered_at, amount_cents, "
                            "created_at) VALUES (1, 1, '2026-03-08T20:00:00Z', 10000, 'x')"));
    MemberStatusUpdater::Options options;
    options.today = QDate(2026, 3, 9);
    ASSERT_TRUE(MemberStatusUpdater::recompute(db, options).ok());
}

QStringList json(const QString& ws, const QString& tz = {}) {
    QStringList words{QStringLiteral("--db"), ws, QStringLiteral("--json")};
    if (!tz.isEmpty())
        words << QStringLiteral("--tz") << tz;
    return words;
}

const QStringList kSummary8March = {QStringLiteral("report"), QStringLiteral("summary"),
                                    QStringLiteral("--from"), QStringLiteral("2026-03-08"),
                                    QStringLiteral("--to"),   QStringLiteral("2026-03-08")};

// What the reports of one run say, one JSON line per command.
QStringList reports(const CliRunner& cli, const QString& ws, const QString& machineZone,
                    const QString& tz = {}) {
    const QList<QStringList> commands = {
        kSummary8March,
        {QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--from"),
         QStringLiteral("2026-03-09"), QStringLiteral("--to"), QStringLiteral("2026-03-09")},
        {QStringLiteral("report"), QStringLiteral("members"), QStringLiteral("--group"),
         QStringLiteral("宝妈群")},
        {QStringLiteral("report"), QStringLiteral("lifecycle")},
        {QStringLiteral("group"), QStringLiteral("list")},
    };
    QStringList out;
    for (const QStringList& command : commands) {
        const CliRun run = cli.run(json(ws, tz) + command, {{QStringLiteral("TZ"), machineZone}});
        EXPECT_EQ(run.exitCode, 0)
            << command.join(QLatin1Char(' ')).toStdString() << ": " << run.err.constData();
        out << QString::fromUtf8(run.out).trimmed();
    }
    return out;
}

int intOf(const QString& jsonLine, const char* key) {
    return CliRun{0, false, jsonLine.toUtf8(), {}}.json().value(QLatin1String(key)).toInt(-1);
}

} // namespace

TEST(CliTimeZone, SameFileGivesTheSameDaysStagesAndReportsInAnyMachineZone) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    prepare(ws);
    const QStringList shanghai = reports(cli, ws, kShanghai);
    const QStringList newYork = reports(cli, ws, kNewYork);
    EXPECT_EQ(shanghai, newYork);
    // The workspace's days (Shanghai): 8 March has Ann's two messages and Bo's first.
    EXPECT_EQ(intOf(newYork.at(0), "messages"), 3);
    EXPECT_EQ(intOf(newYork.at(0), "active_members"), 2);
    EXPECT_EQ(intOf(newYork.at(0), "orders"), 0);
    EXPECT_EQ(intOf(newYork.at(1), "orders"), 1);
    EXPECT_TRUE(newYork.at(2).contains(QStringLiteral("\"last_message\":\"2026-03-08\"")))
        << newYork.at(2).toStdString();
}

TEST(CliTimeZone, GlobalTzReadsDaysInThatZoneAndLeavesTheFileAlone) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    prepare(ws);
    const QByteArray before = test::fileBytes(ws);

    const QStringList inNewYork = reports(cli, ws, kShanghai, kNewYork);
    // New York's 8 March: Bo's two messages and Ann's order.
    EXPECT_EQ(intOf(inNewYork.at(0), "messages"), 2);
    EXPECT_EQ(intOf(inNewYork.at(0), "active_members"), 1);
    EXPECT_EQ(intOf(inNewYork.at(0), "orders"), 1);
    EXPECT_EQ(intOf(inNewYork.at(1), "messages"), 0);
    // The machine's zone plays no part in it either.
    EXPECT_EQ(reports(cli, ws, kNewYork, kNewYork), inNewYork);

    EXPECT_EQ(test::fileBytes(ws), before) << "--tz never changes the workspace";
    auto db = Database::open(ws, Database::Access::ReadOnly);
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(SettingsStore(**db).storedTimeZone()->id(), kShanghai.toLatin1());
    db.value().reset();

    // The same as a workspace really moved to New York (its days, stages and reports).
    const QString moved = cli.filePath(QStringLiteral("moved.qundesk"));
    ASSERT_TRUE(QFile::copy(ws, moved));
    {
        auto copy = Database::open(moved);
        ASSERT_TRUE(copy.ok());
        ASSERT_TRUE(changeTimeZone(**copy, QTimeZone(kNewYork.toLatin1())).ok());
    }
    EXPECT_EQ(reports(cli, moved, kShanghai), inNewYork);
    // --tz naming the workspace's own zone reads it as it is.
    EXPECT_EQ(reports(cli, ws, kNewYork, kShanghai), reports(cli, ws, kShanghai));
}

TEST(CliTimeZone, BadZoneOrAWritingCommandIsAWrongCommandLine) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    prepare(ws);
    const QByteArray before = test::fileBytes(ws);

    const CliRun bad = cli.run(json(ws, QStringLiteral("Mars/Olympus")) + kSummary8March);
    EXPECT_EQ(bad.exitCode, 2);
    ASSERT_EQ(bad.errLines().size(), 1);
    EXPECT_TRUE(bad.errLines().constFirst().contains(QStringLiteral("Mars/Olympus")));
    EXPECT_TRUE(bad.errLines().constFirst().contains(QStringLiteral("--tz")));

    const CliRun missing = cli.run({QStringLiteral("--db"), ws, QStringLiteral("--tz")});
    EXPECT_EQ(missing.exitCode, 2);

    const CliRun writing =
        cli.run(json(ws, kNewYork) +
                QStringList{QStringLiteral("backup"), cli.filePath(QStringLiteral("b.qundesk"))});
    EXPECT_EQ(writing.exitCode, 2);
    EXPECT_TRUE(writing.errLines().constFirst().contains(QStringLiteral("--tz")));
    EXPECT_FALSE(QFile::exists(cli.filePath(QStringLiteral("b.qundesk"))));
    EXPECT_EQ(test::fileBytes(ws), before);
}

TEST(CliTimeZone, ANewWorkspaceKeepsTheZoneItWasCreatedIn) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("new.qundesk"));
    const QString csv = cli.filePath(QStringLiteral("m.csv"));
    test::writeFile(csv, "name,handle,group\nAnn,ann1,宝妈群\n");
    const CliRun created =
        cli.run(json(ws) + QStringList{QStringLiteral("import"), QStringLiteral("members"), csv},
                {{QStringLiteral("TZ"), kNewYork}});
    ASSERT_EQ(created.exitCode, 0) << created.err.constData();
    // Opened later on a machine in Shanghai (this test process), it is still in New York.
    auto db = Database::open(ws, Database::Access::ReadOnly);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    ASSERT_TRUE(SettingsStore(**db).storedTimeZone().has_value());
    EXPECT_EQ(SettingsStore(**db).storedTimeZone()->id(), kNewYork.toLatin1());
    EXPECT_EQ(SettingsStore(**db).timeZone().id(), kNewYork.toLatin1());
}
