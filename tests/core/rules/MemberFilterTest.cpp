// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "RulesFixture.h"
#include "rules/BuiltinSegments.h"
#include "rules/MemberCondition.h"
#include "rules/TagRuleEngine.h"
#include "store/MemberListQuery.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

const QDate kToday = test::kRulesToday;

class MemberFilterTest : public test::RulesFixture {
protected:
    // Five members: 1 new lurker, 2 long-silent buyer, 3 busy repeat buyer, 4 quiet since 10
    // days (was busy), 5 in group 2 only with a birthday this month.
    void SetUp() override {
        RulesFixture::SetUp();
        member(1, QStringLiteral("2026-06-15T02:00:00Z"));
        member(2, QStringLiteral("2026-01-05T02:00:00Z"));
        member(3, QStringLiteral("2026-02-01T02:00:00Z"), 0);
        member(4, QStringLiteral("2026-02-01T02:00:00Z"));
        member(5, QStringLiteral("2026-02-01T02:00:00Z"), 3, 2);
        set(5, "birthday", QStringLiteral("1990-06-02"));
        set(3, "source_channel", QStringLiteral("douyin"));
        set(4, "source_channel", QStringLiteral("taobao"));
        active(2, QDate(2026, 1, 20), 3);
        order(2, QStringLiteral("2026-01-21T02:00:00Z"), 5000);
        for (int d = 0; d < 20; ++d)
            active(3, kToday.addDays(-d), 4);
        order(3, QStringLiteral("2026-05-01T02:00:00Z"), 10000);
        order(3, QStringLiteral("2026-06-01T02:00:00Z"), 20000);
        for (int d = 10; d < 40; ++d)
            active(4, kToday.addDays(-d), 3);
        active(5, kToday.addDays(-3), 1, 2);
        ASSERT_TRUE(recompute().ok());
    }
    QList<qint64> ids(const MemberFilterDefinition& def) {
        auto r = MemberFilterQuery::memberIds(ws.db(), def, kToday);
        EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().message.toStdString());
        return r ? r.value() : QList<qint64>{};
    }
    static MemberCondition c(const char* field, const char* op, const QVariant& v, int days = 30) {
        return {QLatin1String(field), QLatin1String(op), v, days};
    }
};

} // namespace

TEST_F(MemberFilterTest, NumericConditionsAndAllOrAny) {
    EXPECT_EQ(ids({true, {c("orders", ">=", 2)}}), QList<qint64>{3});
    EXPECT_EQ(ids({true, {c("revenue", ">", 100)}}), QList<qint64>{3})
        << "revenue in currency units";
    EXPECT_EQ(ids({true, {c("silent_days", ">=", 30)}}), QList<qint64>{2});
    EXPECT_EQ(ids({false, {c("orders", ">=", 2), c("silent_days", ">=", 30)}}),
              (QList<qint64>{2, 3}));
    EXPECT_EQ(ids({true, {c("orders", ">=", 1), c("silent_days", ">=", 30)}}), QList<qint64>{2});
    EXPECT_EQ(ids({}).size(), 5);
}

TEST_F(MemberFilterTest, MessagesInWindowAndJoinedWithin) {
    EXPECT_EQ(ids({true, {c("messages_in_days", ">=", 50, 14)}}), QList<qint64>{3});
    EXPECT_EQ(ids({true, {c("messages_in_days", ">=", 50, 60)}}), (QList<qint64>{3, 4}));
    EXPECT_EQ(ids({true, {c("joined_within", "=", 7)}}), QList<qint64>{1});
}

