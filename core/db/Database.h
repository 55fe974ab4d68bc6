// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

namespace qundesk {

class WorkspaceLock;

// One open workspace file: a named QSqlDatabase connection owned by the thread that opened it,
// removed again on destruction. Opening checks the file before writing anything to it: a file
// that is not SQLite, an SQLite file of another program, or a workspace of a newer QunDesk is
// refused with a clear message and left byte-for-byte untouched.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // ReadWrite creates a missing file (in an existing folder: folders are never created),
    // migrates it, stores the machine's time zone when the workspace has none yet
    // and holds the workspace's lock file while open (WorkspaceLock). ReadOnly
    // changes nothing in the file (no creation, no migration, PRAGMA query_only) and refuses a
    // missing or empty file, a file that is not a QunDesk workspace yet and an older schema;
    // Inspect is ReadOnly that also reads an older schema (integrity checks).
    enum class Access { ReadWrite, ReadOnly, Inspect };

    // Opens the workspace at `path`.
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  Access access = Access::ReadWrite);
    // A fresh private in-memory workspace with the current schema (tests, dry runs).
    static Result<std::unique_ptr<Database>> openInMemory();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // A second connection to the same file for another thread; no migration is run.
    Result<std::unique_ptr<Database>> openAnother() const;
    // The same for the workspace file at `path` (e.g. inside a worker thread, which must not
    // touch the connection of the thread that owns the workspace): same settings, no migration.
    static Result<std::unique_ptr<Database>> openAnother(const QString& path);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isInMemory() const { return m_path.isEmpty(); }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    // How long this connection waits for another program's write lock (db/WorkspaceBusy.h);
    // connections start with busy::timeoutMs().
    Status setBusyTimeout(int milliseconds) const;

    // PRAGMA integrity_check and foreign_key_check; the error lists what is wrong.
    Status checkIntegrity() const;

private:
    Database(QString path, QString connectionName);
    enum class Setup { Migrate, None, ReadOnly };
    static Result<std::unique_ptr<Database>> connect(const QString& path, Setup setup);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    std::unique_ptr<WorkspaceLock> m_lock; // ReadWrite opens of a file, when it could be had
};

// Why a file at a path cannot be opened as a workspace, without changing it; success when it
// is a workspace this build can open, an empty SQLite file, or no file at all.
Status inspectWorkspaceFile(const QString& path);

} // namespace qundesk
