// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "store/SettingsStore.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>

namespace qundesk {

class Database;

// The workspace's settings as the Settings dialog edits them.
struct WorkspaceSettings {
    QTimeZone timeZone;
    Thresholds thresholds;
    QString currency; // ISO 4217 code ("CNY"); empty leaves the workspace currency as it is
};

// Saving the workspace settings in one transaction, and the member status pass that must run
// again when a threshold that decides stages changed.
class SettingsService {
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    // What save() changed.
    struct Saved {
        bool stagesNeedRecompute = false; // a lifecycle threshold changed: run recomputeStatuses
    };
    // Stores the zone, every threshold and the currency (members' revenue recomputed when it
    // changes) together: all or nothing.
    static Result<Saved> save(const Database& db, const WorkspaceSettings& settings);

    // Whether going from `before` to `after` changes how stages or rule tags are decided.
    static bool affectsStages(const Thresholds& before, const Thresholds& after);

    // Recomputes every member's stage and fan level and applies the tag rules, in one
    // transaction. `progress` (optional) hears 0–100; `cancelled` (optional) is asked as it
    // goes, and true stops it with nothing written. Returns how many status rows changed.
    static Result<int> recomputeStatuses(const Database& db,
                                         const std::function<void(int percent)>& progress = {},
                                         const std::function<bool()>& cancelled = {});
};

} // namespace qundesk
