// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/MembershipStore.h"

#include "TempWorkspace.h"
#include "store/GroupStore.h"
#include "store/MemberStore.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

QDateTime utc(int month, int day, int hour) {
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone::utc());
}

// A workspace with one group and three members.
struct People {
    test::TempWorkspace ws;
    MembershipStore stays{ws.db()};
    qint64 group = 0;
    QList<qint64> members;

    People() {
        Group g;
        g.name = QStringLiteral("新人福利群");
        group = GroupStore(ws.db()).create(g).value();
        MemberStore store(ws.db());
        for (const QString& name :
             {QStringLiteral("小红"), QStringLiteral("小明"), QStringLiteral("小刚")}) {
            Member m;
            m.displayName = name;
            members << store.create(m).value();
        }
    }
};

} // namespace

TEST(MembershipStore, JoinLeaveAndRejoinKeepsBothStays) {
    People p;
    auto first = p.stays.join(p.group, p.members[0], QStringLiteral("koc"), utc(3, 1, 2));
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    ASSERT_TRUE(p.stays.leave(first.value(), utc(3, 10, 2), QStringLiteral("removed")).ok());
    EXPECT_FALSE(p.stays.currentMembership(p.group, p.members[0])->has_value());
    auto second = p.stays.join(p.group, p.members[0], QStringLiteral("member"), utc(4, 1, 2));
    ASSERT_TRUE(second.ok());

    auto history = p.stays.listForMember(p.members[0]);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).id, second.value()); // newest first
    EXPECT_TRUE(history->at(0).isPresent());
    EXPECT_EQ(history->at(1).role, QStringLiteral("koc"));
    EXPECT_EQ(history->at(1).leftAt, utc(3, 10, 2));
    EXPECT_EQ(history->at(1).leaveKind, QStringLiteral("removed"));
    auto current = p.stays.currentMembership(p.group, p.members[0]);
    ASSERT_TRUE(current.ok() && current->has_value());
    EXPECT_EQ(current->value().id, second.value());
}

TEST(MembershipStore, JoinRefusesOpenStayUnknownRoleAndMissingRows) {
    People p;
    ASSERT_TRUE(p.stays.join(p.group, p.members[0]).ok());
    EXPECT_FALSE(p.stays.join(p.group, p.members[0]).ok());
    EXPECT_FALSE(p.stays.join(p.group, p.members[1], QStringLiteral("群主")).ok());
    EXPECT_FALSE(p.stays.join(p.group, 999).ok());
    EXPECT_FALSE(p.stays.join(999, p.members[1]).ok());
    EXPECT_EQ(p.stays.listForGroup(p.group, true)->size(), 1);
}

TEST(MembershipStore, LeaveValidatesKindTimeAndState) {
    People p;
    const qint64 id =
        p.stays.join(p.group, p.members[0], QStringLiteral("member"), utc(3, 5, 0)).value();
    EXPECT_FALSE(p.stays.leave(id, utc(3, 6, 0), QStringLiteral("kicked")).ok());
    auto early = p.stays.leave(id, utc(3, 4, 0));
    ASSERT_FALSE(early.ok());
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("before joining")));
    ASSERT_TRUE(p.stays.leave(id, utc(3, 6, 0)).ok());
    EXPECT_FALSE(p.stays.leave(id, utc(3, 7, 0)).ok());
    EXPECT_FALSE(p.stays.leave(999, utc(3, 7, 0)).ok());
    EXPECT_EQ(p.stays.get(id)->leaveKind, QStringLiteral("left"));
}

TEST(MembershipStore, ReopenUndoesLeaveOnTheSameStay) {
    People p;
    const qint64 id =
        p.stays.join(p.group, p.members[0], QStringLiteral("koc"), utc(3, 5, 0)).value();
    ASSERT_TRUE(p.stays.leave(id, utc(3, 6, 0), QStringLiteral("removed")).ok());
    ASSERT_TRUE(p.stays.reopen(id).ok());
    auto stay = p.stays.get(id);
    ASSERT_TRUE(stay.ok());
    EXPECT_TRUE(stay->isPresent());
    EXPECT_TRUE(stay->leaveKind.isEmpty());
    EXPECT_EQ(stay->role, QStringLiteral("koc"));
    EXPECT_EQ(stay->joinedAt, utc(3, 5, 0));
    EXPECT_EQ(p.stays.currentMembership(p.group, p.members[0])->value().id, id);
    EXPECT_EQ(p.stays.listForMember(p.members[0])->size(), 1);
    EXPECT_TRUE(p.stays.reopen(id).ok()); // already open: nothing to do

    // A stay cannot be reopened while the member is in the group again with a newer one.
    ASSERT_TRUE(p.stays.leave(id, utc(3, 6, 0)).ok());
    ASSERT_TRUE(p.stays.join(p.group, p.members[0], QStringLiteral("member"), utc(3, 7, 0)).ok());
    EXPECT_FALSE(p.stays.reopen(id).ok());
    EXPECT_FALSE(p.stays.get(id)->isPresent());
    EXPECT_FALSE(p.stays.reopen(999).ok());
}

