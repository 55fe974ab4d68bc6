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
// memberships, daily activity, orders and referrals, in one transaction. A few grouped queries
// and one prepared upsert, so 100,000 members take well under a second.
class MemberStatusUpdater {
    Q_DECLARE_TR_FUNCTIONS(MemberStatusUpdater)

public:
    struct Options {
        QDate today;                               // invalid = today in the workspace's zone
        qint64 onlyMember = 0;                     // > 0: just this member (after an edit)
        std::function<bool(int percent)> progress; // false cancels; nothing is written
    };

    // Returns how many members were updated.
    static Result<int> recompute(const Database& db, const Options& options);
    static Result<int> recompute(const Database& db) { return recompute(db, Options{}); }

    // The facts of every member (or one), as the rules see them on `today`.
    static Result<QHash<qint64, MemberFacts>> facts(const Database& db, const QDate& today,
                                                    qint64 onlyMember = 0);
};

} // namespace qundesk
