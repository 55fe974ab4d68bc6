// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>

namespace qundesk {

class Database;

// Changes the workspace's time zone and rebuilds everything derived from days in it, in ONE
// transaction: messages.day, member_day_activity, member status (stages, fan levels, silence)
// and rule tags as of today in the new zone. Planned times keep their wall-clock time: calendar
// items are stored as local times and stay; SOP tasks due at 20:00 stay due at 20:00.
//
// `progress` hears 0–100; `cancel` is asked between chunks of work and, when it answers true,
// the change stops and rolls back (the error then says "Cancelled."): the workspace is left
// exactly as it was. Returns the error of any failed step, with everything rolled back.
// Choosing the zone already stored does nothing.
class TimeZoneChange {
    Q_DECLARE_TR_FUNCTIONS(TimeZoneChange)

public:
    static Status run(const Database& db, const QTimeZone& zone,
                      const std::function<void(int percent)>& progress = {},
                      const std::function<bool()>& cancel = {});
};

inline Status changeTimeZone(const Database& db, const QTimeZone& zone,
                             const std::function<void(int percent)>& progress = {},
                             const std::function<bool()>& cancel = {}) {
    return TimeZoneChange::run(db, zone, progress, cancel);
}

} // namespace qundesk
