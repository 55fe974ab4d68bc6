// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Linking, tagging, stays and orders: each service call against a real workspace, its undo,
// and a failure half-way that must leave everything as it was.
#include "ServicesFixture.h"
#include "services/MemberLinkService.h"
#include "services/MemberService.h"
#include "services/MemberTagService.h"
#include "services/MembershipService.h"
#include "services/OrderService.h"
#include "store/MemberStore.h"
#include "store/TagStore.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

class MemberEditServicesTest : public test::ServicesFixture {
protected:
    qint64 add(const QString& name, qint64 group = 0) {
        NewMemberInput in;
        in.name = name;
        in.groupId = group;
        auto id = MemberService::create(ws.db(), in);
        EXPECT_TRUE(id.ok());
        return id ? id.value() : 0;
    }
    qint64 person(qint64 id) { return MemberStore(ws.db()).get(id)->personId; }
};

} // namespace

TEST_F(MemberEditServicesTest, LinkAndItsUndoRestoreBothPeople) {
    const qint64 a = add(QStringLiteral("A")), b = add(QStringLiteral("B")),
                 c = add(QStringLiteral("C"));
    ASSERT_TRUE(MemberStore(ws.db()).link(b, c).ok()); // B's person: B (root) + C
    auto linked = MemberLinkService::link(ws.db(), a, c);
    ASSERT_TRUE(linked.ok()) << linked.error().message.toStdString();
    EXPECT_EQ(person(b), a);
    EXPECT_EQ(person(c), a);
    ASSERT_TRUE(MemberLinkService::undoLink(ws.db(), linked.value()).ok());
    EXPECT_EQ(person(c), b);
    EXPECT_EQ(person(a), 0);
}

TEST_F(MemberEditServicesTest, UnlinkAndItsUndo) {
    const qint64 a = add(QStringLiteral("A")), b = add(QStringLiteral("B"));
    ASSERT_TRUE(MemberLinkService::link(ws.db(), a, b).ok());
    auto unlinked = MemberLinkService::unlink(ws.db(), b);
    ASSERT_TRUE(unlinked.ok());
    EXPECT_EQ(person(b), 0);
    ASSERT_TRUE(MemberLinkService::undoUnlink(ws.db(), unlinked.value()).ok());
    EXPECT_EQ(person(b), a);
}

TEST_F(MemberEditServicesTest, LinkFailingLeavesPeopleApart) {
    const qint64 a = add(QStringLiteral("A")), b = add(QStringLiteral("B"));
    refuseWrites(QStringLiteral("member_status"));
    run(QStringLiteral("DELETE FROM member_status")); // so the status pass must write
    EXPECT_FALSE(MemberLinkService::link(ws.db(), a, b).ok());
    EXPECT_EQ(person(b), 0);
    EXPECT_FALSE(MemberLinkService::link(ws.db(), a, 999).ok()) << "no such member";
}

TEST_F(MemberEditServicesTest, BulkTagCreatesTheTagAndUndoRemovesIt) {
    const qint64 a = add(QStringLiteral("A")), b = add(QStringLiteral("B"));
    auto tagged = MemberTagService::tagByName(ws.db(), {a, b}, QStringLiteral(" 王%1 "));
    ASSERT_TRUE(tagged.ok()) << tagged.error().message.toStdString();
    EXPECT_TRUE(tagged->createdTag);
    EXPECT_EQ(tagged->added, (QList<qint64>{a, b}));
    EXPECT_EQ(count(QStringLiteral("member_tags"), QStringLiteral("origin = 'manual'")), 2);
    ASSERT_TRUE(MemberTagService::undoTag(ws.db(), tagged.value()).ok());
    EXPECT_EQ(count(QStringLiteral("tags")), 0);
    EXPECT_EQ(count(QStringLiteral("member_tags")), 0);
}

TEST_F(MemberEditServicesTest, TaggingFailingHalfWayCreatesNoTag) {
    const qint64 a = add(QStringLiteral("A"));
    refuse(QStringLiteral("member_tags"));
    EXPECT_FALSE(MemberTagService::tagByName(ws.db(), {a}, QStringLiteral("VIP")).ok());
    EXPECT_EQ(count(QStringLiteral("tags")), 0) << "the tag made for it was rolled back";
}

