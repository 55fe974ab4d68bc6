// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/HourHeatMap.h"

#include <algorithm>

namespace qundesk {

namespace {

// Per day and hour over the groups' index ranges; the weekday of each day is taken in code
// (portable SQL has no weekday function).
const QString kHours = QStringLiteral(
    "SELECT a.day, a.hour, SUM(a.messages) FROM chat_groups g CROSS JOIN group_hour_activity a "
    "ON a.group_id = g.id WHERE (:group = 0 OR g.id = :group) AND a.day >= :from_day AND a.day "
    "<= :to_day GROUP BY a.day, a.hour");

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
    QString lastText;
    int weekday = 0;
    while (q->next()) {
        const QString text = q->value(0).toString();
        if (text != lastText) {
            const QDate day = analytics::parseDay(text);
            weekday = day.isValid() ? day.dayOfWeek() : 0;
            lastText = text;
        }
        const int hour = q->value(1).toInt();
        if (weekday >= 1 && hour >= 0 && hour < 24)
            map.cells[weekday - 1][hour] += q->value(2).toLongLong();
    }
    return map;
}

} // namespace qundesk
