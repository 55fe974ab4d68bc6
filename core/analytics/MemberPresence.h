// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/AnalyticsPeriod.h"

#include <QList>

namespace qundesk {

// Joins, leaves and members present per workspace day, from the stays (memberships) of one
// group or of all groups (DESIGN.md "Metrics", Growth). A stay counts as a join on the day
// (workspace zone) its joined_at falls on and as a leave on the day its left_at falls on; the
// member is present on every day from the join day up to the day before the leave day, so a
// member who leaves during a day no longer counts for it (MembershipStore::countPresent).
// For all groups, joins and leaves count stays and `members` counts distinct people present
// in at least one group (as `report summary` does).
struct PresenceDays {
    QDate from;
    QList<int> joins;   // one entry per day from `from`
    QList<int> leaves;  // likewise
    QList<int> members; // present at the end of each day
};

class MemberPresence {
public:
    // Every day of [from, to] (both valid, from <= to).
    static Result<PresenceDays> compute(const Database& db, qint64 groupId, const QDate& from,
                                        const QDate& to, const QTimeZone& zone);
    // The first workspace day with a join in the group (0 = any), invalid when none.
    static Result<QDate> firstJoinDay(const Database& db, qint64 groupId, const QTimeZone& zone);

    static QStringList statements();
};

} // namespace qundesk
