// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/AnalyticsDashboard.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "util/ScopedTimer.h"

namespace qundesk {

Result<AnalyticsDashboard>
AnalyticsDashboard::compute(const Database& db, const AnalyticsQuery& query, const Step& step) {
    const ScopedTimer timer(QStringLiteral("analytics dashboard"));
    const ReadSnapshot snapshot(db.connection());
    AnalyticsDashboard d;
    d.query = query;
    const auto cancelled = [&step]() {
        return step && !step();
    };
    const Error stopped{QCoreApplication::translate("AnalyticsDashboard", "Cancelled."), {}, 0};

    auto kpis = AnalyticsKpiReport::compute(db, query, &d.activity);
    if (!kpis)
        return kpis.error();
    d.kpis = *kpis;
    if (cancelled())
        return stopped;
    auto heatMap = HourHeatMapReport::compute(db, query);
    if (!heatMap)
        return heatMap.error();
    d.heatMap = *heatMap;
    auto retention = RetentionReport::compute(db, query);
    if (!retention)
        return retention.error();
    d.retention = std::move(retention).value();
    if (cancelled())
        return stopped;
    auto funnel = FunnelReport::compute(db, query);
    if (!funnel)
        return funnel.error();
    d.funnel = std::move(funnel).value();
    auto groups = FunnelReport::perGroup(db, query);
    if (!groups)
        return groups.error();
    d.groupFunnels = std::move(groups).value();
    if (cancelled())
        return stopped;
    auto revenue = RevenueReport::compute(db, query);
    if (!revenue)
        return revenue.error();
    d.revenue = std::move(revenue).value();
    auto lifecycle = MemberReport::lifecycle(db, query.groupId);
    if (!lifecycle)
        return lifecycle.error();
    d.lifecycle = std::move(lifecycle).value();
    auto referrers = TopReferrers::compute(db, query);
    if (!referrers)
        return referrers.error();
    d.referrers = std::move(referrers).value();
    return d;
}

} // namespace qundesk