TEST_F(MemberEditServicesTest, UntagKeepsOriginForUndoAndUnknownNameFails) {
    const qint64 a = add(QStringLiteral("A")), b = add(QStringLiteral("B"));
    Tag vip;
    vip.name = QStringLiteral("VIP");
    const qint64 tagId = TagStore(ws.db()).create(vip).value();
    ASSERT_TRUE(TagStore(ws.db()).assign({a}, tagId, QStringLiteral("import")).ok());
    // The member who already carried it keeps it on undo; the other loses it again.
    auto given = MemberTagService::tag(ws.db(), {a, b}, tagId);
    ASSERT_TRUE(given.ok());
    EXPECT_EQ(given->added, QList<qint64>{b});
    ASSERT_TRUE(MemberTagService::undoTag(ws.db(), given.value()).ok());
    EXPECT_EQ(count(QStringLiteral("member_tags"), QStringLiteral("origin = 'import'")), 1);
    EXPECT_EQ(count(QStringLiteral("member_tags")), 1);

    auto untagged = MemberTagService::untagByName(ws.db(), {a}, QStringLiteral("VIP"));
    ASSERT_TRUE(untagged.ok());
    EXPECT_EQ(count(QStringLiteral("member_tags")), 0);
    ASSERT_TRUE(MemberTagService::undoUntag(ws.db(), untagged.value()).ok());
    EXPECT_EQ(count(QStringLiteral("member_tags"), QStringLiteral("origin = 'import'")), 1);

    auto unknown = MemberTagService::untagByName(ws.db(), {a}, QStringLiteral("%2李"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("“%2李”")));
}

TEST_F(MemberEditServicesTest, AddToGroupSkipsMembersInItAndUndoForgetsTheNewStays) {
    const qint64 a = add(QStringLiteral("A"), groupId), b = add(QStringLiteral("B"));
    auto stays = MembershipService::addToGroup(ws.db(), {a, b}, groupId);
    ASSERT_TRUE(stays.ok());
    EXPECT_EQ(stays->size(), 1);
    EXPECT_EQ(count(QStringLiteral("memberships")), 2);
    ASSERT_TRUE(MembershipService::removeStays(ws.db(), stays.value()).ok());
    EXPECT_EQ(count(QStringLiteral("memberships")), 1);
}

TEST_F(MemberEditServicesTest, AddToGroupFailingAddsNobody) {
    const qint64 a = add(QStringLiteral("A")), b = add(QStringLiteral("B"));
    // A's stay is written, B's is refused: A's must go too.
    run(QStringLiteral("CREATE TEMP TRIGGER refuse_b BEFORE INSERT ON memberships WHEN "
                       "NEW.member_id = %1 BEGIN SELECT RAISE(ABORT, 'refused'); END")
            .arg(b));
    EXPECT_FALSE(MembershipService::addToGroup(ws.db(), {a, b}, groupId).ok());
    EXPECT_EQ(count(QStringLiteral("memberships")), 0);
}

TEST_F(MemberEditServicesTest, RoleLeaveAndReopen) {
    const qint64 a = add(QStringLiteral("A"), groupId);
    const qint64 stay = scalar(QStringLiteral("SELECT id FROM memberships")).toLongLong();
    ASSERT_TRUE(MembershipService::setRole(ws.db(), stay, QStringLiteral("koc")).ok());
    EXPECT_FALSE(MembershipService::setRole(ws.db(), stay, QStringLiteral("boss")).ok());
    EXPECT_EQ(scalar(QStringLiteral("SELECT role FROM memberships")).toString(),
              QStringLiteral("koc"));
    ASSERT_TRUE(MembershipService::leave(ws.db(), stay).ok());
    EXPECT_EQ(count(QStringLiteral("memberships"), QStringLiteral("left_at IS NULL")), 0);
    ASSERT_TRUE(MembershipService::reopen(ws.db(), stay).ok());
    EXPECT_EQ(count(QStringLiteral("memberships"), QStringLiteral("left_at IS NULL")), 1);
    EXPECT_GT(a, 0);
}

TEST_F(MemberEditServicesTest, OrdersUpdateTheBuyerAndFailuresStoreNothing) {
    const qint64 a = add(QStringLiteral("A"), groupId);
    Order order;
    order.memberId = a;
    order.groupId = groupId;
    order.orderedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    order.amountCents = 9900;
    auto id = OrderService::add(ws.db(), order);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT stage FROM member_status")).toString(),
              QStringLiteral("mature"))
        << "the buyer's stage follows in the same call";
    auto removed = OrderService::remove(ws.db(), id.value());
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(removed->amountCents, 9900);
    EXPECT_EQ(count(QStringLiteral("orders")), 0);

    refuseWrites(QStringLiteral("member_status"));
    EXPECT_FALSE(OrderService::add(ws.db(), order).ok());
    EXPECT_EQ(count(QStringLiteral("orders")), 0);
    order.currency = QStringLiteral("dollars");
    EXPECT_FALSE(OrderService::add(ws.db(), order).ok());
}