TEST_F(MemberFilterTest, TextGroupTagAndListConditions) {
    EXPECT_EQ(ids({true, {c("source", "=", QStringLiteral("douyin"))}}), QList<qint64>{3});
    EXPECT_EQ(ids({true,
                   {c("source", "in",
                      QVariantList{QStringLiteral("douyin"), QStringLiteral("taobao")})}}),
              (QList<qint64>{3, 4}));
    EXPECT_EQ(ids({true, {c("group", "=", 2)}}), QList<qint64>{5});
    EXPECT_EQ(ids({true, {c("group", "!=", 1)}}), QList<qint64>{5});
    run(QStringLiteral("INSERT INTO tags (id, name) VALUES (9, 'VIP')"));
    run(QStringLiteral(
        "INSERT INTO member_tags (member_id, tag_id, created_at) VALUES (4, 9, 'x')"));
    EXPECT_EQ(ids({true, {c("has_tag", "=", 9)}}), QList<qint64>{4});
    EXPECT_EQ(ids({true, {c("has_tag", "!=", 9)}}).size(), 4);
    EXPECT_EQ(ids({true, {c("stage", "=", QStringLiteral("declining"))}}), QList<qint64>{2});
}

TEST_F(MemberFilterTest, ErasedMembersNeverMatch) {
    set(3, "erased_at", QStringLiteral("2026-06-01T00:00:00Z"));
    EXPECT_TRUE(ids({true, {c("orders", ">=", 2)}}).isEmpty());
}

TEST_F(MemberFilterTest, UnknownFieldOrOperatorIsAClearError) {
    auto bad = MemberFilterQuery::count(ws.db(), {true, {c("shoe_size", "=", 42)}}, kToday);
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("shoe_size")));
    EXPECT_FALSE(MemberFilterQuery::count(ws.db(), {true, {c("orders", "~", 1)}}, kToday).ok());
    EXPECT_FALSE(MemberFilterDefinition::fromJson("{not json").ok());
}

TEST_F(MemberFilterTest, GroupsJoinByTheirParentAndMatchByTheirOwnRule) {
    // (source douyin OR source taobao) AND silent_days < 30: 3 and 4 are from those sources,
    // and both posted within 30 days.
    MemberFilterDefinition anySource{
        false,
        {c("source", "=", QStringLiteral("douyin")), c("source", "=", QStringLiteral("taobao"))}};
    EXPECT_EQ(ids(anySource), (QList<qint64>{3, 4}));
    MemberFilterDefinition both{true, {c("orders", ">=", 1)}, {anySource}};
    EXPECT_EQ(ids(both), QList<qint64>{3}) << "4 never ordered";
    // Groups under an "any" parent widen it; a group nested in a group keeps its own rule.
    MemberFilterDefinition wider{false, {c("group", "=", 2)}, {both}};
    EXPECT_EQ(ids(wider), (QList<qint64>{3, 5}));
    MemberFilterDefinition nested{true, {}, {MemberFilterDefinition{true, {}, {anySource}}}};
    EXPECT_EQ(ids(nested), (QList<qint64>{3, 4}));
    EXPECT_TRUE(MemberFilterDefinition{}.isEmpty());
    EXPECT_FALSE(nested.isEmpty());
}

TEST_F(MemberFilterTest, GroupsRoundTripThroughJsonAndTooDeepIsRefused) {
    const MemberFilterDefinition def{
        true,
        {c("stage", "=", QStringLiteral("mature"))},
        {MemberFilterDefinition{false, {c("orders", ">=", 2), c("silent_days", ">=", 30)}}}};
    auto back = MemberFilterDefinition::fromJson(QJsonDocument(def.toJson()).toJson());
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(back->groups.size(), 1);
    EXPECT_FALSE(back->groups[0].matchAll);
    ASSERT_EQ(back->groups[0].conditions.size(), 2);
    EXPECT_EQ(back->groups[0].conditions[1].field, QStringLiteral("silent_days"));
    EXPECT_EQ(ids(*back), ids(def));
    EXPECT_FALSE(def.groups[0].toJson().contains(QStringLiteral("groups")))
        << "a definition without groups is stored as before";

    QByteArray deep = "{\"match\":\"all\",\"conditions\":[]}";
    for (int i = 0; i < 12; ++i)
        deep = "{\"match\":\"any\",\"groups\":[" + deep + "]}";
    EXPECT_FALSE(MemberFilterDefinition::fromJson(deep).ok());
}

