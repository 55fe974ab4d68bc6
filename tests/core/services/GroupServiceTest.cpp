// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/GroupService.h"

#include "ServicesFixture.h"
#include "services/MemberService.h"

#include <gtest/gtest.h>

using namespace qundesk;

using GroupServiceTest = test::ServicesFixture;

TEST_F(GroupServiceTest, CreateReturnsTheStoredRowAndRefusesADuplicate) {
    Group g;
    g.name = QStringLiteral("  王%1群 ");
    g.platform = QStringLiteral("wechat");
    auto stored = GroupService::create(ws.db(), g);
    ASSERT_TRUE(stored.ok()) << stored.error().message.toStdString();
    EXPECT_GT(stored->id, 0);
    EXPECT_EQ(stored->name, QStringLiteral("王%1群"));
    EXPECT_TRUE(stored->createdAt.isValid());
    EXPECT_FALSE(GroupService::create(ws.db(), g).ok());
    EXPECT_EQ(count(QStringLiteral("chat_groups")), 2);
}

TEST_F(GroupServiceTest, RemoveEmptyRefusesAGroupWithMembersThenRestoreBringsItBack) {
    Group g;
    g.name = QStringLiteral("新群");
    auto stored = GroupService::create(ws.db(), g);
    ASSERT_TRUE(stored.ok());
    NewMemberInput in;
    in.name = QStringLiteral("A");
    in.groupId = stored->id;
    ASSERT_TRUE(MemberService::create(ws.db(), in).ok());
    auto refused = GroupService::removeEmpty(ws.db(), stored->id);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("archive")));

    run(QStringLiteral("DELETE FROM memberships"));
    ASSERT_TRUE(GroupService::removeEmpty(ws.db(), stored->id).ok());
    EXPECT_EQ(count(QStringLiteral("chat_groups"), QStringLiteral("name = '新群'")), 0);
    ASSERT_TRUE(GroupService::restore(ws.db(), stored.value()).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT id FROM chat_groups WHERE name = '新群'")).toLongLong(),
              stored->id);
}

TEST_F(GroupServiceTest, ArchiveAndEditAreEachOneWrite) {
    ASSERT_TRUE(GroupService::setArchived(ws.db(), groupId, true).ok());
    EXPECT_EQ(count(QStringLiteral("chat_groups"), QStringLiteral("status = 'archived'")), 1);
    ASSERT_TRUE(GroupService::setArchived(ws.db(), groupId, false).ok());
    EXPECT_EQ(count(QStringLiteral("chat_groups"), QStringLiteral("status = 'active'")), 1);

    auto group = GroupStore(ws.db()).get(groupId);
    ASSERT_TRUE(group.ok());
    Group changed = group.value();
    changed.capacity = 200;
    refuse(QStringLiteral("chat_groups"), QStringLiteral("UPDATE"));
    EXPECT_FALSE(GroupService::update(ws.db(), changed).ok());
    allow(QStringLiteral("chat_groups"), QStringLiteral("UPDATE"));
    ASSERT_TRUE(GroupService::update(ws.db(), changed).ok());
    EXPECT_EQ(GroupStore(ws.db()).get(groupId)->capacity, 200);
    EXPECT_FALSE(GroupService::setArchived(ws.db(), 999, true).ok());
}
