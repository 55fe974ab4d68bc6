// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Transaction.h"

#include "TempWorkspace.h"
#include "db/Sql.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {
int settingsCount(Database& db) {
    // Other than the time zone every workspace stores when it is created.
    return sql::scalar(db.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM settings WHERE key <> 'time_zone'"))
        ->toInt();
}
Status insertSetting(Database& db, const QString& key) {
    auto q = sql::exec(db.connection(),
                       QStringLiteral("INSERT INTO settings (key, value) VALUES (:k, 'v')"),
                       {{QStringLiteral(":k"), key}});
    return q ? Status{} : Status{q.error()};
}
} // namespace

TEST(Transaction, RollsBackWhenNotCommitted) {
    test::TempWorkspace ws;
    {
        Transaction tx(ws.db().connection());
        ASSERT_TRUE(tx.isActive());
        ASSERT_TRUE(insertSetting(ws.db(), QStringLiteral("a")).ok());
        EXPECT_EQ(settingsCount(ws.db()), 1);
    }
    EXPECT_EQ(settingsCount(ws.db()), 0);
}

TEST(Transaction, CommitKeepsChanges) {
    test::TempWorkspace ws;
    {
        Transaction tx(ws.db().connection());
        ASSERT_TRUE(insertSetting(ws.db(), QStringLiteral("a")).ok());
        ASSERT_TRUE(tx.commit().ok());
        EXPECT_FALSE(tx.isActive());
    }
    EXPECT_EQ(settingsCount(ws.db()), 1);
}

TEST(Transaction, ErrorHalfWayLeavesNothing) {
    test::TempWorkspace ws;
    auto run = [&]() -> Status {
        Transaction tx(ws.db().connection());
        if (auto s = insertSetting(ws.db(), QStringLiteral("a")); !s)
            return s;
        if (auto s = insertSetting(ws.db(), QStringLiteral("a")); !s) // duplicate key
            return s;
        return tx.commit();
    };
    EXPECT_FALSE(run().ok());
    EXPECT_EQ(settingsCount(ws.db()), 0);
}

TEST(Transaction, CommitTwiceReportsError) {
    test::TempWorkspace ws;
    Transaction tx(ws.db().connection());
    ASSERT_TRUE(tx.commit().ok());
    EXPECT_FALSE(tx.commit().ok());
}

TEST(Transaction, InnerGuardIsASavepoint) {
    test::TempWorkspace ws;
    {
        Transaction outer(ws.db().connection());
        ASSERT_TRUE(insertSetting(ws.db(), QStringLiteral("outer")).ok());
        {
            Transaction inner(ws.db().connection());
            ASSERT_TRUE(inner.isActive());
            ASSERT_TRUE(insertSetting(ws.db(), QStringLiteral("inner-dropped")).ok());
        } // rolled back to the savepoint only
        {
            Transaction inner(ws.db().connection());
            ASSERT_TRUE(insertSetting(ws.db(), QStringLiteral("inner-kept")).ok());
            ASSERT_TRUE(inner.commit().ok());
        }
        EXPECT_EQ(settingsCount(ws.db()), 2);
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(settingsCount(ws.db()), 2);
}

TEST(Transaction, OuterRollbackDiscardsCommittedInnerWork) {
    test::TempWorkspace ws;
    {
        Transaction outer(ws.db().connection());
        Transaction inner(ws.db().connection());
        ASSERT_TRUE(insertSetting(ws.db(), QStringLiteral("a")).ok());
        ASSERT_TRUE(inner.commit().ok());
    }
    EXPECT_EQ(settingsCount(ws.db()), 0);
    Transaction again(ws.db().connection());
    EXPECT_TRUE(again.isActive()) << "depth returned to zero";
}
