// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QStringList>

class QSqlDatabase;

namespace qundesk {

class Database;

// What SQLite's own check finds damaged in a workspace, and which tables that touches.
struct DamageReport {
    QStringList problems; // as SQLite words them (at most the first 20)
    QStringList tables;   // the tables the problems name, sorted; may be empty
    bool damaged() const { return !problems.isEmpty(); }
};

// The window checks a workspace in the background after opening it (PRAGMA quick_check) and
// offers the latest backup when it is damaged; `check` on the command line runs the full
// integrity check and names the damaged tables.
class DamageCheck {
    Q_DECLARE_TR_FUNCTIONS(DamageCheck)

public:
    // Runs PRAGMA quick_check (`quick`) or integrity_check. A check that SQLite cannot finish
    // because the file is too damaged is a report with that error as its problem.
    static Result<DamageReport> run(const Database& db, bool quick);

    // Before a write that must not land in a damaged workspace (an import): PRAGMA quick_check
    // of `tables` and their indexes. An error about the workspace naming the damaged tables,
    // nothing when they are intact.
    static Status ensureIntact(const Database& db, const QStringList& tables);

    // The tables (an index counts as its table) that `problems` name: "Tree N page …" and
    // "Page N: …" by the root page N, "… index NAME", "NULL value in TABLE.COLUMN",
    // "… table TABLE".
    static QStringList tablesOf(const QSqlDatabase& connection, const QStringList& problems);

    // The newest "<workspace base name>-*.qundesk-backup" in the workspace's folder or in
    // `otherFolders`; empty when there is none.
    static QString latestBackup(const QString& workspacePath, const QStringList& otherFolders);

    // One sentence for the user: "The workspace is damaged in the tables members, messages."
    static QString describe(const DamageReport& report);
};

} // namespace qundesk
