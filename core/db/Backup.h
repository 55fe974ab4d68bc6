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
    // Writes a snapshot of `db` to `targetFile`: a new file in an existing folder (folders are
    // not created), never the workspace or its files (TargetPath). The copy is written under a
    // temporary name in the same folder and renamed once complete; a failure leaves nothing.
    static Status backupWorkspace(const Database& db, const QString& targetFile);

    // Replaces the content of the workspace at `workspacePath` with `backupFile`, in place
    // through SQLite's backup API: one transaction on the workspace (a crash leaves it before
    // or after, never between), the file keeps its mode, links and name, and connections of
    // other processes see the restored content. The backup is inspected first (a non-QunDesk,
    // newer or damaged file is refused and nothing changes) and left as it was (no -wal/-shm
    // beside it). Refused while another live process holds the workspace's lock file
    // (WorkspaceLock); this process may hold it. The content before is kept as
    // "<name>.before-restore-<yyyyMMdd-HHmmss>". This process's own connections to the
    // workspace should be closed by the caller (or hold no transaction).
    static Status restoreWorkspace(const QString& backupFile, const QString& workspacePath);

    // Writes "<workspace base name>-<yyyyMMdd-HHmmss>.qundesk-backup" into `folder` (created
    // when missing), then removes the oldest such files beyond `keep` (keep >= 1).
    static Status rotateBackups(const Database& db, const QString& folder, int keep);

    // The file name rotateBackups() would use for `db` now.
    static QString rotatingFileName(const Database& db);

private:
    // Local wall-clock stamp used in file names; sorts in time order as text.
    static QString stamp();
    // A name that does not exist yet in the folder of `target`, for writing before the rename.
    static QString partialNameFor(const QString& target);
    // Removes `file` and any -journal, -wal or -shm SQLite left beside it.
    static void removeWithJournals(const QString& file);
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