TEST_F(MemberFilterTest, MembersTableFiltersJoinAnAnyOfSegmentAsOneGroup) {
    MemberListFilter f;
    f.segment =
        MemberFilterDefinition{false, {c("orders", ">=", 2), c("silent_days", ">=", 30)}}; // 2 or 3
    f.source = QStringLiteral("douyin");                                                   // 3
    const auto listed = [&](const MemberListFilter& filter) {
        auto r = MemberListQuery::ids(ws.db(), filter, MemberSort::Name, true, kToday);
        EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().message.toStdString());
        return r ? r.value() : QList<qint64>{};
    };
    EXPECT_EQ(listed(f), QList<qint64>{3});
    // What "Save as segment" stores finds the same members as the table shows.
    const MemberFilterDefinition saved = f.definition();
    EXPECT_TRUE(saved.matchAll);
    ASSERT_EQ(saved.groups.size(), 1) << "the any-of segment stays one group";
    EXPECT_EQ(saved.groups[0].conditions.size(), 2);
    EXPECT_EQ(ids(saved), QList<qint64>{3});
    f.source.clear();
    EXPECT_EQ(ids(f.definition()), (QList<qint64>{2, 3}));
    EXPECT_EQ(listed(f).size(), 2);
    // The bar's own choices compile to the same members as before: group, stage, silence.
    MemberListFilter g;
    g.groupId = 1;
    g.silentAtLeast = 5;
    EXPECT_EQ(listed(g), ids({true, {c("group", "=", 1), c("silent_days", ">=", 5)}}));
    g.silentAtLeast = 2;
    g.neverPosted = true;
    EXPECT_EQ(listed(g), QList<qint64>{1}) << "joined three days ago, never posted";
}

TEST_F(MemberFilterTest, DefinitionJsonRoundTrips) {
    const MemberFilterDefinition def{
        false, {c("messages_in_days", ">=", 5, 14), c("city", "=", QStringLiteral("上海"))}};
    const QByteArray json = QJsonDocument(def.toJson()).toJson();
    auto back = MemberFilterDefinition::fromJson(json);
    ASSERT_TRUE(back.ok());
    EXPECT_FALSE(back->matchAll);
    ASSERT_EQ(back->conditions.size(), 2);
    EXPECT_EQ(back->conditions[0].days, 14);
    EXPECT_EQ(back->conditions[1].value.toString(), QStringLiteral("上海"));
}

TEST_F(MemberFilterTest, BuiltinSegmentsFindTheExpectedMembers) {
    const Thresholds t;
    auto seg = [&](const char* key) {
        return ids(builtinsegments::byKey(QLatin1String(key), t)->definition);
    };
    EXPECT_EQ(seg("never_posted"), QList<qint64>{1});
    EXPECT_EQ(seg("silent"), QList<qint64>{2});
    EXPECT_EQ(seg("recently_inactive"), QList<qint64>{4}) << "top quarter, silent 10 days";
    EXPECT_EQ(seg("birthday_month"), QList<qint64>{5});
    EXPECT_EQ(seg("declining_buyers"), QList<qint64>{2});
    EXPECT_EQ(builtinsegments::all(t).size(), 5);
}

