// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/ActivitySeries.h"
#include "analytics/AnalyticsPeriod.h"

#include <QList>

#include <optional>

namespace qundesk {

// One key figure of a period and of the period of the same length just before it.
struct KpiValue {
    double current = 0;
    double previous = 0;
    // (current - previous) / previous; no value when the previous period had 0.
    std::optional<double> change() const;
};

// The Analytics page's tiles for a period [from, to] (both given) and the previous period
// [from - n, from - 1] of the same n days. Each figure follows DESIGN.md "Metrics":
struct AnalyticsKpis {
    QDate from, to, previousFrom, previousTo;
    KpiValue messages;   // messages in the period
    KpiValue averageDau; // mean of the daily active members over the period's days
    // Active rate of the period: the sum of the daily active members over the sum of the
    // members present each day (a mean of the daily rates weighted by members present).
    KpiValue activeRate;
    KpiValue members;    // present at the end of the period
    KpiValue netGrowth;  // joins - leaves in the period
    KpiValue buyers;     // funnel buyers (FunnelReport)
    KpiValue conversion; // buyers / funnel members
    KpiValue revenue;    // orders in the period, in workspace-currency units (others apart)
};

class AnalyticsKpiReport {
public:
    // `days`, when given, receives the period's daily series (ActivitySeriesReport), read on
    // the way.
    static Result<AnalyticsKpis> compute(const Database& db, const AnalyticsQuery& query,
                                         ActivitySeries* days = nullptr);
    static QStringList statements();
};

} // namespace qundesk
