// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/AnalyticsKpis.h"

#include "analytics/ActiveWindows.h"
#include "analytics/ActivitySeries.h"
#include "analytics/FunnelReport.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "store/SettingsStore.h"

#include <cmath>

namespace qundesk {

namespace {

const QString kRevenue = QStringLiteral(
    "SELECT COALESCE(SUM(amount_cents), 0) FROM orders WHERE (:group = 0 OR group_id = :group) "
    "AND UPPER(currency) = :currency AND ordered_at >= :from_at AND ordered_at < :to_end");

struct PeriodFigures {
    double messages = 0, averageDau = 0, activeRate = 0, members = 0, netGrowth = 0;
    double buyers = 0, conversion = 0, revenue = 0;
};

Result<PeriodFigures> figures(const Database& db, const AnalyticsQuery& query,
                              const QList<ActivityDay>& days, const QString& currency) {
    PeriodFigures f;
    qint64 activeSum = 0, presentSum = 0;
    for (const ActivityDay& d : days) {
        f.messages += double(d.messages);
        activeSum += d.active;
        presentSum += d.members;
        f.netGrowth += d.net();
    }
    if (!days.isEmpty()) {
        f.averageDau = double(activeSum) / double(days.size());
        f.members = days.constLast().members;
    }
    f.activeRate = presentSum > 0 ? double(activeSum) / double(presentSum) : 0.0;
    auto funnel = FunnelReport::compute(db, query);
    if (!funnel)
        return funnel.error();
    f.buyers = funnel->total.buyers;
    f.conversion = funnel->total.conversion();
    QVariantMap binds = AnalyticsPeriod::of(db, query).binds();
    binds.insert(QStringLiteral(":currency"), currency);
    auto revenue = analytics::run(db, kRevenue, binds);
    if (!revenue)
        return revenue.error();
    if (revenue->next())
        f.revenue = double(revenue->value(0).toLongLong()) / 100.0;
    return f;
}

} // namespace

std::optional<double> KpiValue::change() const {
    if (previous == 0)
        return std::nullopt;
    return (current - previous) / std::abs(previous);
}

QStringList AnalyticsKpiReport::statements() {
    return {kRevenue};
}

Result<AnalyticsKpis> AnalyticsKpiReport::compute(const Database& db, const AnalyticsQuery& query,
                                                  ActivitySeries* days) {
    const ReadSnapshot snapshot(db.connection());
    AnalyticsKpis k;
    k.from = query.from;
    k.to = query.to;
    if (!k.from.isValid() || !k.to.isValid() || k.from > k.to)
        return Error{QCoreApplication::translate("AnalyticsKpis",
                                                 "The key figures need a period with a first "
                                                 "and a last day."),
                     {},
                     0};
    const qint64 length = k.from.daysTo(k.to) + 1;
    k.previousTo = k.from.addDays(-1);
    k.previousFrom = k.from.addDays(-length);
    auto series = ActivitySeriesReport::compute(db, {query.groupId, k.previousFrom, k.to}, false);
    if (!series)
        return series.error();
    const QString currency = SettingsStore(db).currency();
    auto previous = figures(db, {query.groupId, k.previousFrom, k.previousTo},
                            series->days.mid(0, length), currency);
    if (!previous)
        return previous.error();
    auto current = figures(db, query, series->days.mid(length), currency);
    if (!current)
        return current.error();
    if (days) { // the period's days, with their WAU and MAU
        days->days = series->days.mid(length);
        if (auto s = ActiveWindows::fill(db, query.groupId, &days->days); !s)
            return s.error();
    }
    const auto pair = [](double now, double before) {
        return KpiValue{now, before};
    };
    k.messages = pair(current->messages, previous->messages);
    k.averageDau = pair(current->averageDau, previous->averageDau);
    k.activeRate = pair(current->activeRate, previous->activeRate);
    k.members = pair(current->members, previous->members);
    k.netGrowth = pair(current->netGrowth, previous->netGrowth);
    k.buyers = pair(current->buyers, previous->buyers);
    k.conversion = pair(current->conversion, previous->conversion);
    k.revenue = pair(current->revenue, previous->revenue);
    return k;
}

} // namespace qundesk
