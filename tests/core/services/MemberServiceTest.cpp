// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/MemberService.h"

#include "ServicesFixture.h"
#include "store/MemberStore.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

class MemberServiceTest : public test::ServicesFixture {
protected:
    NewMemberInput input(const QString& name) {
        NewMemberInput in;
        in.name = name;
        in.platform = QStringLiteral("wechat");
        in.handle = QStringLiteral("wxid_") + QString::number(name.size());
        in.groupId = groupId;
        in.role = QStringLiteral("admin");
        return in;
    }
};

} // namespace

TEST_F(MemberServiceTest, CreateStoresMemberIdentityStayAndStatusTogether) {
    auto id = MemberService::create(ws.db(), input(QStringLiteral("  王%1 ")));
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto member = MemberStore(ws.db()).get(id.value());
    ASSERT_TRUE(member.ok());
    EXPECT_EQ(member->displayName, QStringLiteral("王%1"));
    EXPECT_EQ(count(QStringLiteral("member_identities")), 1);
    EXPECT_EQ(count(QStringLiteral("memberships"), QStringLiteral("role = 'admin'")), 1);
    EXPECT_EQ(count(QStringLiteral("member_status")), 1) << "the status pass ran with it";
}

TEST_F(MemberServiceTest, CreateFailingHalfWayLeavesNothing) {
    refuse(QStringLiteral("memberships"));
    auto id = MemberService::create(ws.db(), input(QStringLiteral("%2李")));
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(count(QStringLiteral("members")), 0);
    EXPECT_EQ(count(QStringLiteral("member_identities")), 0);

    allow(QStringLiteral("memberships"));
    refuse(QStringLiteral("member_status")); // the last step: the status pass
    EXPECT_FALSE(MemberService::create(ws.db(), input(QStringLiteral("%2李"))).ok());
    EXPECT_EQ(count(QStringLiteral("members")), 0);
    EXPECT_EQ(count(QStringLiteral("memberships")), 0);
}

TEST_F(MemberServiceTest, UpdateRollsBackWhenTheStatusPassFails) {
    auto id = MemberService::create(ws.db(), input(QStringLiteral("Ann")));
    ASSERT_TRUE(id.ok());
    auto member = MemberStore(ws.db()).get(id.value());
    ASSERT_TRUE(member.ok());
    Member changed = member.value();
    changed.displayName = QStringLiteral("Anna");
    changed.notes = QStringLiteral("likes tea");
    refuseWrites(QStringLiteral("member_status"));
    EXPECT_FALSE(MemberService::update(ws.db(), changed).ok());
    EXPECT_EQ(MemberStore(ws.db()).get(id.value())->displayName, QStringLiteral("Ann"));

    allowWrites(QStringLiteral("member_status"));
    ASSERT_TRUE(MemberService::update(ws.db(), changed).ok());
    EXPECT_EQ(MemberStore(ws.db()).get(id.value())->notes, QStringLiteral("likes tea"));
}

TEST_F(MemberServiceTest, RemoveAndRestoreGiveBackTheSameRows) {
    auto a = MemberService::create(ws.db(), input(QStringLiteral("A")));
    auto b = MemberService::create(ws.db(), input(QStringLiteral("Bb")));
    ASSERT_TRUE(a.ok() && b.ok());
    auto snapshot = MemberService::remove(ws.db(), {a.value(), b.value()});
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("members")), 0);
    EXPECT_EQ(count(QStringLiteral("memberships")), 0);
    ASSERT_TRUE(MemberService::restore(ws.db(), snapshot.value()).ok());
    EXPECT_EQ(count(QStringLiteral("members")), 2);
    EXPECT_EQ(count(QStringLiteral("memberships")), 2);
    EXPECT_EQ(MemberStore(ws.db()).get(b.value())->displayName, QStringLiteral("Bb"));
}

TEST_F(MemberServiceTest, RemoveFailingLeavesEveryMember) {
    auto a = MemberService::create(ws.db(), input(QStringLiteral("A")));
    ASSERT_TRUE(a.ok());
    refuse(QStringLiteral("member_identities"), QStringLiteral("DELETE"));
    EXPECT_FALSE(MemberService::remove(ws.db(), {a.value()}).ok());
    EXPECT_EQ(count(QStringLiteral("members")), 1);
    EXPECT_EQ(count(QStringLiteral("memberships")), 1);
    EXPECT_EQ(count(QStringLiteral("member_status")), 1);
}

TEST_F(MemberServiceTest, ErasePersonalDataIsAllOrNothing) {
    auto a = MemberService::create(ws.db(), input(QStringLiteral("Secret")));
    ASSERT_TRUE(a.ok());
    refuseWrites(QStringLiteral("member_status"));
    EXPECT_FALSE(MemberService::erasePersonalData(ws.db(), a.value()).ok());
    EXPECT_EQ(MemberStore(ws.db()).get(a.value())->displayName, QStringLiteral("Secret"));
    allowWrites(QStringLiteral("member_status"));
    ASSERT_TRUE(MemberService::erasePersonalData(ws.db(), a.value()).ok());
    EXPECT_TRUE(MemberStore(ws.db()).get(a.value())->isErased());
    EXPECT_EQ(count(QStringLiteral("member_identities")), 0);
}
