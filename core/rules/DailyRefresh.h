// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QDate>

#include <functional>

namespace qundesk {

class Database;

// Stages, fan levels and rule tags depend on the day (silence, 30-day windows), so a workspace
// is brought up to its today once a day: when it is opened on a new day, and when the day turns
// while it is open. The day last done is kept in the workspace's settings.
namespace dailyrefresh {

inline constexpr char kSettingKey[] = "status_day";

// Recomputes member status (keeping the search text) and applies the tag rules when that was
// last done before `today` (invalid = today in the workspace's zone). True when it ran.
// `progress` (optional) hears 0–100 while it runs; a day's refresh cannot be cancelled.
Result<bool> run(const Database& db, const QDate& today = {},
                 const std::function<void(int percent)>& progress = {});

} // namespace dailyrefresh

} // namespace qundesk
