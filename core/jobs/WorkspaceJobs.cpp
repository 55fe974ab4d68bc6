// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "jobs/WorkspaceJobs.h"

#include "db/Backup.h"
#include "db/Database.h"
#include "export/MemberExport.h"
#include "jobs/JobContext.h"
#include "rules/DailyRefresh.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QFile>
#include <QFileInfo>

namespace qundesk {

namespace {

// A cancelled job answers with the cancel Status whatever the failure it stopped with.
Status finish(const JobContext& context, Status status) {
    if (!status && context.isCancelled())
        return context.cancelledStatus();
    return status;
}

QDate workspaceToday(const Database& db, const QDate& today) {
    return today.isValid() ? today : time::today(SettingsStore(db).timeZone());
}

void removeWorkspaceFiles(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// An import of one file as a write job with progress and cancel: `importFile` runs with the
// job's progress; its report lands in `report`. Invalid rows that refused the file fail the job
// (nothing changed) while the report still says why.
template <typename Options, typename ImportFile>
Job importJob(const QString& path, Options options, std::shared_ptr<ImportReport> report,
              ImportFile importFile) {
    Job job;
    job.title = WorkspaceJobs::tr("Importing %1").arg(QFileInfo(path).fileName());
    job.access = JobAccess::Write;
    job.cancellable = true;
    job.run = [path, options, report, importFile](JobContext& context) mutable -> Status {
        options.progress = context.cancellableProgress();
        auto result = importFile(*context.database(), path, options);
        if (!result)
            return finish(context, result.error());
        const bool rejected = result->rejected;
        const QString rejection = result->rejectionText();
        if (report)
            *report = std::move(result).value();
        if (rejected)
            return Error{rejection, QFileInfo(path).fileName(), 0};
        return {};
    };
    return job;
}

} // namespace

Job WorkspaceJobs::backup(const QString& target) {
    Job job;
    job.title = tr("Backing up the workspace to %1").arg(QFileInfo(target).fileName());
    job.access = JobAccess::Read;
    job.run = [target](JobContext& context) -> Status {
        context.report(tr("Writing the backup…"), -1);
        return Backup::backupWorkspace(*context.database(), target);
    };
    return job;
}

Job WorkspaceJobs::restore(const QString& backupFile, const QString& workspacePath) {
    Job job;
    job.title = tr("Restoring %1").arg(QFileInfo(backupFile).fileName());
    job.access = JobAccess::None;
    job.run = [backupFile, workspacePath](JobContext& context) -> Status {
        context.report(tr("Replacing the workspace…"), -1);
        return Backup::restoreWorkspace(backupFile, workspacePath);
    };
    return job;
}

Job WorkspaceJobs::exportMembers(const QList<qint64>& ids, const QString& path,
                                 std::shared_ptr<int> written) {
    Job job;
    job.title =
        tr("Exporting %n member(s) to %1", "", int(ids.size())).arg(QFileInfo(path).fileName());
    job.access = JobAccess::Read;
    job.cancellable = true;
    job.run = [ids, path, written](JobContext& context) -> Status {
        auto result =
            MemberExport::write(*context.database(), ids, path, context.cancellableProgress());
        if (!result)
            return finish(context, result.error());
        if (written)
            *written = result.value();
        return {};
    };
    return job;
}

Job WorkspaceJobs::importMembers(const QString& path, MemberImportOptions options,
                                 std::shared_ptr<ImportReport> report) {
    return importJob(path, std::move(options), std::move(report),
                     [](const Database& db, const QString& file, const MemberImportOptions& o) {
                         return MemberCsvImporter::run(db, file, o);
                     });
}

Job WorkspaceJobs::importOrders(const QString& path, OrderImportOptions options,
                                std::shared_ptr<ImportReport> report) {
    return importJob(path, std::move(options), std::move(report),
                     [](const Database& db, const QString& file, const OrderImportOptions& o) {
                         return OrderCsvImporter::run(db, file, o);
                     });
}

Job WorkspaceJobs::importChat(const QString& path, ChatImportOptions options,
                              std::shared_ptr<ImportReport> report) {
    return importJob(path, std::move(options), std::move(report),
                     [](const Database& db, const QString& file, const ChatImportOptions& o) {
                         return ChatImportService::run(db, file, o);
                     });
}

Job WorkspaceJobs::dailyRefresh(const QDate& today, std::shared_ptr<bool> ran) {
    Job job;
    job.title = tr("Bringing stages, fan levels and automatic tags up to today");
    job.access = JobAccess::Write;
    job.key = QStringLiteral("dailyRefresh");
    job.run = [today, ran](JobContext& context) -> Status {
        auto result = dailyrefresh::run(*context.database(), today, context.progress());
        if (!result)
            return result.error();
        if (ran)
            *ran = result.value();
        if (!result.value())
            context.setNothingChanged();
        return {};
    };
    return job;
}

Job WorkspaceJobs::createDemo(const QString& path, DemoOptions options,
                              std::shared_ptr<DemoStats> stats) {
    Job job;
    job.title = tr("Creating the demo workspace");
    job.access = JobAccess::None;
    job.cancellable = true;
    job.run = [path, options, stats](JobContext& context) mutable -> Status {
        if (QFileInfo::exists(path))
            return Error{tr("The file already exists; it was left unchanged."), path, 0};
        Status status;
        {
            auto db = Database::open(path);
            if (!db)
                return db.error();
            options.progress = context.cancellableProgress();
            auto generated = DemoWorkspace::generate(**db, options);
            if (generated && stats)
                *stats = generated.value();
            if (!generated)
                status = generated.error();
        }
        if (!status || context.isCancelled()) {
            // Leave no half-made demo behind: the next start tries again from scratch.
            removeWorkspaceFiles(path);
            return context.isCancelled() ? context.cancelledStatus() : status;
        }
        return {};
    };
    return job;
}

Job WorkspaceJobs::groupHealth(const QDate& today, std::shared_ptr<QList<GroupHealth>> health) {
    Job job;
    job.title = tr("Computing group health");
    job.access = JobAccess::Read;
    job.cancellable = true;
    job.key = QStringLiteral("groupHealth");
    job.run = [today, health](JobContext& context) -> Status {
        const Database& db = *context.database();
        auto result = GroupHealthReport::compute(db, workspaceToday(db, today));
        if (context.isCancelled())
            return context.cancelledStatus();
        if (!result)
            return result.error();
        if (health)
            *health = std::move(result).value();
        return {};
    };
    return job;
}

Job WorkspaceJobs::checkDamage(std::shared_ptr<DamageReport> report) {
    Job job;
    job.title = tr("Checking the workspace");
    job.access = JobAccess::Read;
    job.key = QStringLiteral("check-damage");
    job.run = [report](JobContext& context) -> Status {
        context.report(tr("Checking the workspace for damage…"), -1);
        auto checked = DamageCheck::run(*context.database(), true);
        if (!checked)
            return checked.error();
        *report = std::move(checked).value();
        return {};
    };
    return job;
}

} // namespace qundesk
