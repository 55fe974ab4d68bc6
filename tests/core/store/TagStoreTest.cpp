// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/TagStore.h"

#include "TempWorkspace.h"
#include "store/MemberStore.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

Tag makeTag(const QString& name, const QString& category = {}) {
    Tag t;
    t.name = name;
    t.category = category;
    return t;
}

QList<qint64> addMembers(Database& db, int n) {
    MemberStore store(db);
    QList<qint64> ids;
    for (int i = 0; i < n; ++i) {
        Member m;
        m.displayName = QStringLiteral("会员%1").arg(i + 1);
        ids << store.create(m).value();
    }
    return ids;
}

QStringList namesOf(const QList<Tag>& tags) {
    QStringList names;
    for (const Tag& t : tags)
        names << t.name;
    return names;
}

QStringList namesOf(const QList<MemberTag>& tags) {
    QStringList names;
    for (const MemberTag& t : tags)
        names << t.tag.name;
    return names;
}

const QString kRule = QStringLiteral(
    R"({"match":"all","conditions":[{"field":"silent_days","op":">=","value":30}]})");

} // namespace

TEST(TagStore, CrudRoundTripsChineseAndOrdersByCategory) {
    test::TempWorkspace ws;
    TagStore store(ws.db());
    Tag vip = makeTag(QStringLiteral("高价值"), QStringLiteral("消费"));
    vip.color = QStringLiteral("#ff8800");
    const qint64 vipId = store.create(vip).value();
    ASSERT_TRUE(store.create(makeTag(QStringLiteral("宝妈"), QStringLiteral("人群"))).ok());
    ASSERT_TRUE(store.create(makeTag(QStringLiteral("未分类"))).ok());

    auto got = store.get(vipId);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(got->name, QStringLiteral("高价值"));
    EXPECT_EQ(got->color, QStringLiteral("#ff8800"));
    EXPECT_EQ(got->category, QStringLiteral("消费"));
    got->name = QStringLiteral("超高价值");
    ASSERT_TRUE(store.update(*got).ok());
    auto found = store.findByName(QStringLiteral("超高价值"));
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ(found->value().id, vipId);
    EXPECT_FALSE(store.findByName(QStringLiteral("高价值"))->has_value());
    // No category sorts first, then categories by code point.
    EXPECT_EQ(namesOf(*store.list()), (QStringList{QStringLiteral("未分类"), QStringLiteral("宝妈"),
                                                   QStringLiteral("超高价值")}));
}

TEST(TagStore, RejectsEmptyOrDuplicateNameBadColourAndMissingRows) {
    test::TempWorkspace ws;
    TagStore store(ws.db());
    EXPECT_FALSE(store.create(makeTag(QStringLiteral(" "))).ok());
    const qint64 id = store.create(makeTag(QStringLiteral("复购"))).value();
    auto duplicate = store.create(makeTag(QStringLiteral(" 复购 ")));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_TRUE(duplicate.error().message.contains(QStringLiteral("already exists")));
    Tag red = makeTag(QStringLiteral("红色"));
    red.color = QStringLiteral("red");
    EXPECT_FALSE(store.create(red).ok());
    Tag same = store.get(id).value();
    EXPECT_TRUE(store.update(same).ok()); // its own name is no duplicate
    same.id = 999;
    same.name = QStringLiteral("幽灵");
    EXPECT_FALSE(store.update(same).ok());
    EXPECT_FALSE(store.remove(999).ok());
    EXPECT_FALSE(store.get(999).ok());
    EXPECT_EQ(store.list()->size(), 1);
}

TEST(TagStore, BulkAssignAndUnassignCountChanges) {
    test::TempWorkspace ws;
    TagStore store(ws.db());
    const QList<qint64> m = addMembers(ws.db(), 4);
    const qint64 tag = store.create(makeTag(QStringLiteral("沉默30天"))).value();
    EXPECT_EQ(store.assign({m[0], m[1], m[2]}, tag).value(), 3);
    EXPECT_EQ(store.assign({m[2], m[3], m[3]}, tag).value(), 1); // only m[3] is new
    EXPECT_EQ(store.memberIdsWithTag(tag).value(), (QList<qint64>{m[0], m[1], m[2], m[3]}));
    EXPECT_EQ(store.unassign({m[0], m[1]}, tag).value(), 2);
    EXPECT_EQ(store.unassign({m[0], m[1]}, tag).value(), 0);
    EXPECT_EQ(store.memberIdsWithTag(tag).value(), (QList<qint64>{m[2], m[3]}));
    EXPECT_EQ(store.assign({}, tag).value(), 0);
}

TEST(TagStore, AssignIsAllOrNothing) {
    test::TempWorkspace ws;
    TagStore store(ws.db());
    const QList<qint64> m = addMembers(ws.db(), 2);
    const qint64 tag = store.create(makeTag(QStringLiteral("活动达人"))).value();
    EXPECT_FALSE(store.assign({m[0], 999, m[1]}, tag).ok()); // 999 is no member
    EXPECT_TRUE(store.memberIdsWithTag(tag)->isEmpty());
    EXPECT_FALSE(store.assign({m[0]}, 999).ok());
    EXPECT_FALSE(store.assign({m[0]}, tag, QStringLiteral("magic")).ok());
    EXPECT_TRUE(store.memberIdsWithTag(tag)->isEmpty());
}

