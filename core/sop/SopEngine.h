// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace qundesk {

class Database;

namespace sop {

// What one refresh changed.
struct RefreshCount {
    int targetsAdded = 0;
    int tasksAdded = 0;
    int exited = 0;   // ended early (condition held, or left the group or segment)
    int finished = 0; // every step settled
    RefreshCount& operator+=(const RefreshCount& o) {
        targetsAdded += o.targetsAdded;
        tasksAdded += o.tasksAdded;
        exited += o.exited;
        finished += o.finished;
        return *this;
    }
};

// Turns runs into tasks. A refresh brings one run up to `today`: members who arrived in its
// target get their timeline (anchored on their join day, or for "after the start" SOPs on the
// run's start, or on the day they arrived when they came later), members who left or meet the
// early-exit condition leave it (their open tasks go, the end actions run), and every task up to
// the planning horizon exists exactly once per target, step and day, whichever refresh made
// it. Steps that fell before the run started are not caught up. A group run of an "after the
// start" SOP has group-wide tasks (no member) instead.
// No transaction of its own: SopService wraps each call in one.
class SopEngine {
    Q_DECLARE_TR_FUNCTIONS(SopEngine)

public:
    // `initial` is the refresh of apply(): the members found then are anchored on the start.
    // A segment run takes the segment's members when it is applied (and applied again: `reapply`),
    // not at every refresh, so a segment that grows does not flood the Today page; members who
    // no longer match it leave the run at any refresh. Group runs take newcomers at every one.
    static Result<RefreshCount> refreshRun(const Database& db, qint64 runId, const QDate& today,
                                           bool initial = false, int depth = 0,
                                           bool reapply = false);
    // Every active run (groupId > 0: the group runs of that group only).
    static Result<RefreshCount> refreshAll(const Database& db, const QDate& today,
                                           qint64 groupId = 0);
    // Ends one member's timeline when all its tasks are settled and the SOP has no
    // open-ended step (after a task is done or skipped).
    static Result<RefreshCount> finishIfComplete(const Database& db, qint64 runId, qint64 memberId,
                                                 const QDate& today);
};

} // namespace sop

} // namespace qundesk
