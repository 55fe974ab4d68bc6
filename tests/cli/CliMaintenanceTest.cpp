// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliRunner.h"
#include "DamagedWorkspace.h"
#include "db/Database.h"
#include "db/Schema.h"
#include "model/Group.h"
#include "store/GroupStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace qundesk;
using qundesk::test::CliRunner;

namespace {

void createWorkspace(const QString& path, const QStringList& groupNames) {
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    for (const QString& name : groupNames) {
        Group g;
        g.name = name;
        ASSERT_TRUE(GroupStore(*db.value()).create(g).ok());
    }
}

// A file claiming to be a QunDesk workspace of schema 99, written without QunDesk's code.
void writeFutureWorkspace(const QString& path) {
    const QString name = QStringLiteral("future-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE settings (key TEXT, value TEXT)")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id = 0x5144534B")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList groupNames(const CliRunner& cli, const QString& ws) {
    const auto run = cli.run({QStringLiteral("--db"), ws, QStringLiteral("--json"),
                              QStringLiteral("group"), QStringLiteral("list")});
    QStringList names;
    const QJsonArray groups = run.json().value(QStringLiteral("groups")).toArray();
    for (const auto& g : groups)
        names << g.toObject().value(QStringLiteral("name")).toString();
    return names;
}

} // namespace

TEST(CliMaintenance, CheckOnFreshWorkspaceReportsSchemaVersion) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    createWorkspace(ws, {});
    const auto run =
        cli.run({QStringLiteral("--db"), ws, QStringLiteral("--json"), QStringLiteral("check")});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(QStringLiteral("ok")).toBool(false), true);
    EXPECT_EQ(json.value(QStringLiteral("schema_version")).toInt(), schema::kCurrentVersion);
    EXPECT_EQ(json.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
}

TEST(CliMaintenance, TextFileIsRefusedWithOneLineAndLeftUnchanged) {
    CliRunner cli;
    const QString path = cli.filePath(QStringLiteral("notes.txt"));
    const QByteArray bytes("name,platform\n新人福利群,wechat\n");
    test::writeFile(path, bytes);
    for (const QStringList& command : {QStringList{QStringLiteral("check")},
                                       QStringList{QStringLiteral("group"), QStringLiteral("list")},
                                       QStringList{QStringLiteral("restore"), path}}) {
        const auto run = cli.run(QStringList{QStringLiteral("--db"), path} + command);
        EXPECT_NE(run.exitCode, 0) << command.join(QLatin1Char(' ')).toStdString();
        ASSERT_EQ(run.errLines().size(), 1) << run.err.constData();
        EXPECT_TRUE(run.errLines().first().contains(path)) << run.err.constData();
        EXPECT_EQ(test::fileBytes(path), bytes);
    }
    EXPECT_EQ(QDir(cli.dir()).entryList({QStringLiteral("notes.txt*")}, QDir::Files),
              QStringList{QStringLiteral("notes.txt")});
}

TEST(CliMaintenance, NewerWorkspaceIsRefusedAndLeftUnchanged) {
    CliRunner cli;
    const QString path = cli.filePath(QStringLiteral("future.qundesk"));
    writeFutureWorkspace(path);
    const QByteArray before = test::fileBytes(path);
    ASSERT_FALSE(before.isEmpty());
    for (const QStringList& command :
         {QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("group"), QStringLiteral("list")}}) {
        const auto run = cli.run(QStringList{QStringLiteral("--db"), path} + command);
        EXPECT_NE(run.exitCode, 0);
        ASSERT_EQ(run.errLines().size(), 1) << run.err.constData();
        EXPECT_TRUE(run.errLines().first().contains(QStringLiteral("newer")));
        EXPECT_EQ(test::fileBytes(path), before);
    }
}

TEST(CliMaintenance, BackupThenRestoreRoundTrip) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    const QString backup = cli.filePath(QStringLiteral("saved/backup.qundesk"));
    createWorkspace(ws, {QStringLiteral("Kept")});
    ASSERT_TRUE(QDir(cli.dir()).mkdir(QStringLiteral("saved")));

    const auto saved = cli.run(
        {QStringLiteral("--db"), ws, QStringLiteral("--json"), QStringLiteral("backup"), backup});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.constData();
    EXPECT_EQ(saved.json().value(QStringLiteral("backup")).toString(), backup);
    EXPECT_TRUE(QFile::exists(backup));

    const auto again = cli.run({QStringLiteral("--db"), ws, QStringLiteral("backup"), backup});
    EXPECT_NE(again.exitCode, 0);
    EXPECT_EQ(again.errLines().size(), 1);

    createWorkspace(ws, {QStringLiteral("Added later")});
    ASSERT_EQ(groupNames(cli, ws).size(), 2);

    const auto restored = cli.run(
        {QStringLiteral("--db"), ws, QStringLiteral("--json"), QStringLiteral("restore"), backup});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.constData();
    EXPECT_EQ(groupNames(cli, ws), QStringList{QStringLiteral("Kept")});
    EXPECT_EQ(QDir(cli.dir())
                  .entryList({QStringLiteral("ws.qundesk.before-restore-*")}, QDir::Files)
                  .size(),
              1);
}

// A damaged workspace: `check` names the damaged table and exits 1; an import that meets the
// damage fails and leaves the file as it was.
TEST(CliMaintenance, CheckNamesTheDamagedTableAndAnImportWritesNothing) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    createWorkspace(ws, {QStringLiteral("新人群")});
    ASSERT_TRUE(test::damageTable(ws, QStringLiteral("chat_groups")));
    const auto checked =
        cli.run({QStringLiteral("--db"), ws, QStringLiteral("--json"), QStringLiteral("check")});
    EXPECT_EQ(checked.exitCode, 1);
    const QJsonObject json = checked.json();
    EXPECT_FALSE(json.value(QStringLiteral("ok")).toBool(true));
    EXPECT_EQ(json.value(QStringLiteral("damaged_tables")).toArray(),
              QJsonArray({QStringLiteral("chat_groups")}));
    EXPECT_TRUE(QString::fromUtf8(checked.err).contains(
        QStringLiteral("damaged in the tables chat_groups")))
        << checked.err.constData();

    QFile before(ws);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    const QString csv = cli.filePath(QStringLiteral("members.csv"));
    QFile out(csv);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("name,group\n张三,新人群\n");
    out.close();
    const auto imported = cli.run(
        {QStringLiteral("--db"), ws, QStringLiteral("import"), QStringLiteral("members"), csv});
    EXPECT_EQ(imported.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(imported.err).contains(QStringLiteral("damaged")))
        << imported.err.constData();
    const QString ordersCsv = cli.filePath(QStringLiteral("orders.csv"));
    QFile orders(ordersCsv);
    ASSERT_TRUE(orders.open(QIODevice::WriteOnly));
    orders.write("date,member,amount\n2026-05-01,张三,99\n");
    orders.close();
    const auto ordered = cli.run(
        {QStringLiteral("--db"), ws, QStringLiteral("import"), QStringLiteral("orders"), ordersCsv});
    EXPECT_EQ(ordered.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(ordered.err).contains(QStringLiteral("damaged")))
        << ordered.err.constData();
    QFile after(ws);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), bytes);
}