TEST(TagStore, UnassignByOriginKeepsManualTags) {
    test::TempWorkspace ws;
    TagStore store(ws.db());
    const QList<qint64> m = addMembers(ws.db(), 2);
    const qint64 tag = store.create(makeTag(QStringLiteral("生日月"))).value();
    ASSERT_EQ(store.assign({m[0]}, tag, QStringLiteral("manual")).value(), 1);
    ASSERT_EQ(store.assign({m[1]}, tag, QStringLiteral("rule")).value(), 1);
    EXPECT_EQ(store.unassign(m, tag, QStringLiteral("rule")).value(), 1);
    EXPECT_EQ(store.memberIdsWithTag(tag).value(), QList<qint64>{m[0]});
}

TEST(TagStore, TagsOfMemberAndCascades) {
    test::TempWorkspace ws;
    TagStore store(ws.db());
    const QList<qint64> m = addMembers(ws.db(), 2);
    const qint64 a = store.create(makeTag(QStringLiteral("B-复购"))).value();
    const qint64 b = store.create(makeTag(QStringLiteral("A-新客"))).value();
    ASSERT_TRUE(store.assign(m, a).ok());
    ASSERT_TRUE(store.assign({m[0]}, b).ok());
    EXPECT_EQ(namesOf(*store.tagsOfMember(m[0])),
              (QStringList{QStringLiteral("A-新客"), QStringLiteral("B-复购")}));
    ASSERT_TRUE(store.remove(b).ok());
    EXPECT_EQ(namesOf(*store.tagsOfMember(m[0])), QStringList{QStringLiteral("B-复购")});
    ASSERT_TRUE(MemberStore(ws.db()).remove(m[0]).ok());
    EXPECT_EQ(store.memberIdsWithTag(a).value(), QList<qint64>{m[1]});
}

TEST(TagStore, TagsOfMemberGiveTheOriginOfEachAssignment) {
    test::TempWorkspace ws;
    TagStore store(ws.db());
    const QList<qint64> m = addMembers(ws.db(), 2);
    const qint64 byHand = store.create(makeTag(QStringLiteral("A-手动"))).value();
    const qint64 byRule = store.create(makeTag(QStringLiteral("B-规则"))).value();
    const qint64 imported = store.create(makeTag(QStringLiteral("C-导入"))).value();
    ASSERT_TRUE(store.assign({m[0]}, byHand).ok());
    ASSERT_TRUE(store.assign(m, byRule, QStringLiteral("rule")).ok());
    ASSERT_TRUE(store.assign({m[0]}, imported, QStringLiteral("import")).ok());
    ASSERT_TRUE(store.assign({m[0]}, byRule, QStringLiteral("manual")).ok()); // keeps "rule"

    auto tags = store.tagsOfMember(m[0]);
    ASSERT_TRUE(tags.ok());
    ASSERT_EQ(tags->size(), 3);
    EXPECT_EQ(tags->at(0).tag.id, byHand);
    EXPECT_EQ(tags->at(0).tag.name, QStringLiteral("A-手动"));
    EXPECT_EQ(tags->at(0).origin, QStringLiteral("manual"));
    EXPECT_EQ(tags->at(1).origin, QStringLiteral("rule"));
    EXPECT_EQ(tags->at(2).origin, QStringLiteral("import"));
    EXPECT_TRUE(tags->at(2).since.isValid());
    EXPECT_EQ(tags->at(2).since.timeSpec(), Qt::UTC);
    EXPECT_EQ(store.tagsOfMember(m[1])->size(), 1);
    EXPECT_TRUE(store.tagsOfMember(999)->isEmpty());
}

TEST(TagStore, FindOrCreateReturnsTheExistingTagOrMakesOne) {
    test::TempWorkspace ws;
    TagStore store(ws.db());
    Tag wanted = makeTag(QStringLiteral("复购"));
    wanted.category = QStringLiteral("行为");
    bool created = false;
    auto first = store.findOrCreate(wanted, &created);
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(created);
    EXPECT_EQ(store.get(*first)->category, QStringLiteral("行为"));
    wanted.category = QStringLiteral("别的");
    auto again = store.findOrCreate(wanted, &created);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(created);
    EXPECT_EQ(*again, *first);
    EXPECT_EQ(store.get(*first)->category, QStringLiteral("行为")) << "the existing tag is kept";
    EXPECT_EQ(store.list()->size(), 1);
}

