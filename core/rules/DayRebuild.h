// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QTimeZone>

#include <functional>

// The steps of a time zone change that rewrite what was derived from instants in the old zone.
// None opens a transaction: changeTimeZone runs them all inside its own.
namespace qundesk::dayrebuild {

// Called between chunks of work with the share done (0–1); false stops the step, which then
// returns a "Cancelled" error.
using Step = std::function<bool(double done)>;

// Rewrites messages.day as each sent_at's day in `zone` (the same day time::localDay gives),
// chunk by chunk of row ids; rows whose day does not change are not written.
Status messageDays(const QSqlDatabase& db, const QTimeZone& zone, const Step& step);

// Rebuilds member_day_activity, the per member-day aggregate, from messages.day.
Status dailyActivity(const QSqlDatabase& db);

// Moves every SOP task's due instant so it keeps its wall-clock time: a task due 20:00 in
// `from` is due 20:00 in `to` afterwards.
Status sopDueTimes(const QSqlDatabase& db, const QTimeZone& from, const QTimeZone& to,
                   const Step& step);

} // namespace qundesk::dayrebuild