TEST(MembershipStore, SetRoleRemoveAndListForGroup) {
    People p;
    const qint64 a =
        p.stays.join(p.group, p.members[0], QStringLiteral("member"), utc(3, 1, 0)).value();
    const qint64 b =
        p.stays.join(p.group, p.members[1], QStringLiteral("member"), utc(3, 2, 0)).value();
    const qint64 c =
        p.stays.join(p.group, p.members[2], QStringLiteral("member"), utc(3, 3, 0)).value();
    ASSERT_TRUE(p.stays.setRole(a, QStringLiteral("owner")).ok());
    EXPECT_FALSE(p.stays.setRole(a, QStringLiteral("boss")).ok());
    EXPECT_FALSE(p.stays.setRole(999, QStringLiteral("admin")).ok());
    ASSERT_TRUE(p.stays.leave(b, utc(3, 4, 0)).ok());

    auto present = p.stays.listForGroup(p.group);
    ASSERT_TRUE(present.ok());
    ASSERT_EQ(present->size(), 2);
    EXPECT_EQ(present->at(0).role, QStringLiteral("owner"));
    EXPECT_EQ(present->at(1).id, c);
    EXPECT_EQ(p.stays.listForGroup(p.group, true)->size(), 3);

    ASSERT_TRUE(p.stays.remove(c).ok());
    EXPECT_FALSE(p.stays.remove(c).ok());
    EXPECT_EQ(p.stays.listForGroup(p.group)->size(), 1);
}

TEST(MembershipStore, CountPresentUsesTheWorkspaceDay) {
    People p;
    const QTimeZone shanghai("Asia/Shanghai");
    ASSERT_TRUE(shanghai.isValid());
    // 17:00 UTC on 1 March is 01:00 on 2 March in Shanghai.
    ASSERT_TRUE(p.stays.join(p.group, p.members[0], QStringLiteral("member"), utc(3, 1, 17)).ok());
    const qint64 b =
        p.stays.join(p.group, p.members[1], QStringLiteral("member"), utc(2, 20, 0)).value();
    // Leaves at 09:00 on 5 March in Shanghai: present on the 4th, no longer on the 5th.
    ASSERT_TRUE(p.stays.leave(b, utc(3, 5, 1)).ok());
    const qint64 c =
        p.stays.join(p.group, p.members[2], QStringLiteral("member"), utc(2, 1, 0)).value();
    ASSERT_TRUE(p.stays.leave(c, utc(2, 10, 0)).ok());

    EXPECT_EQ(p.stays.countPresent(p.group, QDate(2026, 3, 1), shanghai).value(), 1);
    EXPECT_EQ(p.stays.countPresent(p.group, QDate(2026, 3, 2), shanghai).value(), 2);
    EXPECT_EQ(p.stays.countPresent(p.group, QDate(2026, 3, 4), shanghai).value(), 2);
    EXPECT_EQ(p.stays.countPresent(p.group, QDate(2026, 3, 5), shanghai).value(), 1);
    EXPECT_EQ(p.stays.countPresent(p.group, QDate(2026, 2, 5), shanghai).value(), 1);
    // In UTC the first join is still on 1 March.
    EXPECT_EQ(p.stays.countPresent(p.group, QDate(2026, 3, 1), QTimeZone::utc()).value(), 2);
}

TEST(MembershipStore, RemovingTheGroupRemovesItsStays) {
    People p;
    ASSERT_TRUE(p.stays.join(p.group, p.members[0]).ok());
    ASSERT_TRUE(GroupStore(p.ws.db()).remove(p.group).ok());
    EXPECT_TRUE(p.stays.listForMember(p.members[0])->isEmpty());
}
