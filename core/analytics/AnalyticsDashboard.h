// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/ActivitySeries.h"
#include "analytics/AnalyticsKpis.h"
#include "analytics/FunnelReport.h"
#include "analytics/HourHeatMap.h"
#include "analytics/RetentionReport.h"
#include "analytics/RevenueReport.h"
#include "analytics/TopReferrers.h"
#include "metrics/MemberReport.h"

namespace qundesk {

// Everything the Analytics page shows for one group (or all) and one period (both days
// given): the page's queries in one place, run as one job (jobs/AnalyticsJob) and measured by
// the benchmark. All from aggregates, stays and orders; one read snapshot.
struct AnalyticsDashboard {
    AnalyticsQuery query;
    AnalyticsKpis kpis;
    ActivitySeries activity;
    HourHeatMap heatMap;
    Retention retention;
    Funnel funnel;
    QList<GroupFunnel> groupFunnels; // all groups, whatever the group filter
    Revenue revenue;
    QList<LifecycleCount> lifecycle; // now, of the members currently in the group
    QList<ReferrerRow> referrers;

    // Called between the parts; returning false stops compute() with an empty result.
    using Step = std::function<bool()>;
    static Result<AnalyticsDashboard> compute(const Database& db, const AnalyticsQuery& query,
                                              const Step& step = {});
};

} // namespace qundesk
