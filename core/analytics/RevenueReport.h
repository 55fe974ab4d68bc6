// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/AnalyticsPeriod.h"
#include "util/MoneyTotals.h"

#include <QCoreApplication>
#include <QList>

namespace qundesk {

struct GroupRevenue {
    qint64 groupId = 0;
    QString name;
    int orders = 0;
    money::Totals revenue; // workspace currency, other currencies apart
};

// Revenue of a period (orders.ordered_at in the period, DESIGN.md "Metrics").
struct Revenue {
    // Per group (archived ones included), by name; with a group chosen, that group alone.
    QList<GroupRevenue> groups;
    // Orders attributed to no group (all groups only).
    money::Totals unattributed;
    // Top-20% share: the revenue of the top fifth of buyers (rounded up: at least one buyer
    // when there is any) over the revenue of all buyers, in the workspace currency only.
    // Orders without a member belong to no buyer and count in neither. 0 without revenue.
    int buyers = 0;
    int topBuyers = 0;
    qint64 topCents = 0;
    qint64 buyerCents = 0;
    double topShare() const { return buyerCents > 0 ? double(topCents) / buyerCents : 0.0; }
};

class RevenueReport {
    Q_DECLARE_TR_FUNCTIONS(RevenueReport)

public:
    static Result<Revenue> compute(const Database& db, const AnalyticsQuery& query);
    static QStringList statements();
};

} // namespace qundesk
