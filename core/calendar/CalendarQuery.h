// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "calendar/Fatigue.h"
#include "calendar/Recurrence.h"
#include "util/Result.h"

#include <QDate>
#include <QList>

namespace qundesk {
class Database;
}

// Reads of the content calendar for a period: occurrences expanded, and what the fatigue
// checks need. Days are workspace days (wall-clock dates of the workspace zone).
namespace qundesk::calendar {

// Occurrences of `groupId` (0 = every group; an "all groups" item shows in each group)
// showing on from <= day < to, skipped ones included, by start.
Result<QList<Occurrence>> occurrencesBetween(const Database& db, qint64 groupId, const QDate& from,
                                             const QDate& to);

// The plan of from <= day < to for the fatigue checks: occurrences of the whole weeks around
// it, the active groups (only `groupId` when given), their present members with
// do-not-disturb, and private touches already logged.
Result<FatiguePlan> fatiguePlan(const Database& db, qint64 groupId, const QDate& from,
                                const QDate& to);

// The warnings of the period with the workspace's thresholds.
Result<QList<FatigueWarning>> fatigueWarnings(const Database& db, qint64 groupId, const QDate& from,
                                              const QDate& to);

} // namespace qundesk::calendar
