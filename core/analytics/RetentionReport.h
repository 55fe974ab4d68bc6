// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/AnalyticsPeriod.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace qundesk {

// One cohort: the stays that began in one ISO week (Monday to Sunday, workspace zone), or —
// by source — those of members from one source channel.
struct RetentionCohort {
    QString key;     // "2026-W18" by week; a source channel key (empty = none) by source
    QDate weekStart; // the Monday of the join week (by week only)
    int members = 0; // stays in the cohort
    // active[k]: the share (0..1) of the cohort active in its group in week +k after its join
    // week. Week +k is measured only while it has begun by the end of the period; for a
    // source cohort the share is of the stays whose week +k has begun.
    QList<double> active;
};

// Retention by join week (DESIGN.md "Metrics"): of the members who joined in week w, the share
// active in week w + k. Cohorts are the stays that began in the period (one group, or every
// group with activity counted in the group joined); activity is followed up to the end of the
// period (today when open).
struct Retention {
    QList<RetentionCohort> cohorts;  // by join week, oldest first
    QList<RetentionCohort> bySource; // by source channel, by key

    // Exactly the CLI contract: {"cohorts": [{"week", "members", "active": [share, …]}]}
    // (the source cohorts are the page's chart only). Shares are rounded to 4 decimals.
    QJsonObject toJson() const;
};

class RetentionReport {
    Q_DECLARE_TR_FUNCTIONS(RetentionReport)

public:
    static Result<Retention> compute(const Database& db, const AnalyticsQuery& query);
    static QStringList statements();
};

} // namespace qundesk
