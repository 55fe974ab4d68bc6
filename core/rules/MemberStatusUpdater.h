// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "rules/FanLevel.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <functional>

namespace qundesk {

class Database;

// Recomputes member_status (lifecycle stage, fan level, and the facts behind them) from
// memberships, daily activity, orders and referrals, in one transaction: one joined read in
// member order (memberstatus::readInputs), then multi-row writes of just the changed rows.
class MemberStatusUpdater {
    Q_DECLARE_TR_FUNCTIONS(MemberStatusUpdater)

public:
    struct Options {
        QDate today;               // invalid = today in the workspace's zone
        QList<qint64> onlyMembers; // not empty: just these members (after an edit of them)
        std::function<bool(int percent)> progress; // false cancels; nothing is written
        // The lower-cased search text (name, notes, phone, handles, nicknames) is rebuilt
        // too, unless false: after edits that cannot change it (tags, groups, orders, a new
        // day) the stored text stands, which saves a third of the time.
        bool refreshSearchText = true;
    };

    // Returns how many members' rows were written (new or changed).
    static Result<int> recompute(const Database& db, const Options& options);
    static Result<int> recompute(const Database& db) { return recompute(db, Options{}); }
};

} // namespace qundesk
