// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace qundesk {

// The lock file "<workspace>.lock" (QLockFile) that says a QunDesk process has the workspace
// open for writing. SQLite's own locks only show a process while it is inside a transaction;
// this one lasts as long as the window or a writing qundesk-cli command has the file open, so
// a restore can refuse to replace the file under another program. A lock left by a process
// that is gone (a crash, a kill) is stale and taken over.
//
// Within one process the lock is shared: every WorkspaceLock on the same file counts, and the
// file is removed when the last one goes.
class WorkspaceLock {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLock)

public:
    ~WorkspaceLock();
    WorkspaceLock(const WorkspaceLock&) = delete;
    WorkspaceLock& operator=(const WorkspaceLock&) = delete;

    // The lock of `workspace` for this process; fails (naming the workspace and the other
    // process) while another live process holds it, or when the lock file cannot be written.
    static Result<std::unique_ptr<WorkspaceLock>> acquire(const QString& workspace);

    // The lock file's path for `workspace`.
    static QString lockFilePath(const QString& workspace);

    // Whether another live process holds the lock of `workspace` now (false for this process).
    static bool heldElsewhere(const QString& workspace);

private:
    explicit WorkspaceLock(QString key);
    QString m_key;
};

} // namespace qundesk
