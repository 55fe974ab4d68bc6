// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/AnalyticsPeriod.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace qundesk {

// One workspace day of a group (or of all groups) — DESIGN.md "Metrics".
struct ActivityDay {
    QDate day;
    qint64 messages = 0; // messages sent that day (group_day_activity)
    // DAU: distinct members with at least one message that day; for all groups, distinct
    // people over every group (a member active in two groups counts once).
    int active = 0;
    int joins = 0;
    int leaves = 0;
    int members = 0; // present at the end of the day (MemberPresence)
    int wau = 0;     // distinct members active in the 7 days ending with this one
    int mau = 0;     // likewise over 30 days

    // DAU / members present; 0 when nobody is present.
    double activeRate() const { return members > 0 ? double(active) / members : 0.0; }
    int net() const { return joins - leaves; }
};

// Every day of a period, zeros included (`report activity`, the activity and growth charts).
struct ActivitySeries {
    QList<ActivityDay> days;

    // The CLI contract: {"days": [{"day", "messages", "active", "joins", "leaves",
    // "members"}]}.
    QJsonObject toJson() const;
};

class ActivitySeriesReport {
    Q_DECLARE_TR_FUNCTIONS(ActivitySeriesReport)

public:
    // Open bounds: from the group's first join or first active day, to today. Reads
    // group_day_activity, member_day_activity and memberships, never messages.
    // Without `windows`, wau and mau stay 0 (they cost a read of every active member-day).
    static Result<ActivitySeries> compute(const Database& db, const AnalyticsQuery& query,
                                          bool windows = true);

    static QStringList statements();
};

} // namespace qundesk
