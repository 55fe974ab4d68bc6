// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/AnalyticsDashboard.h"
#include "analytics/ChartTable.h"

#include <QCoreApplication>

namespace qundesk {

// The Analytics page's charts as plain tables (rows and series named in the interface
// language), one function per chart, from one computed dashboard.
class DashboardCharts {
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    static ChartTable messages(const AnalyticsDashboard& d);      // messages per day
    static ChartTable activeMembers(const AnalyticsDashboard& d); // DAU, WAU, MAU per day
    static ChartTable activeRate(const AnalyticsDashboard& d);    // DAU / members per day
    static ChartTable growth(const AnalyticsDashboard& d);        // joins, leaves, net per day
    static ChartTable members(const AnalyticsDashboard& d);       // members present per day
    // Rows: join weeks; series: week +0, +1, … (shares).
    static ChartTable retention(const AnalyticsDashboard& d);
    // Rows: source channels; series: week +0, +1, … (shares).
    static ChartTable retentionBySource(const AnalyticsDashboard& d);
    // Rows: Monday … Sunday; series: hours 0–23.
    static ChartTable heatMap(const AnalyticsDashboard& d);
    static ChartTable funnel(const AnalyticsDashboard& d);         // rows: the four stages
    static ChartTable funnelBySource(const AnalyticsDashboard& d); // rows: sources
    static ChartTable funnelByGroup(const AnalyticsDashboard& d);  // rows: groups
    static ChartTable revenueByGroup(const AnalyticsDashboard& d); // workspace currency
    static ChartTable lifecycle(const AnalyticsDashboard& d);      // rows: the five stages
    static ChartTable referrers(const AnalyticsDashboard& d);      // rows: top referrers

    static QString sourceLabel(const QString& key); // "(none)" for an empty key
};

} // namespace qundesk
