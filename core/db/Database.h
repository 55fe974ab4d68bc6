// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

namespace qundesk {

// One open workspace file: a named QSqlDatabase connection owned by the thread that opened it,
// removed again on destruction. Opening checks the file before writing anything to it: a file
// that is not SQLite, an SQLite file of another program, or a workspace of a newer QunDesk is
// refused with a clear message and left byte-for-byte untouched.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Opens (creating when missing) and migrates the workspace at `path`.
    static Result<std::unique_ptr<Database>> open(const QString& path);
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
    int schemaVersion() const;

    // PRAGMA integrity_check and foreign_key_check; the error lists what is wrong.
    Status checkIntegrity() const;

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> connect(const QString& path, bool migrate);

    QString m_path;
    QString m_connectionName;
};

// Why a file at a path cannot be opened as a workspace, without changing it; success when it
// is a workspace this build can open, an empty SQLite file, or no file at all.
Status inspectWorkspaceFile(const QString& path);

} // namespace qundesk
