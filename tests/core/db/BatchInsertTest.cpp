// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/BatchInsert.h"

#include "SqlitePaths.h"
#include "TempWorkspace.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

qint64 scalar(const QSqlDatabase& db, const char* statement) {
    return sql::scalar(db, QString::fromUtf8(statement))->toLongLong();
}

class BatchInsertTest : public test::SqlitePaths {};
QUNDESK_BOTH_SQLITE_PATHS(BatchInsertTest);

TEST_P(BatchInsertTest, WritesFullBatchesAsTheyFillAndTheRestOnFlush) {
    test::TempWorkspace ws;
    const QSqlDatabase db = ws.db().connection();
    BatchInsert tags(db, QStringLiteral("INSERT INTO tags (name, category)"), 2, {}, 4);
    for (int i = 0; i < 10; ++i) {
        ASSERT_TRUE(
            tags.add({QStringLiteral("t%1").arg(i), i % 2 ? QVariant() : QVariant(i)}).ok());
        EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM tags"), (i + 1) / 4 * 4);
    }
    EXPECT_EQ(tags.pending(), 2);
    ASSERT_TRUE(tags.flush().ok());
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM tags"), 10);
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM tags WHERE category IS NULL"), 5);
    EXPECT_EQ(tags.rowsWritten(), 10);
}

TEST_P(BatchInsertTest, ChildBatchWritesItsParentFirst) {
    test::TempWorkspace ws;
    const QSqlDatabase db = ws.db().connection();
    Transaction tx(db);
    BatchInsert members(db,
                        QStringLiteral("INSERT INTO members (id, display_name, created_at, "
                                       "updated_at)"),
                        4, {}, 50);
    BatchInsert identities(
        db, QStringLiteral("INSERT INTO member_identities (member_id, platform, platform_uid)"), 3,
        {}, 2);
    identities.writeAfter(&members);
    for (int i = 1; i <= 5; ++i) {
        ASSERT_TRUE(
            members.add({i, QStringLiteral("m%1").arg(i), QStringLiteral("x"), QStringLiteral("x")})
                .ok());
        // The identity batch fills at every second row, before the member batch would.
        auto added = identities.add({i, QStringLiteral("wechat"), QStringLiteral("u%1").arg(i)});
        ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    }
    ASSERT_TRUE(identities.flush().ok());
    ASSERT_TRUE(tx.commit().ok());
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM member_identities"), 5);
}

TEST_P(BatchInsertTest, ReportsTheDatabaseError) {
    test::TempWorkspace ws;
    BatchInsert bad(ws.db().connection(), QStringLiteral("INSERT INTO no_such_table (a)"), 1);
    ASSERT_TRUE(bad.add({1}).ok()) << "buffered, not yet written";
    const Status s = bad.flush();
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("no_such_table")))
        << qPrintable(s.error().message);
}

TEST_P(BatchInsertTest, ConstraintFailureNamesTheStatementAndWritesNothingOfTheBatch) {
    test::TempWorkspace ws;
    const QSqlDatabase db = ws.db().connection();
    BatchInsert tags(db, QStringLiteral("INSERT INTO tags (id, name)"), 2, {}, 3);
    ASSERT_TRUE(tags.add({1, QStringLiteral("a")}).ok());
    ASSERT_TRUE(tags.add({2, QStringLiteral("b")}).ok());
    const Status s = tags.add({1, QStringLiteral("again")}); // fills the batch: written now
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("INSERT INTO tags")))
        << qPrintable(s.error().message);
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM tags"), 0);
}

TEST_P(BatchInsertTest, TheRowsAFlushLeavesAreWrittenAllOrNone) {
    test::TempWorkspace ws;
    const QSqlDatabase db = ws.db().connection();
    Transaction tx(db);
    BatchInsert tags(db, QStringLiteral("INSERT INTO tags (id, name)"), 2, {}, 10);
    ASSERT_TRUE(tags.add({1, QStringLiteral("a")}).ok());
    ASSERT_TRUE(tags.add({2, QStringLiteral("b")}).ok());
    ASSERT_TRUE(tags.add({1, QStringLiteral("again")}).ok()) << "buffered";
    EXPECT_FALSE(tags.flush().ok());
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM tags"), 0) << "not the first two either";
    EXPECT_EQ(tags.rowsWritten(), 0);
}

