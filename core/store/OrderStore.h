// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Order.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace qundesk {

class Database;

// Orders (table orders). An order's externalId (the shop's order number) is unique when set, so
// re-importing an order list recognises orders already stored.
class OrderStore {
    Q_DECLARE_TR_FUNCTIONS(OrderStore)

public:
    explicit OrderStore(const Database& db);

    Result<qint64> create(const Order& order); // returns the new id
    Status update(const Order& order);
    Status remove(qint64 id);

    Result<Order> get(qint64 id) const;
    Result<std::optional<Order>> findByExternalId(const QString& externalId) const;
    // A member's orders, newest first.
    Result<QList<Order>> listForMember(qint64 memberId) const;
    // A group's orders with from <= orderedAt < to (instants), oldest first.
    Result<QList<Order>> listForGroup(qint64 groupId, const QDateTime& from,
                                      const QDateTime& to) const;
    // Number of orders and revenue of a member over all time; revenue in `currency` (the
    // workspace's), other currencies apart.
    Result<OrderTotals> countsForMember(qint64 memberId,
                                        const QString& currency = money::kDefaultCurrency) const;

private:
    Status validate(const Order& order) const;

    QSqlDatabase m_db;
};

} // namespace qundesk