TEST_F(MemberFilterTest, TagRulesAddAndRemoveOnlyRuleTags) {
    run(QStringLiteral("INSERT INTO tags (id, name) VALUES (7, '老客户')"));
    run(QStringLiteral("INSERT INTO tag_rules (tag_id, name, definition, updated_at) VALUES (7, "
                       "'bought twice', '{\"match\":\"all\",\"conditions\":[{\"field\":\"orders\","
                       "\"op\":\">=\",\"value\":2}]}', 'x')"));
    run(QStringLiteral("INSERT INTO member_tags (member_id, tag_id, origin, created_at) VALUES "
                       "(1, 7, 'manual', 'x'), (2, 7, 'rule', 'x')"));
    auto r = TagRuleEngine::apply(ws.db(), kToday);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->rules, 1);
    EXPECT_EQ(r->added, 1);
    EXPECT_EQ(r->removed, 1);
    auto holders = sql::exec(ws.db().connection(), QStringLiteral("SELECT member_id, origin FROM "
                                                                  "member_tags WHERE tag_id = 7 "
                                                                  "ORDER BY member_id"));
    ASSERT_TRUE(holders.ok());
    QStringList seen;
    while (holders->next())
        seen << QStringLiteral("%1:%2").arg(holders->value(0).toString(),
                                            holders->value(1).toString());
    EXPECT_EQ(seen, (QStringList{QStringLiteral("1:manual"), QStringLiteral("3:rule")}));
    auto again = TagRuleEngine::apply(ws.db(), kToday);
    EXPECT_EQ(again->added + again->removed, 0) << "idempotent";
}

TEST_F(MemberFilterTest, BrokenRuleChangesNothing) {
    run(QStringLiteral("INSERT INTO tags (id, name) VALUES (7, 'a'), (8, 'b')"));
    run(QStringLiteral(
        "INSERT INTO tag_rules (tag_id, name, definition, updated_at) VALUES "
        "(7, 'ok', '{\"conditions\":[{\"field\":\"orders\",\"op\":\">=\",\"value\":1}]}', 'x'), "
        "(8, 'broken', '{\"conditions\":[{\"field\":\"nope\"}]}', 'x')"));
    auto r = TagRuleEngine::apply(ws.db(), kToday);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("broken")));
    EXPECT_EQ(sql::scalar(ws.db().connection(), QStringLiteral("SELECT COUNT(*) FROM member_tags"))
                  ->toInt(),
              0);
}

TEST_F(MemberFilterTest, TwoRulesOnOneTagKeepEachOthersMembers) {
    run(QStringLiteral("INSERT INTO tags (id, name) VALUES (7, '关注')"));
    run(QStringLiteral(
        "INSERT INTO tag_rules (tag_id, name, definition, updated_at) VALUES "
        "(7, 'repeat', '{\"conditions\":[{\"field\":\"orders\",\"op\":\">=\",\"value\":2}]}', "
        "'x'), (7, 'silent', '{\"conditions\":[{\"field\":\"silent_days\",\"op\":\">=\","
        "\"value\":100}]}', 'x')"));
    auto r = TagRuleEngine::apply(ws.db(), kToday);
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    EXPECT_EQ(r->rules, 2);
    auto holders = sql::exec(ws.db().connection(),
                             QStringLiteral("SELECT member_id FROM member_tags WHERE tag_id = 7 "
                                            "ORDER BY member_id"));
    QList<qint64> ids;
    while (holders->next())
        ids << holders->value(0).toLongLong();
    EXPECT_EQ(ids, (QList<qint64>{2, 3})) << "3 by orders, 2 silent since January";
    auto again = TagRuleEngine::apply(ws.db(), kToday);
    EXPECT_EQ(again->added + again->removed, 0);
}

TEST_F(MemberFilterTest, SilentDaysEveryOperatorAgainstTheDaySilenceBegan) {
    // Silent days on kToday: 1 → 3 (joined), 2 → 149, 3 → 0, 4 → 10, 5 → 3.
    EXPECT_EQ(ids({true, {c("silent_days", "<", 3)}}), QList<qint64>{3});
    EXPECT_EQ(ids({true, {c("silent_days", "<=", 3)}}), (QList<qint64>{1, 3, 5}));
    EXPECT_EQ(ids({true, {c("silent_days", ">", 10)}}), QList<qint64>{2});
    EXPECT_EQ(ids({true, {c("silent_days", "=", 10)}}), QList<qint64>{4});
    EXPECT_EQ(ids({true, {c("silent_days", "!=", 3)}}), (QList<qint64>{2, 3, 4}));
    EXPECT_EQ(ids({true, {c("silent_days", "in", QVariantList{0, 10})}}), (QList<qint64>{3, 4}));
}
