// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qundesk {

class Database;

namespace sop {

// One run of an SOP as the SOP page lists it, with its progress.
struct RunRow {
    qint64 runId = 0;
    QString targetKind;
    QString targetName; // the group's, segment's or member's name
    QDate startedOn;
    QString status;
    bool simulated = false;
    int members = 0; // members who got tasks (0 for group-wide runs)
    int done = 0;    // tasks done
    int settled = 0; // tasks done or skipped
    int total = 0;   // every task planned so far
};

class SopRunList {
public:
    // Runs of `templateId`, active first, then newest.
    static Result<QList<RunRow>> forTemplate(const Database& db, qint64 templateId);
};

} // namespace sop

} // namespace qundesk
