// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/MemberNameOrder.h"

#include "TempWorkspace.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "rules/MemberStatusUpdater.h"
#include "store/MemberListQuery.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace qundesk;

namespace {

class MemberNameOrderTest : public ::testing::Test {
protected:
    qint64 add(const QString& name) {
        auto q = sql::exec(ws.db().connection(),
                           QStringLiteral("INSERT INTO members (display_name, created_at, "
                                          "updated_at) VALUES (:n, '2026-01-01T00:00:00Z', "
                                          "'2026-01-01T00:00:00Z')"),
                           {{QStringLiteral(":n"), name}});
        return q ? q->lastInsertId().toLongLong() : 0;
    }
    // What SQLite's sorter gives (the Members list's own ORDER BY, with a limit).
    QList<qint64> sorted(const Database& db, const char* direction = "ASC") {
        auto ids = MemberListQuery::ids(
            db, {}, MemberSort::Name, QLatin1String(direction) == QLatin1String("ASC"), {}, 100000);
        return ids ? *ids : QList<qint64>{};
    }
    static QList<qint64> shuffled(QList<qint64> ids) {
        std::reverse(ids.begin(), ids.end());
        std::rotate(ids.begin(), ids.begin() + ids.size() / 3, ids.end());
        return ids;
    }

    test::TempWorkspace ws;
};

TEST_F(MemberNameOrderTest, ArrangesAsSqliteSortsNamesWithoutCaseThenIds) {
    for (const char* name :
         {"bob", "Alice", "alice", "Émile", "émile", "王芳", "Zed", "alice", "李娜", "", "Bob"})
        ASSERT_GT(add(QString::fromUtf8(name)), 0);
    const QList<qint64> ascending = sorted(ws.db());
    auto arranged = membernameorder::arrange(ws.db(), shuffled(ascending), true);
    ASSERT_TRUE(arranged.ok());
    EXPECT_EQ(*arranged, ascending);
    auto descending = membernameorder::arrange(ws.db(), shuffled(ascending), false);
    ASSERT_TRUE(descending.ok());
    EXPECT_EQ(*descending, sorted(ws.db(), "DESC"));
    // A few of them keep their places relative to each other.
    const QList<qint64> some = {ascending.at(7), ascending.at(2), ascending.at(5)};
    EXPECT_EQ(membernameorder::arrange(ws.db(), some, true).value(),
              (QList<qint64>{ascending.at(2), ascending.at(5), ascending.at(7)}));
}

TEST_F(MemberNameOrderTest, FollowsARenameOnThisConnectionAndAWriteOnAnother) {
    const qint64 a = add(QStringLiteral("Anna")), b = add(QStringLiteral("Bella")),
                 c = add(QStringLiteral("Carla"));
    EXPECT_EQ(membernameorder::arrange(ws.db(), {c, a, b}, true).value(), (QList<qint64>{a, b, c}));
    ASSERT_TRUE(sql::exec(ws.db().connection(),
                          QStringLiteral("UPDATE members SET display_name = 'Zoe' WHERE id = :id"),
                          {{QStringLiteral(":id"), a}}));
    EXPECT_EQ(membernameorder::arrange(ws.db(), {c, a, b}, true).value(), (QList<qint64>{b, c, a}));

    auto other = Database::open(ws.path());
    ASSERT_TRUE(other.ok()) << other.error().toString().toStdString();
    ASSERT_TRUE(
        sql::exec((*other)->connection(),
                  QStringLiteral("UPDATE members SET display_name = 'Aaron' WHERE id = :id"),
                  {{QStringLiteral(":id"), c}}));
    EXPECT_EQ(membernameorder::arrange(ws.db(), {c, a, b}, true).value(), (QList<qint64>{c, b, a}));
    // Each connection keeps its own order.
    EXPECT_EQ(membernameorder::arrange(**other, {a, b, c}, true).value(), (QList<qint64>{c, b, a}));
}

TEST_F(MemberNameOrderTest, NeverLosesAMatchItCannotPlace) {
    const qint64 a = add(QStringLiteral("Anna"));
    const qint64 b = add(QStringLiteral("Bella"));
    auto arranged = membernameorder::arrange(ws.db(), {999999, b, a}, true);
    ASSERT_TRUE(arranged.ok());
    EXPECT_EQ(*arranged, (QList<qint64>{a, b, 999999}))
        << "the placed ones in order, then the rest";
}

TEST_F(MemberNameOrderTest, SearchResultsComeInTheOrderOfTheSqlSort) {
    for (int i = 0; i < 300; ++i)
        ASSERT_GT(add(QStringLiteral("%1成员%2").arg(QChar(u'a' + i % 26)).arg(i % 7)), 0);
    MemberListFilter filter;
    filter.search = QStringLiteral("成员");
    // Members without status rows are searched the slow way, and every one matches here.
    auto ids = MemberListQuery::ids(ws.db(), filter, MemberSort::Name, false);
    ASSERT_TRUE(ids.ok()) << ids.error().toString().toStdString();
    EXPECT_EQ(*ids, sorted(ws.db(), "DESC"));
    // With status rows the search reads their search text; the order is the same.
    ASSERT_TRUE(MemberStatusUpdater::recompute(ws.db()).ok());
    ids = MemberListQuery::ids(ws.db(), filter, MemberSort::Name, true);
    ASSERT_TRUE(ids.ok()) << ids.error().toString().toStdString();
    EXPECT_EQ(*ids, sorted(ws.db()));
    ids = MemberListQuery::ids(ws.db(), filter, MemberSort::Name, false);
    ASSERT_TRUE(ids.ok());
    EXPECT_EQ(*ids, sorted(ws.db(), "DESC"));
    filter.search = QStringLiteral("A成员3");
    ids = MemberListQuery::ids(ws.db(), filter, MemberSort::Name, true);
    ASSERT_TRUE(ids.ok());
    EXPECT_EQ(ids->size(), 2); // i = 52 and 234 (i % 26 == 0, i % 7 == 3)
}

} // namespace
