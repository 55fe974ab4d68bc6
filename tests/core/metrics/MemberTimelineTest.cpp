// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "metrics/MemberTimeline.h"

#include "TempWorkspace.h"
#include "db/Sql.h"
#include "store/GroupStore.h"
#include "store/MemberStore.h"
#include "store/MembershipStore.h"
#include "store/OrderStore.h"
#include "store/TouchStore.h"
#include "util/Money.h"
#include "util/Time.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

Member named(const QString& name) {
    Member m;
    m.displayName = name;
    return m;
}

QDateTime utc(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

void activity(Database& db, qint64 group, qint64 member, const char* day, int messages) {
    auto q = sql::exec(db.connection(),
                       QStringLiteral("INSERT INTO member_day_activity (group_id, member_id, day, "
                                      "messages) VALUES (:g, :m, :day, :n)"),
                       {{QStringLiteral(":g"), group},
                        {QStringLiteral(":m"), member},
                        {QStringLiteral(":day"), QString::fromLatin1(day)},
                        {QStringLiteral(":n"), messages}});
    ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
}

class MemberTimelineTest : public ::testing::Test {
protected:
    void TearDown() override { time::setFixedNow({}); }
};

} // namespace

TEST_F(MemberTimelineTest, ListsJoinsWeeklyMessagesTouchesOrdersAndNotesInTimeOrder) {
    test::TempWorkspace ws;
    Database& db = ws.db();
    time::setFixedNow(utc("2026-03-20T09:00:00Z"));
    Group g;
    g.name = QStringLiteral("VIP 一群");
    auto groupId = GroupStore(db).create(g);
    ASSERT_TRUE(groupId.ok());
    Member m;
    m.displayName = QStringLiteral("小红");
    m.notes = QStringLiteral("喜欢绿茶");
    auto memberId = MemberStore(db).create(m);
    ASSERT_TRUE(memberId.ok());
    auto other = MemberStore(db).create(named(QStringLiteral("别人")));
    ASSERT_TRUE(other.ok());

    ASSERT_TRUE(MembershipStore(db)
                    .join(groupId.value(), memberId.value(), QStringLiteral("koc"),
                          utc("2026-03-02T02:00:00Z"))
                    .ok());
    // Week 10 of 2026 (Mon 2 March): 3 + 2 messages; week 11 (Mon 9 March): 4; someone else's
    // activity stays out.
    activity(db, groupId.value(), memberId.value(), "2026-03-03", 3);
    activity(db, groupId.value(), memberId.value(), "2026-03-08", 2);
    activity(db, groupId.value(), memberId.value(), "2026-03-11", 4);
    activity(db, groupId.value(), other.value(), "2026-03-04", 7);

    Touch touch;
    touch.memberId = memberId.value();
    touch.channel = QStringLiteral("private");
    touch.touchedAt = utc("2026-03-12T12:00:00Z");
    touch.note = QStringLiteral("问候");
    ASSERT_TRUE(TouchStore(db).add(touch).ok());

    Order order;
    order.memberId = memberId.value();
    order.groupId = groupId.value();
    order.orderedAt = utc("2026-03-05T06:30:00Z");
    order.amountCents = 12990;
    order.product = QStringLiteral("绿茶礼盒");
    ASSERT_TRUE(OrderStore(db).create(order).ok());

    auto events =
        MemberTimeline::build(db, memberId.value(), QTimeZone(QByteArray("Asia/Shanghai")));
    ASSERT_TRUE(events.ok()) << events.error().toString().toStdString();
    const QList<TimelineEvent>& e = events.value();
    ASSERT_EQ(e.size(), 6);

    // Monday 2 March 00:00 in Shanghai is 1 March 16:00 UTC: the week starts before the join.
    EXPECT_EQ(e[0].kind, QStringLiteral("messages"));
    EXPECT_EQ(e[0].at, utc("2026-03-01T16:00:00Z"));
    EXPECT_EQ(e[0].text, QStringLiteral("5 message(s) in week 10 of 2026"));

    EXPECT_EQ(e[1].kind, QStringLiteral("join"));
    EXPECT_EQ(e[1].at, utc("2026-03-02T02:00:00Z"));
    EXPECT_EQ(e[1].text, QStringLiteral("Joined VIP 一群 as KOC"));
    EXPECT_EQ(e[1].groupId, groupId.value());

    EXPECT_EQ(e[2].kind, QStringLiteral("order"));
    EXPECT_EQ(e[2].at, utc("2026-03-05T06:30:00Z"));
    EXPECT_EQ(
        e[2].text,
        QStringLiteral("Order of %1: 绿茶礼盒").arg(money::format(12990, QStringLiteral("CNY"))));

    EXPECT_EQ(e[3].kind, QStringLiteral("messages"));
    EXPECT_EQ(e[3].at, utc("2026-03-08T16:00:00Z"));
    EXPECT_EQ(e[3].text, QStringLiteral("4 message(s) in week 11 of 2026"));

    EXPECT_EQ(e[4].kind, QStringLiteral("touch"));
    EXPECT_EQ(e[4].at, utc("2026-03-12T12:00:00Z"));
    EXPECT_TRUE(e[4].text.endsWith(QStringLiteral("问候"))) << e[4].text.toStdString();

    EXPECT_EQ(e[5].kind, QStringLiteral("note"));
    EXPECT_EQ(e[5].at, utc("2026-03-20T09:00:00Z"));
    EXPECT_EQ(e[5].text, QStringLiteral("喜欢绿茶"));
}

TEST_F(MemberTimelineTest, ShowsLeavingAndOmitsEmptyNotes) {
    test::TempWorkspace ws;
    Database& db = ws.db();
    Group g;
    g.name = QStringLiteral("新人群");
    auto groupId = GroupStore(db).create(g);
    ASSERT_TRUE(groupId.ok());
    auto memberId = MemberStore(db).create(named(QStringLiteral("阿明")));
    ASSERT_TRUE(memberId.ok());
    MembershipStore stays(db);
    auto stay = stays.join(groupId.value(), memberId.value(), QStringLiteral("member"),
                           utc("2026-01-10T00:00:00Z"));
    ASSERT_TRUE(stay.ok());
    ASSERT_TRUE(
        stays.leave(stay.value(), utc("2026-02-01T00:00:00Z"), QStringLiteral("removed")).ok());

    auto events = MemberTimeline::build(db, memberId.value(), QTimeZone::utc());
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 2);
    EXPECT_EQ(events->at(0).kind, QStringLiteral("join"));
    EXPECT_EQ(events->at(1).kind, QStringLiteral("leave"));
    EXPECT_EQ(events->at(1).text, QStringLiteral("Removed from 新人群"));
    EXPECT_FALSE(MemberTimeline::build(db, 9999, QTimeZone::utc()).ok());
}
