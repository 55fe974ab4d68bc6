// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace qundesk {

class Database;

namespace sop {

// A member a run should cover today, with the group they are cared for in and the day they
// joined it (invalid when they are in no group).
struct TargetCandidate {
    qint64 memberId = 0;
    qint64 groupId = 0;
    QDate joinDay;
};

class SopTargets {
    Q_DECLARE_TR_FUNCTIONS(SopTargets)

public:
    // Who `run` covers on `today`: the members now in its group, the members its segment
    // matches, or its one member; erased members never. A member of a segment or member run
    // is cared for in the run's group when it has one, else in the group they joined first.
    static Result<QList<TargetCandidate>> resolve(const Database& db, const SopRun& run,
                                                  const QDate& today);
    // How many members a target has today (the apply dialog's "N members").
    static Result<int> size(const Database& db, const QString& targetKind, qint64 targetId,
                            const QDate& today);
    // The member called `name` (display name, not erased); an error when none or several are.
    static Result<qint64> memberNamed(const Database& db, const QString& name);
};

} // namespace sop

} // namespace qundesk
