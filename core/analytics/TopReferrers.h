// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/AnalyticsPeriod.h"

#include <QList>

namespace qundesk {

// Referrers (members.referrer_id, 裂变/转介绍) ranked by the members they brought: referred
// members with a stay in the group (any group for 0) that began in the period.
struct ReferrerRow {
    qint64 memberId = 0;
    QString name;
    int referrals = 0;
    int referredBuyers = 0; // of those, members with at least one order (ever)
};

class TopReferrers {
public:
    // Most referrals first, then by name; at most `limit` rows.
    static Result<QList<ReferrerRow>> compute(const Database& db, const AnalyticsQuery& query,
                                              int limit = 10);
    static QStringList statements();
};

} // namespace qundesk
