// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/AnalyticsPeriod.h"

#include <QList>

namespace qundesk {

struct ActivityDay;

// WAU and MAU per day (DESIGN.md "Metrics"): distinct members with at least one active day
// (member_day_activity) in the 7 or 30 workspace days ending with that day, in one group or in
// any group (distinct people).
struct ActiveWindowDays {
    QDate from;
    QList<int> wau; // one entry per day from `from`
    QList<int> mau;
};

class ActiveWindows {
public:
    // Every day of [from, to] (both valid). Reads the activity of [from - 29, to] once: each
    // active day of a member covers the windows of that day and the next 6 (29); a member's
    // overlapping covers count once.
    static Result<ActiveWindowDays> compute(const Database& db, qint64 groupId, const QDate& from,
                                            const QDate& to);
    // Sets wau and mau of `days` (consecutive days, oldest first).
    static Status fill(const Database& db, qint64 groupId, QList<ActivityDay>* days);
    static QStringList statements();
};

} // namespace qundesk
