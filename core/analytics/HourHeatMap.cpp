// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/HourHeatMap.h"

#include "db/SqlDialect.h"

#include <algorithm>

namespace qundesk {

namespace {

// Per weekday and hour over the groups' index ranges: at most 168 rows, whatever the period.
const QString kHours =
    QStringLiteral("SELECT %1, a.hour, SUM(a.messages) FROM chat_groups g CROSS JOIN "
                   "group_hour_activity a ON a.group_id = g.id WHERE (:group = 0 OR g.id = "
                   ":group) AND a.day >= :from_day AND a.day <= :to_day GROUP BY 1, a.hour")
        .arg(dialect::weekdayOfDay(QStringLiteral("a.day")));

} // namespace

qint64 HourHeatMap::total() const {
    qint64 sum = 0;
    for (const auto& row : cells)
        for (const qint64 n : row)
            sum += n;
    return sum;
}

qint64 HourHeatMap::peak() const {
    qint64 best = 0;
    for (const auto& row : cells)
        best = std::max(best, *std::max_element(row.begin(), row.end()));
    return best;
}

QStringList HourHeatMapReport::statements() {
    return {kHours};
}

Result<HourHeatMap> HourHeatMapReport::compute(const Database& db, const AnalyticsQuery& query) {
    const AnalyticsPeriod period = AnalyticsPeriod::of(db, query);
    auto q = analytics::run(db, kHours, period.binds());
    if (!q)
        return q.error();
    HourHeatMap map;
    while (q->next()) {
        const int sqlWeekday = q->value(0).toInt(); // 0 = Sunday
        const int weekday = sqlWeekday == 0 ? 7 : sqlWeekday;
        const int hour = q->value(1).toInt();
        if (weekday >= 1 && hour >= 0 && hour < 24)
            map.cells[weekday - 1][hour] += q->value(2).toLongLong();
    }
    return map;
}

} // namespace qundesk
