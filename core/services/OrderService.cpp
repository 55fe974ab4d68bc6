// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/OrderService.h"

#include "rules/MemberRefresh.h"
#include "services/ServiceTransaction.h"
#include "store/OrderStore.h"

namespace qundesk {

namespace {
QList<qint64> buyer(const Order& order) {
    return order.memberId > 0 ? QList<qint64>{order.memberId} : QList<qint64>{};
}
} // namespace

Result<qint64> OrderService::add(const Database& db, const Order& order) {
    return services::inTransaction(db, [&]() -> Result<qint64> {
        Order fresh = order;
        fresh.id = 0;
        auto id = OrderStore(db).create(fresh);
        if (!id)
            return id.error();
        if (auto s = memberrefresh::afterEdit(db, buyer(order)); !s)
            return s.error();
        return id.value();
    });
}

Result<Order> OrderService::remove(const Database& db, qint64 orderId) {
    return services::inTransaction(db, [&]() -> Result<Order> {
        OrderStore orders(db);
        auto order = orders.get(orderId);
        if (!order)
            return order.error();
        if (auto s = orders.remove(orderId); !s)
            return s.error();
        if (auto s = memberrefresh::afterEdit(db, buyer(*order)); !s)
            return s.error();
        return order;
    });
}

} // namespace qundesk
