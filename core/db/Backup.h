// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace qundesk {

class Database;

// Backups of a workspace file, and restoring one. A backup is a complete, compacted copy made
// with SQLite's VACUUM INTO, consistent even while other connections write (it reads inside
// one transaction). Nothing here leaves a half-written file behind.
class Backup {
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    // Writes a snapshot of `db` to `targetFile`, which must not exist yet. The copy is written
    // under a temporary name in the same folder and renamed once complete.
    static Status backupWorkspace(const Database& db, const QString& targetFile);

    // Replaces the workspace at `workspacePath` with `backupFile`. The backup is inspected
    // first (a non-QunDesk or newer file is refused and nothing changes). The current file is
    // kept as "<name>.before-restore-<yyyyMMdd-HHmmss>"; stale -wal/-shm files are removed.
    // Every connection to `workspacePath` must be closed by the caller.
    static Status restoreWorkspace(const QString& backupFile, const QString& workspacePath);

    // Writes "<workspace base name>-<yyyyMMdd-HHmmss>.qundesk-backup" into `folder` (created
    // when missing), then removes the oldest such files beyond `keep` (keep >= 1).
    static Status rotateBackups(const Database& db, const QString& folder, int keep);

    // The file name rotateBackups() would use for `db` now.
    static QString rotatingFileName(const Database& db);
};

// Free-function spelling of the same operations.
inline Status backupWorkspace(const Database& db, const QString& targetFile) {
    return Backup::backupWorkspace(db, targetFile);
}
inline Status restoreWorkspace(const QString& backupFile, const QString& workspacePath) {
    return Backup::restoreWorkspace(backupFile, workspacePath);
}
inline Status rotateBackups(const Database& db, const QString& folder, int keep) {
    return Backup::rotateBackups(db, folder, keep);
}

} // namespace qundesk