TEST(TagStore, CountsByOriginCountsMembersPerTagAndOrigin) {
    test::TempWorkspace ws;
    TagStore store(ws.db());
    const QList<qint64> m = addMembers(ws.db(), 5);
    const qint64 tag = store.create(makeTag(QStringLiteral("沉默用户"))).value();
    const qint64 other = store.create(makeTag(QStringLiteral("复购"))).value();
    EXPECT_TRUE(store.countsByOrigin()->isEmpty());
    ASSERT_TRUE(store.assign({m[0], m[1]}, tag, QStringLiteral("rule")).ok());
    ASSERT_TRUE(store.assign({m[2]}, tag, QStringLiteral("manual")).ok());
    ASSERT_TRUE(store.assign({m[3]}, tag, QStringLiteral("import")).ok());
    ASSERT_TRUE(store.assign(m, other, QStringLiteral("rule")).ok());
    ASSERT_TRUE(store.assign({m[0]}, tag, QStringLiteral("manual")).ok()); // stays a rule's

    auto counts = store.countsByOrigin();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->size(), 2);
    EXPECT_EQ(counts->value(tag), (QMap<QString, int>{{QStringLiteral("import"), 1},
                                                      {QStringLiteral("manual"), 1},
                                                      {QStringLiteral("rule"), 2}}));
    EXPECT_EQ(counts->value(other), (QMap<QString, int>{{QStringLiteral("rule"), 5}}));
    EXPECT_FALSE(counts->contains(999));
}

TEST(TagStore, RulesRoundTripAndFollowTheirTag) {
    test::TempWorkspace ws;
    TagStore store(ws.db());
    const qint64 tag = store.create(makeTag(QStringLiteral("沉默用户"))).value();
    TagRule rule{0, tag, QStringLiteral("沉默30天"), kRule, true, {}};
    const qint64 id = store.createRule(rule).value();
    auto got = store.rule(id);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(got->name, QStringLiteral("沉默30天"));
    EXPECT_EQ(got->definition, kRule);
    EXPECT_TRUE(got->enabled);
    EXPECT_TRUE(got->updatedAt.isValid());

    got->enabled = false;
    got->name = QStringLiteral("沉默45天");
    ASSERT_TRUE(store.updateRule(*got).ok());
    ASSERT_TRUE(
        store.createRule({0, tag, QStringLiteral("另一条"), QStringLiteral("{}"), true, {}}).ok());
    EXPECT_EQ(store.rules()->size(), 2);
    ASSERT_EQ(store.rules(true)->size(), 1);
    EXPECT_EQ(store.rules(true)->first().name, QStringLiteral("另一条"));

    ASSERT_TRUE(store.removeRule(id).ok());
    EXPECT_FALSE(store.removeRule(id).ok());
    EXPECT_FALSE(store.rule(id).ok());
    ASSERT_TRUE(store.remove(tag).ok());
    EXPECT_TRUE(store.rules()->isEmpty());
}

TEST(TagStore, RulesRejectBadJsonEmptyNameAndMissingTag) {
    test::TempWorkspace ws;
    TagStore store(ws.db());
    const qint64 tag = store.create(makeTag(QStringLiteral("买过两次"))).value();
    auto broken = store.createRule(
        {0, tag, QStringLiteral("坏规则"), QStringLiteral("{\"match\":"), true, {}});
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("not valid JSON")));
    auto array =
        store.createRule({0, tag, QStringLiteral("数组"), QStringLiteral("[1,2]"), true, {}});
    ASSERT_FALSE(array.ok());
    EXPECT_TRUE(array.error().message.contains(QStringLiteral("JSON object")));
    EXPECT_FALSE(store.createRule({0, tag, QStringLiteral(" "), kRule, true, {}}).ok());
    EXPECT_FALSE(store.createRule({0, 999, QStringLiteral("无标签"), kRule, true, {}}).ok());
    EXPECT_FALSE(store.updateRule({999, tag, QStringLiteral("幽灵"), kRule, true, {}}).ok());
    EXPECT_TRUE(store.rules()->isEmpty());
}

// Category keys are shown as labels; a typed label (or an older stored word) goes back to its
// key; the operator's own categories stay as typed.
TEST(TagCategoryTest, KeysLabelsAndTypedText) {
    EXPECT_EQ(tagCategory::label(QStringLiteral("intent")), QStringLiteral("Purchase intent"));
    EXPECT_EQ(tagCategory::fromTyped(QStringLiteral(" Purchase intent ")),
              QStringLiteral("intent"));
    EXPECT_EQ(tagCategory::fromTyped(QStringLiteral("Value")), QStringLiteral("value"));
    EXPECT_EQ(tagCategory::fromTyped(QStringLiteral("自动")), QStringLiteral("auto"));
    EXPECT_EQ(tagCategory::label(QStringLiteral("自动")), QStringLiteral("Automatic"));
    EXPECT_EQ(tagCategory::fromTyped(QStringLiteral("618 活动")), QStringLiteral("618 活动"));
    EXPECT_EQ(tagCategory::label(QStringLiteral("618 活动")), QStringLiteral("618 活动"));
    EXPECT_EQ(tagCategory::keys().size(), 7);
}
