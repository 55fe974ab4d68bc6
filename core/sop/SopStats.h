// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace qundesk {

class Database;

namespace sop {

// Completion of one step over a template's real (non-simulated) runs: done tasks against the
// tasks due so far (due at or before `now`, or already done or skipped early).
struct StepCompletion {
    qint64 stepId = 0;
    int position = 0;
    QString title;
    int done = 0;
    int due = 0;
    double rate() const { return due > 0 ? double(done) / due : 0.0; }
};

struct SopCompletion {
    QList<StepCompletion> steps; // in step order
    int done = 0;
    int due = 0;
    double rate() const { return due > 0 ? double(done) / due : 0.0; }
};

// Conversion of the members an SOP cared for against comparable members it did not: those in
// the same group who joined it in the same month (workspace zone). A member converted when
// they ordered at or after joining that group.
struct SopConversion {
    int targeted = 0;
    int targetedBuyers = 0;
    int comparable = 0;
    int comparableBuyers = 0;
    double targetedRate() const { return targeted > 0 ? double(targetedBuyers) / targeted : 0.0; }
    double comparableRate() const {
        return comparable > 0 ? double(comparableBuyers) / comparable : 0.0;
    }
};

class SopStats {
public:
    static Result<SopCompletion> completion(const Database& db, qint64 templateId,
                                            const QDateTime& now);
    static Result<SopConversion> conversion(const Database& db, qint64 templateId);
};

} // namespace sop

} // namespace qundesk
