// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/TagService.h"

#include "ServicesFixture.h"
#include "services/MemberService.h"
#include "store/SegmentStore.h"
#include "store/TagStore.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

const QString kEveryone =
    QStringLiteral(R"({"match":"all","conditions":[{"field":"orders","op":">=","value":0}]})");

class TagServiceTest : public test::ServicesFixture {
protected:
    TagRule rule(const QString& name) {
        TagRule r;
        r.name = name;
        r.definition = kEveryone;
        return r;
    }
    Tag named(const QString& name) {
        Tag t;
        t.name = name;
        return t;
    }
};

} // namespace

TEST_F(TagServiceTest, SavingARuleWithANewTagStoresBothAndAppliesTheRules) {
    NewMemberInput in;
    in.name = QStringLiteral("A");
    ASSERT_TRUE(MemberService::create(ws.db(), in).ok());
    auto saved = TagService::saveRule(ws.db(), rule(QStringLiteral("everyone")),
                                      named(QStringLiteral("王%1")), QDate(2026, 6, 18));
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_GT(saved->rule.id, 0);
    EXPECT_EQ(saved->run.added, 1);
    // Nothing was removed: the count is not the insert's (SQLite counts per connection).
    EXPECT_EQ(saved->run.removed, 0);
    EXPECT_EQ(count(QStringLiteral("tags"), QStringLiteral("name = '王%1'")), 1);
    EXPECT_EQ(count(QStringLiteral("member_tags"), QStringLiteral("origin = 'rule'")), 1);

    TagRule again = saved->rule;
    again.name = QStringLiteral("everyone, renamed");
    ASSERT_TRUE(TagService::saveRule(ws.db(), again, Tag{}, QDate(2026, 6, 18)).ok());
    EXPECT_EQ(count(QStringLiteral("tag_rules")), 1);
}

TEST_F(TagServiceTest, ARuleThatCannotBeSavedLeavesNoNewTag) {
    refuse(QStringLiteral("tag_rules"));
    EXPECT_FALSE(TagService::saveRule(ws.db(), rule(QStringLiteral("r")),
                                      named(QStringLiteral("auto")), QDate(2026, 6, 18))
                     .ok());
    EXPECT_EQ(count(QStringLiteral("tags")), 0);
    allow(QStringLiteral("tag_rules"));
    TagRule broken = rule(QStringLiteral("r"));
    broken.definition = QStringLiteral("{not json");
    EXPECT_FALSE(
        TagService::saveRule(ws.db(), broken, named(QStringLiteral("auto")), QDate(2026, 6, 18))
            .ok());
    EXPECT_EQ(count(QStringLiteral("tags")), 0);
}

TEST_F(TagServiceTest, TagsRulesAndSegmentsThroughTheService) {
    auto id = TagService::createTag(ws.db(), named(QStringLiteral("VIP")));
    ASSERT_TRUE(id.ok());
    Tag renamed = named(QStringLiteral("SVIP"));
    renamed.id = id.value();
    ASSERT_TRUE(TagService::updateTag(ws.db(), renamed).ok());
    EXPECT_FALSE(TagService::createTag(ws.db(), named(QStringLiteral("SVIP"))).ok());

    TagRule r = rule(QStringLiteral("all"));
    r.tagId = id.value();
    auto saved = TagService::saveRule(ws.db(), r, Tag{}, QDate(2026, 6, 18));
    ASSERT_TRUE(saved.ok());
    ASSERT_TRUE(TagService::setRuleEnabled(ws.db(), saved->rule.id, false).ok());
    EXPECT_EQ(count(QStringLiteral("tag_rules"), QStringLiteral("enabled = 0")), 1);
    ASSERT_TRUE(TagService::runRules(ws.db(), QDate(2026, 6, 18)).ok());
    ASSERT_TRUE(TagService::removeRule(ws.db(), saved->rule.id).ok());
    ASSERT_TRUE(TagService::removeTag(ws.db(), id.value()).ok());
    EXPECT_EQ(count(QStringLiteral("tags")), 0);

    Segment segment;
    segment.name = QStringLiteral("%2李's segment");
    segment.definition = kEveryone;
    ASSERT_TRUE(TagService::createSegment(ws.db(), segment).ok());
    EXPECT_TRUE(SegmentStore(ws.db()).findByName(segment.name)->has_value());
    EXPECT_FALSE(TagService::createSegment(ws.db(), segment).ok()) << "the name is taken";
}