TEST_P(BatchInsertTest, NullStringsAndDatesAreStoredAsNull) {
    test::TempWorkspace ws;
    const QSqlDatabase db = ws.db().connection();
    ASSERT_TRUE(sql::exec(db, QStringLiteral("CREATE TEMP TABLE nulls (s, d, e)")).ok());
    BatchInsert nulls(db, QStringLiteral("INSERT INTO nulls (s, d, e)"), 3);
    ASSERT_TRUE(nulls.add({QString(), QDate(), QString(QLatin1String(""))}).ok());
    ASSERT_TRUE(nulls.flush().ok());
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM nulls WHERE s IS NULL AND d IS NULL"), 1);
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM nulls WHERE e = ''"), 1)
        << "an empty string stays an empty string";
}

TEST_P(BatchInsertTest, StoresEachKindOfValueAsQtSqlWould) {
    test::TempWorkspace ws;
    const QSqlDatabase db = ws.db().connection();
    ASSERT_TRUE(sql::exec(db, QStringLiteral("CREATE TEMP TABLE kinds (i, r, t, b, n, d)")).ok());
    BatchInsert kinds(db, QStringLiteral("INSERT INTO kinds (i, r, t, b, n, d)"), 6);
    ASSERT_TRUE(kinds
                    .add({qint64(1) << 40, 2.5, QStringLiteral("群成员 ✓"), QByteArray("\0\1", 2),
                          QVariant(QMetaType::fromType<QString>()), QDate(2026, 6, 3)})
                    .ok());
    ASSERT_TRUE(kinds.flush().ok());
    auto q = sql::exec(db, QStringLiteral("SELECT typeof(i), i, typeof(r), r, t, typeof(b), "
                                          "length(b), typeof(n), d FROM kinds"));
    ASSERT_TRUE(q.ok() && q->next());
    EXPECT_EQ(q->value(0).toString(), QStringLiteral("integer"));
    EXPECT_EQ(q->value(1).toLongLong(), qint64(1) << 40);
    EXPECT_EQ(q->value(2).toString(), QStringLiteral("real"));
    EXPECT_DOUBLE_EQ(q->value(3).toDouble(), 2.5);
    EXPECT_EQ(q->value(4).toString(), QStringLiteral("群成员 ✓"));
    EXPECT_EQ(q->value(5).toString(), QStringLiteral("blob"));
    EXPECT_EQ(q->value(6).toInt(), 2);
    EXPECT_EQ(q->value(7).toString(), QStringLiteral("null"));
    EXPECT_EQ(q->value(8).toString(), QStringLiteral("2026-06-03"));
}

TEST(NativeSqlite, ServesQtsOwnConnectionInsideItsTransaction) {
    test::TempWorkspace ws;
    const QSqlDatabase db = ws.db().connection();
    sqlite3* handle = nativesqlite::handle(db);
#if QUNDESK_EXPECT_NATIVE_SQLITE
    ASSERT_NE(handle, nullptr) << "Qt's SQLite driver and QunDesk should share the system SQLite";
#endif
    if (handle == nullptr)
        GTEST_SKIP() << "Qt carries its own SQLite here: every write goes through QtSql";
    {
        Transaction tx(db);
        nativesqlite::Statement insert;
        ASSERT_TRUE(
            insert.prepare(handle, QStringLiteral("INSERT INTO tags (name) VALUES (?)")).ok());
        auto changed = insert.run({QStringLiteral("标签")});
        ASSERT_TRUE(changed.ok());
        EXPECT_EQ(*changed, 1);
        EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM tags"), 1) << "QtSql sees the row at once";
        // tx rolls back here
    }
    EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM tags"), 0) << "and it went with the transaction";
    nativesqlite::setAllowed(false);
    EXPECT_EQ(nativesqlite::handle(db), nullptr);
    nativesqlite::setAllowed(true);
}

TEST(NativeSqlite, ServesOnlyConnectionsOpenedUnderAWitnessUntilForgotten) {
    test::TempWorkspace ws;
    const auto open = [&ws](const QString& name, bool witnessed) {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(ws.path());
        if (witnessed) {
            const nativesqlite::OpenWitness witness;
            EXPECT_TRUE(raw.open());
        } else {
            EXPECT_TRUE(raw.open());
        }
        return raw;
    };
    {
        QSqlDatabase plain = open(QStringLiteral("plain"), false);
        EXPECT_EQ(nativesqlite::handle(plain), nullptr) << "no proof who opened it";
        QSqlDatabase witnessed = open(QStringLiteral("witnessed"), true);
        if (nativesqlite::handle(ws.db().connection()) != nullptr) {
            EXPECT_NE(nativesqlite::handle(witnessed), nullptr);
            nativesqlite::forget(witnessed);
            EXPECT_EQ(nativesqlite::handle(witnessed), nullptr) << "forgotten before closing";
        }
        plain.close();
        witnessed.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    QSqlDatabase::removeDatabase(QStringLiteral("witnessed"));
}

} // namespace
