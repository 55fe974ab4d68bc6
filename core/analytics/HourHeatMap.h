// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/AnalyticsPeriod.h"

#include <array>

namespace qundesk {

// Messages per weekday and hour of the day (the best posting hours), in the workspace zone,
// over a period, from group_hour_activity (kept by the chat import).
struct HourHeatMap {
    // cells[weekday - 1][hour]: weekday 1 = Monday … 7 = Sunday, hour 0–23.
    std::array<std::array<qint64, 24>, 7> cells{};

    qint64 at(int weekday, int hour) const { return cells.at(weekday - 1).at(hour); }
    qint64 total() const;
    qint64 peak() const; // the largest cell
};

class HourHeatMapReport {
public:
    static Result<HourHeatMap> compute(const Database& db, const AnalyticsQuery& query);
    static QStringList statements();
};

} // namespace qundesk
