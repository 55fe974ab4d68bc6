// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "db/DamageCheck.h"
#include "demo/DemoWorkspace.h"
#include "import/MemberCsvImporter.h"
#include "import/OrderCsvImporter.h"
#include "jobs/Job.h"
#include "metrics/GroupHealth.h"
#include "services/ChatImportService.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <memory>

namespace qundesk {

// The long operations of QunDesk as jobs (see Job.h). Each says what it touches; results land
// in the shared object the caller passes, once the job returned success.
class WorkspaceJobs {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceJobs)

public:
    // A consistent copy of the workspace to `target` (a new file). Not cancellable: SQLite
    // writes the copy in one statement.
    static Job backup(const QString& target);
    // Replaces the workspace file at `workspacePath` with `backupFile` (Backup::restoreWorkspace).
    // Needs no connection: every connection to the file must be closed when it starts.
    static Job restore(const QString& backupFile, const QString& workspacePath);
    // Members `ids` to a .csv or .xlsx file; cancelling leaves no file behind.
    static Job exportMembers(const QList<qint64>& ids, const QString& path,
                             std::shared_ptr<int> written);
    // A member CSV import, all or nothing; cancelling changes nothing.
    static Job importMembers(const QString& path, MemberImportOptions options,
                             std::shared_ptr<ImportReport> report);
    // An order CSV import, all or nothing; cancelling changes nothing.
    static Job importOrders(const QString& path, OrderImportOptions options,
                            std::shared_ptr<ImportReport> report);
    // A chat export into one group (ChatImportService), all or nothing; cancelling changes
    // nothing.
    static Job importChat(const QString& path, ChatImportOptions options,
                          std::shared_ptr<ImportReport> report);
    // Stages, fan levels and rule tags up to `today` (invalid = the workspace's today) when not
    // done yet today (dailyrefresh::run). `ran` says whether it recomputed.
    static Job dailyRefresh(const QDate& today, std::shared_ptr<bool> ran);
    // Creates the workspace file `path` (it must not exist) and fills it with the demo. On
    // failure or cancel the file is removed again, so the next try starts from scratch.
    static Job createDemo(const QString& path, DemoOptions options,
                          std::shared_ptr<DemoStats> stats);
    // The health of every group on `today` (invalid = the workspace's today).
    static Job groupHealth(const QDate& today, std::shared_ptr<QList<GroupHealth>> health);
    // SQLite's quick check of the workspace (DamageCheck::run): what is damaged, if anything.
    static Job checkDamage(std::shared_ptr<DamageReport> report);
};

} // namespace qundesk
