// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/RowReader.h"

#include "SqlitePaths.h"
#include "TempWorkspace.h"
#include "db/Sql.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

class RowReaderTest : public test::SqlitePaths {};
QUNDESK_BOTH_SQLITE_PATHS(RowReaderTest);

TEST_P(RowReaderTest, ReadsIntegersTextAndNullsWithNamedBindsUsedTwice) {
    test::TempWorkspace ws;
    const QSqlDatabase db = ws.db().connection();
    ASSERT_TRUE(sql::exec(db, QStringLiteral("INSERT INTO tags (id, name, category) VALUES (1, "
                                             "'沉默', NULL), (2, '活跃', '行为'), (3, 'x', 'y')"))
                    .ok());
    RowReader rows(db);
    ASSERT_TRUE(rows.exec(QStringLiteral("SELECT id, name, category FROM tags WHERE id >= :low "
                                         "AND id < :low + 2 ORDER BY id"),
                          {{QStringLiteral(":low"), 1}})
                    .ok());
    auto row = rows.next();
    ASSERT_TRUE(row.ok() && *row);
    EXPECT_EQ(rows.integer(0), 1);
    EXPECT_EQ(rows.text(1), QStringLiteral("沉默"));
    EXPECT_TRUE(rows.isNull(2));
    row = rows.next();
    ASSERT_TRUE(row.ok() && *row);
    EXPECT_EQ(rows.integer(0), 2);
    EXPECT_FALSE(rows.isNull(2));
    EXPECT_EQ(rows.text(2), QStringLiteral("行为"));
    row = rows.next();
    ASSERT_TRUE(row.ok());
    EXPECT_FALSE(*row) << "only ids 1 and 2";
}

TEST_P(RowReaderTest, ANameTheStatementDoesNotUseIsIgnored) {
    test::TempWorkspace ws;
    RowReader rows(ws.db().connection());
    ASSERT_TRUE(rows.exec(QStringLiteral("SELECT :a + 1"),
                          {{QStringLiteral(":a"), 41}, {QStringLiteral(":unused"), 0}})
                    .ok());
    auto row = rows.next();
    ASSERT_TRUE(row.ok() && *row);
    EXPECT_EQ(rows.integer(0), 42);
}

TEST_P(RowReaderTest, ABadStatementIsAnErrorNamingIt) {
    test::TempWorkspace ws;
    RowReader rows(ws.db().connection());
    const Status s = rows.exec(QStringLiteral("SELECT nothing FROM no_such_table"));
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("SELECT nothing FROM")))
        << qPrintable(s.error().message);
}

TEST_P(RowReaderTest, IdsAreTheFirstColumnInRowOrder) {
    test::TempWorkspace ws;
    const QSqlDatabase db = ws.db().connection();
    ASSERT_TRUE(sql::exec(db, QStringLiteral("INSERT INTO tags (id, name) VALUES (5, 'e'), (2, "
                                             "'b'), (9, 'a')"))
                    .ok());
    auto ids = RowReader::ids(db,
                              QStringLiteral("SELECT id, name FROM tags WHERE id > :min ORDER "
                                             "BY name"),
                              {{QStringLiteral(":min"), 1}});
    ASSERT_TRUE(ids.ok());
    EXPECT_EQ(*ids, (QList<qint64>{9, 2, 5}));
    EXPECT_FALSE(RowReader::ids(db, QStringLiteral("SELECT id FROM no_such_table")).ok());
}

} // namespace
