// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Sql.h"

#include "TempWorkspace.h"

#include <gtest/gtest.h>

using namespace qundesk;

TEST(Sql, IdsAreTheFirstColumnInRowOrder) {
    test::TempWorkspace ws;
    const QSqlDatabase db = ws.db().connection();
    ASSERT_TRUE(sql::exec(db, QStringLiteral("CREATE TEMP TABLE t (id INTEGER, name TEXT)")));
    ASSERT_TRUE(sql::exec(db, QStringLiteral("INSERT INTO t VALUES (5, 'e'), (2, 'b'), (9, 'a')")));
    auto ids = sql::ids(db, QStringLiteral("SELECT id, name FROM t WHERE id > :min ORDER BY name"),
                        {{QStringLiteral(":min"), 1}});
    ASSERT_TRUE(ids.ok());
    EXPECT_EQ(*ids, (QList<qint64>{9, 2, 5}));
    EXPECT_TRUE(sql::ids(db, QStringLiteral("SELECT id FROM t WHERE id < 0"))->isEmpty());
    auto bad = sql::ids(db, QStringLiteral("SELECT id FROM no_such_table"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("SELECT id FROM")))
        << bad.error().message.toStdString();
}
