// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/MemberRefresh.h"

#include "RulesFixture.h"
#include "db/Sql.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

class MemberRefreshTest : public test::RulesFixture {
protected:
    void SetUp() override {
        RulesFixture::SetUp();
        for (qint64 id = 1; id <= 3; ++id)
            member(id, QStringLiteral("2026-02-01T02:00:00Z"));
        ASSERT_TRUE(recompute().ok());
        // A rule tags buyers; nobody has ordered yet.
        run(QStringLiteral("INSERT INTO tags (id, name) VALUES (9, '买家')"));
        run(QStringLiteral("INSERT INTO tag_rules (tag_id, name, definition, enabled, updated_at) "
                           "VALUES (9, 'buyers', '{\"match\":\"all\",\"conditions\":[{\"field\":"
                           "\"orders\",\"op\":\">=\",\"value\":1}]}', 1, 'x')"));
    }
    qint64 orders(qint64 member) { return status(member, "orders").toLongLong(); }
    qint64 tagged() {
        return sql::scalar(ws.db().connection(), QStringLiteral("SELECT COUNT(*) FROM member_tags"))
            ->toLongLong();
    }
};

} // namespace

TEST_F(MemberRefreshTest, EditedMembersGetTheirStatusAndEveryRuleRuns) {
    order(1, QStringLiteral("2026-06-01T02:00:00Z"), 1000);
    order(2, QStringLiteral("2026-06-01T02:00:00Z"), 1000);
    ASSERT_TRUE(memberrefresh::afterEdit(ws.db(), {1}).ok());
    EXPECT_EQ(orders(1), 1);
    EXPECT_EQ(orders(2), 0) << "not edited: its status waits for its own edit or the next day";
    EXPECT_EQ(tagged(), 1);
    ASSERT_TRUE(memberrefresh::afterEdit(ws.db(), {1, 2}).ok());
    EXPECT_EQ(orders(2), 1);
    EXPECT_EQ(tagged(), 2);
}

TEST_F(MemberRefreshTest, NoMembersRunsOnlyTheRulesAndManyMembersRecomputeEveryone) {
    order(3, QStringLiteral("2026-06-01T02:00:00Z"), 1000);
    ASSERT_TRUE(memberrefresh::afterEdit(ws.db(), {}).ok());
    EXPECT_EQ(orders(3), 0);
    EXPECT_EQ(tagged(), 0) << "the rule reads the status, which did not move";
    QList<qint64> many;
    for (qint64 id = 100; id <= 100 + memberrefresh::kMemberLimit; ++id)
        many << id; // none of them is 3, yet past the limit everyone is recomputed
    ASSERT_TRUE(memberrefresh::afterEdit(ws.db(), many).ok());
    EXPECT_EQ(orders(3), 1);
    EXPECT_EQ(tagged(), 1);
}

TEST_F(MemberRefreshTest, AnEditOfAFewMembersTouchesOnlyTheirRuleTags) {
    // Member 2 carries a rule tag it no longer earns (its order was taken back behind the
    // rules' back); an edit of member 1 leaves that to member 2's own edit or the next full run.
    order(1, QStringLiteral("2026-06-01T02:00:00Z"), 1000);
    run(QStringLiteral("INSERT INTO member_tags (member_id, tag_id, origin, created_at) VALUES "
                       "(2, 9, 'rule', 'x')"));
    ASSERT_TRUE(memberrefresh::afterEdit(ws.db(), {1}).ok());
    EXPECT_EQ(tagged(), 2) << "1 gained the tag, 2 kept its stale one";
    ASSERT_TRUE(memberrefresh::afterEdit(ws.db(), {}).ok());
    EXPECT_EQ(tagged(), 1) << "a run over everyone takes 2's away";
}

TEST_F(MemberRefreshTest, ABrokenRuleIsReported) {
    run(QStringLiteral("UPDATE tag_rules SET definition = '{\"conditions\":[{\"field\":"
                       "\"shoe_size\",\"op\":\"=\",\"value\":1}]}'"));
    const Status s = memberrefresh::afterEdit(ws.db(), {1});
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("shoe_size")))
        << qPrintable(s.error().message);
}
