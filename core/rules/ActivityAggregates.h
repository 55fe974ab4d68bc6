// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

// The per-group aggregates of chat activity (schema version 9): group_day_activity (messages
// and distinct authors per group and workspace day) and group_hour_activity (messages per
// group, workspace day and hour). None of these opens a transaction: callers run them inside
// theirs (the chat import, the time zone change, the migration).
namespace qundesk::activityaggregates {

// (day as stored, hour 0–23) -> messages.
using HourCounts = QHash<std::pair<QString, int>, qint64>;

// Rebuilds both tables from messages (every group, or `groupId` alone), bucketing in `zone`.
Status rebuild(const QSqlDatabase& db, const QTimeZone& zone, qint64 groupId = 0);
// Recounts group_day_activity of `groupId` for the days fromDay..toDay (stored forms) from its
// messages.
Status refreshDays(const QSqlDatabase& db, qint64 groupId, const QString& fromDay,
                   const QString& toDay);
// Adds `counts` (new messages) to group_hour_activity of `groupId`.
Status addHours(const QSqlDatabase& db, qint64 groupId, const HourCounts& counts);

} // namespace qundesk::activityaggregates
