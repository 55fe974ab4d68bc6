// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "metrics/DashboardStatements.h"

#include "analytics/ActivitySeries.h"
#include "analytics/AnalyticsKpis.h"
#include "analytics/FunnelReport.h"
#include "analytics/HourHeatMap.h"
#include "analytics/RetentionReport.h"
#include "analytics/RevenueReport.h"
#include "analytics/TopReferrers.h"
#include "metrics/GroupHealth.h"
#include "metrics/MemberReport.h"
#include "metrics/SummaryReport.h"
#include "rules/MemberStatusRow.h"

namespace qundesk {

QList<NamedStatement> dashboardStatements() {
    QList<NamedStatement> all;
    const auto add = [&all](const QString& name, const QStringList& statements) {
        for (qsizetype i = 0; i < statements.size(); ++i)
            all << NamedStatement{QStringLiteral("%1 %2").arg(name).arg(i), statements.at(i)};
    };
    add(QStringLiteral("group health"), GroupHealthReport::statements());
    add(QStringLiteral("summary"), SummaryReport::statements());
    add(QStringLiteral("member report"), MemberReport::statements());
    add(QStringLiteral("member status"),
        {memberstatus::readStatement(1, true), memberstatus::readStatement(3, false)});
    add(QStringLiteral("activity series"), ActivitySeriesReport::statements());
    add(QStringLiteral("key figures"), AnalyticsKpiReport::statements());
    add(QStringLiteral("funnel"), FunnelReport::statements());
    add(QStringLiteral("heat map"), HourHeatMapReport::statements());
    add(QStringLiteral("retention"), RetentionReport::statements());
    add(QStringLiteral("revenue"), RevenueReport::statements());
    add(QStringLiteral("top referrers"), TopReferrers::statements());
    return all;
}

} // namespace qundesk
