// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/BatchInsert.h"

#include "TempWorkspace.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

qint64 scalar(const QSqlDatabase& db, const char* statement) {
    return sql::scalar(db, QString::fromUtf8(statement))->toLongLong();
}

TEST(BatchInsert, WritesFullBatchesAsTheyFillAndTheRestOnFlush) {
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

TEST(BatchInsert, ChildBatchWritesItsParentFirst) {
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

TEST(BatchInsert, ReportsTheDatabaseError) {
    test::TempWorkspace ws;
    BatchInsert bad(ws.db().connection(), QStringLiteral("INSERT INTO no_such_table (a)"), 1);
    ASSERT_TRUE(bad.add({1}).ok()) << "buffered, not yet written";
    EXPECT_FALSE(bad.flush().ok());
}

} // namespace
