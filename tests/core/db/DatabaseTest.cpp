// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Database.h"

#include "TempWorkspace.h"
#include "db/Schema.h"
#include "db/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes an SQLite file through a plain connection, outside QunDesk's Database class.
void writeForeignSqlite(const QString& path, const QStringList& statements) {
    const QString name = QStringLiteral("foreign-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString& s : statements)
            ASSERT_TRUE(sql::exec(db, s).ok()) << s.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST(Database, CreatesNewWorkspaceWithCurrentSchema) {
    test::TempWorkspace ws;
    EXPECT_EQ(ws.db().schemaVersion(), schema::kCurrentVersion);
    auto appId = sql::scalar(ws.db().connection(), QStringLiteral("PRAGMA application_id"));
    ASSERT_TRUE(appId.ok());
    EXPECT_EQ(appId->toLongLong(), schema::kApplicationId);
    EXPECT_TRUE(QFile::exists(ws.path()));
}

TEST(Database, EnablesForeignKeysAndWal) {
    test::TempWorkspace ws;
    auto fk = sql::scalar(ws.db().connection(), QStringLiteral("PRAGMA foreign_keys"));
    auto mode = sql::scalar(ws.db().connection(), QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(fk.ok() && mode.ok());
    EXPECT_EQ(fk->toInt(), 1);
    EXPECT_EQ(mode->toString(), QStringLiteral("wal"));
}

TEST(Database, ReopensExistingWorkspaceKeepingData) {
    test::TempWorkspace ws;
    ASSERT_TRUE(sql::exec(ws.db().connection(),
                          QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')"))
                    .ok());
    ws.close();
    auto again = Database::open(ws.path());
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    auto value = sql::scalar(again.value()->connection(),
                             QStringLiteral("SELECT value FROM settings WHERE key = 'k'"));
    ASSERT_TRUE(value.ok());
    EXPECT_EQ(value->toString(), QStringLiteral("v"));
}

TEST(Database, RefusesNonSqliteFileAndLeavesItUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("name,platform\n新人福利群,wechat\n");
    }
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("not an SQLite")));
    EXPECT_EQ(db.error().file, path);
    EXPECT_EQ(fileHash(path), before);
}

TEST(Database, RefusesSqliteFileOfAnotherProgram) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    writeForeignSqlite(path, {QStringLiteral("CREATE TABLE contacts (id INTEGER, name TEXT)")});
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("another program")));
    EXPECT_EQ(fileHash(path), before);
}

TEST(Database, RefusesWorkspaceFromNewerVersionAndLeavesItUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.qundesk"));
    writeForeignSqlite(
        path, {QStringLiteral("CREATE TABLE settings (key TEXT, value TEXT)"),
               QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId),
               QStringLiteral("PRAGMA user_version = %1").arg(schema::kCurrentVersion + 5)});
    const QByteArray before = fileHash(path);
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer QunDesk")));
    EXPECT_TRUE(db.error().message.contains(QString::number(schema::kCurrentVersion + 5)));
    EXPECT_EQ(fileHash(path), before);
}

TEST(Database, OpensEmptyFileAsNewWorkspace) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.qundesk"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), schema::kCurrentVersion);
}

TEST(Database, IntegrityCheckPassesOnFreshAndReportsBrokenReference) {
    test::TempWorkspace ws;
    EXPECT_TRUE(ws.db().checkIntegrity().ok());
    auto conn = ws.db().connection();
    ASSERT_TRUE(sql::exec(conn, QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    ASSERT_TRUE(sql::exec(conn, QStringLiteral("INSERT INTO memberships (group_id, member_id, "
                                               "joined_at) VALUES (99, 98, '2026-01-01')"))
                    .ok());
    ASSERT_TRUE(sql::exec(conn, QStringLiteral("PRAGMA foreign_keys = ON")).ok());
    const Status status = ws.db().checkIntegrity();
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("memberships")));
}

TEST(Database, SecondConnectionSeesSameData) {
    test::TempWorkspace ws;
    ASSERT_TRUE(sql::exec(ws.db().connection(),
                          QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')"))
                    .ok());
    auto other = ws.db().openAnother();
    ASSERT_TRUE(other.ok());
    auto value = sql::scalar(other.value()->connection(),
                             QStringLiteral("SELECT value FROM settings WHERE key = 'a'"));
    ASSERT_TRUE(value.ok());
    EXPECT_EQ(value->toString(), QStringLiteral("b"));
}

TEST(Database, InMemoryWorkspaceHasSchema) {
    auto db = Database::openInMemory();
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(db.value()->schemaVersion(), schema::kCurrentVersion);
    EXPECT_FALSE(db.value()->openAnother().ok());
}

TEST(Sql, BindsUsedByKeepsTheNamesTheStatementHas) {
    const QVariantMap binds{{QStringLiteral(":p1"), 1},
                            {QStringLiteral(":p10"), 10},
                            {QStringLiteral(":group"), 3},
                            {QStringLiteral(":from"), QStringLiteral("2026-06-01")}};
    const QVariantMap used =
        sql::bindsUsedBy(QStringLiteral("SELECT :p10 WHERE g = :group OR :group = 0"), binds);
    EXPECT_EQ(used.keys(), (QStringList{QStringLiteral(":group"), QStringLiteral(":p10")}))
        << ":p1 only starts :p10";
    EXPECT_EQ(sql::bindsUsedBy(QStringLiteral("SELECT :p1"), binds).keys(),
              QStringList{QStringLiteral(":p1")});
    EXPECT_TRUE(sql::bindsUsedBy(QStringLiteral("SELECT 1"), binds).isEmpty());
}

TEST(Database, OpeningASchemaSixWorkspaceFillsTheHourAggregatesInItsZone) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.qundesk"));
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
        raw.setDatabaseName(path);
        ASSERT_TRUE(raw.open());
        for (int v = 1; v <= 6; ++v)
            ASSERT_TRUE(schema::applyStep(raw, v).ok());
        for (const char* statement :
             {"INSERT INTO settings (key, value) VALUES ('time_zone', 'America/New_York')",
              "INSERT INTO chat_groups (id, name, platform, created_at) VALUES (1, 'g', 'wechat', "
              "'x')",
              // 03:30 UTC on 10 March 2024 is 22:30 on the 9th in New York (EST, UTC-5);
              // 12:00 UTC on the 10th is 08:00 there (EDT, UTC-4 since that morning).
              "INSERT INTO messages (group_id, sent_at, day, source_id) VALUES "
              "(1, '2024-03-10T03:30:00Z', '2024-03-09', 'a'), "
              "(1, '2024-03-10T12:00:00Z', '2024-03-10', 'b')"})
            ASSERT_TRUE(sql::exec(raw, QString::fromUtf8(statement)).ok()) << statement;
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6"));
    auto db = Database::open(path);
    ASSERT_TRUE(db) << db.error().toString().toStdString();
    EXPECT_EQ((*db)->schemaVersion(), schema::kCurrentVersion);
    QStringList hours;
    auto q = sql::exec((*db)->connection(), QStringLiteral("SELECT day, hour FROM "
                                                           "group_hour_activity ORDER BY day"));
    while (q.ok() && q->next())
        hours << q->value(0).toString() + QLatin1Char(' ') + q->value(1).toString();
    EXPECT_EQ(hours,
              (QStringList{QStringLiteral("2024-03-09 22"), QStringLiteral("2024-03-10 8")}));
}
