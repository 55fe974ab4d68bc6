// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/MoneyTotals.h"

#include <QDateTime>
#include <QString>

namespace qundesk {

// One purchase (table orders). Money is integer cents in `currency` (ISO 4217 code).
struct Order {
    qint64 id = 0;
    qint64 memberId = 0; // 0 = no member (stored as NULL)
    qint64 groupId = 0;  // 0 = not attributed to a group
    QDateTime orderedAt; // instant, UTC
    qint64 amountCents = 0;
    QString currency = QStringLiteral("CNY");
    QString product;
    QString externalId; // the shop's order number; unique when set
    qint64 importId = 0;
    QDateTime createdAt;
};

// A member's orders (in every currency) and revenue, each currency apart.
struct OrderTotals {
    qint64 orders = 0;
    money::Totals revenue;
};

} // namespace qundesk
