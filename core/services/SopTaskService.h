// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Touch.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace qundesk {

class Database;

// What the operator does with a task of the Today page or `task done|skip`, and touches logged
// by hand. Each call is one transaction. A task's touch is recorded once: by Copy, or by done
// when Copy was not used.
class SopTaskService {
    Q_DECLARE_TR_FUNCTIONS(SopTaskService)

public:
    // Done now (or at `at`): records the touch unless the task has one, then ends the member's
    // timeline when nothing is left (running the SOP's end actions).
    static Status done(const Database& db, qint64 taskId, const QDateTime& at = {});
    static Status skip(const Database& db, qint64 taskId, const QString& reason);
    // Moves the task to `dueAt`; `reason` is optional.
    static Status postpone(const Database& db, qint64 taskId, const QDateTime& dueAt,
                           const QString& reason = {});
    // The script was copied to be sent: records the task's touch (once; returns its id).
    static Result<qint64> recordCopy(const Database& db, qint64 taskId);
    // A touch logged by hand (member detail).
    static Result<qint64> logTouch(const Database& db, const Touch& touch);
    // Forgets a touch logged by mistake (the undo of logTouch).
    static Status removeTouch(const Database& db, qint64 touchId);
};

} // namespace qundesk
