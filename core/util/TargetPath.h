// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace qundesk {

// The one check every file QunDesk writes (an export, a backup, the workspace a restore
// replaces) and every file it reads by name passes first, so the window and the CLI refuse the
// same things with the same single line naming the file:
// - never the open workspace itself or its SQLite files (-wal, -shm, -journal) nor its lock
//   file, compared by canonical path (symbolic links resolved) and by file identity (hard
//   links);
// - only a regular file or a new name in an existing folder: never a folder, a device, a pipe
//   or a socket, and never a missing folder (folders are not created);
// - an existing file that is read-only is refused, as root too (its mode is what counts).
class TargetPath {
    Q_DECLARE_TR_FUNCTIONS(TargetPath)

public:
    enum class Existing { Replace, Refuse };

    // The absolute path to write to (a symbolic link resolved to the file it names), or why
    // `target` must not be written. `workspace` is the open workspace's file (empty: none).
    static Result<QString> forWriting(const QString& target, const QString& workspace,
                                      Existing existing = Existing::Replace);

    // Why `source` cannot be read as a file: missing, a folder, a pipe or device, or "-".
    static Status forReading(const QString& source);

    // Whether `a` and `b` name the same file: the same canonical path, or the same device and
    // inode. False when either does not exist.
    static bool sameFile(const QString& a, const QString& b);

    // The workspace's own files: itself, -wal, -shm, -journal and its lock file.
    static QStringList workspaceFiles(const QString& workspace);
};

} // namespace qundesk
