// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/TouchStore.h"

#include "TempWorkspace.h"
#include "db/Sql.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

QDateTime at(int day, int hour) {
    return QDateTime(QDate(2026, 5, day), QTime(hour, 0), QTimeZone::utc());
}

Touch touch(qint64 member, const QString& channelKey, const QDateTime& when) {
    Touch t;
    t.memberId = member;
    t.channel = channelKey;
    t.touchedAt = when;
    t.note = QStringLiteral("私聊询问宝宝月龄");
    return t;
}

class TouchStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        for (qint64 id : {1, 2}) {
            ASSERT_TRUE(sql::exec(ws.db().connection(),
                                  QStringLiteral("INSERT INTO members (id, display_name, "
                                                 "created_at, updated_at) VALUES (:id, '李娜', "
                                                 "'x', 'x')"),
                                  {{QStringLiteral(":id"), id}})
                            .ok());
        }
    }

    test::TempWorkspace ws;
    TouchStore store{ws.db()};
};

} // namespace

TEST_F(TouchStoreTest, AddListAndRemove) {
    auto first = store.add(touch(1, QStringLiteral("private"), at(3, 10)));
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    ASSERT_TRUE(store.add(touch(1, QStringLiteral("group"), at(4, 10))).ok());
    ASSERT_TRUE(store.add(touch(2, QStringLiteral("private"), at(4, 11))).ok());

    auto touches = store.listForMember(1);
    ASSERT_TRUE(touches.ok());
    ASSERT_EQ(touches->size(), 2);
    EXPECT_EQ(touches->at(0).channel, QStringLiteral("group")); // newest first
    EXPECT_EQ(touches->at(1).id, first.value());
    EXPECT_EQ(touches->at(1).touchedAt, at(3, 10));
    EXPECT_EQ(touches->at(1).note, QStringLiteral("私聊询问宝宝月龄"));
    EXPECT_EQ(touches->at(1).groupId, 0);

    ASSERT_TRUE(store.remove(first.value()).ok());
    EXPECT_EQ(store.listForMember(1)->size(), 1);
    EXPECT_FALSE(store.remove(first.value()).ok());
}

TEST_F(TouchStoreTest, RejectsUnknownChannelAndMissingMember) {
    EXPECT_FALSE(store.add(touch(1, QStringLiteral("sms"), at(3, 10))).ok());
    EXPECT_FALSE(store.add(touch(0, QStringLiteral("private"), at(3, 10))).ok());
    EXPECT_TRUE(store.listForMember(1)->isEmpty());
}

TEST_F(TouchStoreTest, CountsPrivateTouchesInAHalfOpenWindow) {
    ASSERT_TRUE(store.add(touch(1, QStringLiteral("private"), at(1, 9))).ok()); // at `from`
    ASSERT_TRUE(store.add(touch(1, QStringLiteral("private"), at(3, 9))).ok());
    ASSERT_TRUE(store.add(touch(1, QStringLiteral("moments"), at(4, 9))).ok()); // not private
    ASSERT_TRUE(store.add(touch(2, QStringLiteral("private"), at(5, 9))).ok()); // other member
    ASSERT_TRUE(store.add(touch(1, QStringLiteral("private"), at(8, 9))).ok()); // at `to`
    EXPECT_EQ(store.countPrivateTouches(1, at(1, 9), at(8, 9)).value(), 2);
    EXPECT_EQ(store.countPrivateTouches(1, at(1, 9), at(8, 10)).value(), 3);
    EXPECT_EQ(store.countPrivateTouches(1, at(2, 0), at(8, 0)).value(), 1);
    EXPECT_EQ(store.countPrivateTouches(2, at(1, 0), at(9, 0)).value(), 1);
}
