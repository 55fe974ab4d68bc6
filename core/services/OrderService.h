// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Order.h"
#include "util/Result.h"

namespace qundesk {

class Database;

// Orders entered or deleted by hand. Each call is one transaction with the buyer's status
// (stage, tier) and rule tags refreshed.
class OrderService {
public:
    // Stores `order` (its id is ignored) and returns the new id.
    static Result<qint64> add(const Database& db, const Order& order);
    // Deletes the order; the returned copy stores it again through add().
    static Result<Order> remove(const Database& db, qint64 orderId);
};

} // namespace qundesk
