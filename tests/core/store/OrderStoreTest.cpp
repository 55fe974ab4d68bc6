// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/OrderStore.h"

#include "TempWorkspace.h"
#include "db/Sql.h"
#include "store/GroupStore.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

QDateTime at(int day, int hour) {
    return QDateTime(QDate(2026, 5, day), QTime(hour, 0), QTimeZone::utc());
}

class OrderStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        Group g;
        g.name = QStringLiteral("VIP会员群");
        group = GroupStore(ws.db()).create(g).value();
        for (qint64 id : {1, 2}) {
            ASSERT_TRUE(sql::exec(ws.db().connection(),
                                  QStringLiteral("INSERT INTO members (id, display_name, "
                                                 "created_at, updated_at) VALUES (:id, '王芳', "
                                                 "'x', 'x')"),
                                  {{QStringLiteral(":id"), id}})
                            .ok());
        }
    }

    Order order(qint64 member, const QDateTime& when, qint64 cents, const QString& number = {}) {
        Order o;
        o.memberId = member;
        o.groupId = group;
        o.orderedAt = when;
        o.amountCents = cents;
        o.product = QStringLiteral("有机奶粉 900g");
        o.externalId = number;
        return o;
    }

    test::TempWorkspace ws;
    OrderStore store{ws.db()};
    qint64 group = 0;
};

} // namespace

TEST_F(OrderStoreTest, CreateAndGetRoundTrips) {
    Order o = order(1, at(3, 12), 12990, QStringLiteral("TB-20260503-001"));
    o.currency = QStringLiteral("cny");
    auto id = store.create(o);
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    auto stored = store.get(id.value());
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->memberId, 1);
    EXPECT_EQ(stored->groupId, group);
    EXPECT_EQ(stored->orderedAt, at(3, 12));
    EXPECT_EQ(stored->amountCents, 12990);
    EXPECT_EQ(stored->currency, QStringLiteral("CNY"));
    EXPECT_EQ(stored->product, QStringLiteral("有机奶粉 900g"));
    EXPECT_EQ(stored->externalId, QStringLiteral("TB-20260503-001"));
    EXPECT_TRUE(stored->createdAt.isValid());
    auto found = store.findByExternalId(QStringLiteral("TB-20260503-001"));
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ(found->value().id, id.value());
}

TEST_F(OrderStoreTest, DuplicateExternalIdIsAClearError) {
    ASSERT_TRUE(store.create(order(1, at(3, 12), 100, QStringLiteral("JD-88"))).ok());
    auto again = store.create(order(2, at(4, 12), 200, QStringLiteral("JD-88")));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("JD-88")));

    const qint64 other = store.create(order(2, at(4, 12), 200, QStringLiteral("JD-99"))).value();
    Order renamed = store.get(other).value();
    renamed.externalId = QStringLiteral("JD-88");
    EXPECT_FALSE(store.update(renamed).ok());
    renamed.externalId = QStringLiteral("JD-99"); // its own number is no clash
    renamed.amountCents = 250;
    ASSERT_TRUE(store.update(renamed).ok());
    EXPECT_EQ(store.get(other)->amountCents, 250);
    // Orders without a number never clash.
    EXPECT_TRUE(store.create(order(1, at(5, 12), 1)).ok());
    EXPECT_TRUE(store.create(order(1, at(5, 13), 1)).ok());
}

TEST_F(OrderStoreTest, RejectsInvalidOrdersAndMissingRows) {
    EXPECT_FALSE(store.create(order(1, at(3, 12), -1)).ok());
    EXPECT_FALSE(store.create(order(1, QDateTime(), 100)).ok());
    Order badCurrency = order(1, at(3, 12), 100);
    badCurrency.currency = QStringLiteral("人民币");
    EXPECT_FALSE(store.create(badCurrency).ok());

    const qint64 id = store.create(order(1, at(3, 12), 100)).value();
    ASSERT_TRUE(store.remove(id).ok());
    EXPECT_FALSE(store.get(id).ok());
    EXPECT_FALSE(store.remove(id).ok());
    Order ghost = order(1, at(3, 12), 100);
    ghost.id = id;
    EXPECT_FALSE(store.update(ghost).ok());
}

TEST_F(OrderStoreTest, ListsAndTotalsForMember) {
    ASSERT_TRUE(store.create(order(1, at(3, 12), 1000)).ok());
    ASSERT_TRUE(store.create(order(1, at(9, 12), 2500)).ok());
    ASSERT_TRUE(store.create(order(2, at(5, 12), 700)).ok());
    auto orders = store.listForMember(1);
    ASSERT_TRUE(orders.ok());
    ASSERT_EQ(orders->size(), 2);
    EXPECT_EQ(orders->at(0).orderedAt, at(9, 12)); // newest first
    EXPECT_EQ(orders->at(1).orderedAt, at(3, 12));
    auto totals = store.countsForMember(1);
    ASSERT_TRUE(totals.ok());
    EXPECT_EQ(totals->orders, 2);
    EXPECT_EQ(totals->revenue.cents, 3500);
    EXPECT_EQ(store.countsForMember(99)->orders, 0);
    EXPECT_TRUE(store.countsForMember(99)->revenue.isZero());
}

TEST_F(OrderStoreTest, TotalsKeepEachCurrencyApart) {
    Order dollars = order(1, at(4, 12), 1250);
    dollars.currency = QStringLiteral("USD");
    ASSERT_TRUE(store.create(dollars).ok());
    ASSERT_TRUE(store.create(order(1, at(3, 12), 1000)).ok());
    auto inYuan = store.countsForMember(1, QStringLiteral("CNY"));
    ASSERT_TRUE(inYuan.ok());
    EXPECT_EQ(inYuan->orders, 2);
    EXPECT_EQ(inYuan->revenue.cents, 1000);
    EXPECT_EQ(inYuan->revenue.other, (QMap<QString, qint64>{{QStringLiteral("USD"), 1250}}));
    auto inDollars = store.countsForMember(1, QStringLiteral("USD"));
    ASSERT_TRUE(inDollars.ok());
    EXPECT_EQ(inDollars->revenue.cents, 1250);
    EXPECT_EQ(inDollars->revenue.other, (QMap<QString, qint64>{{QStringLiteral("CNY"), 1000}}));
}

TEST_F(OrderStoreTest, ListForGroupUsesAHalfOpenRange) {
    ASSERT_TRUE(store.create(order(1, at(3, 0), 1)).ok());
    ASSERT_TRUE(store.create(order(1, at(4, 0), 2)).ok());
    ASSERT_TRUE(store.create(order(2, at(5, 0), 3)).ok());
    Order elsewhere = order(2, at(4, 1), 4);
    elsewhere.groupId = 0;
    ASSERT_TRUE(store.create(elsewhere).ok());
    auto orders = store.listForGroup(group, at(3, 0), at(5, 0));
    ASSERT_TRUE(orders.ok());
    ASSERT_EQ(orders->size(), 2);
    EXPECT_EQ(orders->at(0).amountCents, 1);
    EXPECT_EQ(orders->at(1).amountCents, 2);
}
