// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliContext.h"
#include "Command.h"
#include "TextTable.h"
#include "db/Backup.h"
#include "db/DamageCheck.h"
#include "db/Database.h"
#include "util/TargetPath.h"

#include <QFileInfo>
#include <QJsonArray>

namespace qundesk::cli {

namespace {

class MaintenanceCommands {
    Q_DECLARE_TR_FUNCTIONS(MaintenanceCommands)

public:
    static QList<Command> commands() {
        Command check;
        check.words = {QStringLiteral("check")};
        check.summary = tr("Check the workspace's integrity and schema version.");
        check.run = &MaintenanceCommands::check;

        Command backup;
        backup.words = {QStringLiteral("backup")};
        backup.synopsis = QStringLiteral("FILE");
        backup.summary = tr("Write a consistent copy of the workspace to FILE (a new file).");
        backup.minPositional = backup.maxPositional = 1;
        backup.run = &MaintenanceCommands::backup;

        Command restore;
        restore.words = {QStringLiteral("restore")};
        restore.synopsis = QStringLiteral("FILE");
        restore.summary = tr("Replace the workspace with the backup FILE; the current workspace "
                             "is kept next to it as “….before-restore-<time>”. Close QunDesk "
                             "first.");
        restore.minPositional = restore.maxPositional = 1;
        restore.run = &MaintenanceCommands::restore;
        return {check, backup, restore};
    }

private:
    static Status check(CliContext& ctx, const CliArgs&) {
        auto db = ctx.database(CliContext::Open::Inspect);
        if (!db)
            return db.error();
        const int version = (*db)->schemaVersion();
        const Status integrity = (*db)->checkIntegrity();
        const QString verdict = integrity ? QStringLiteral("ok") : integrity.error().message;
        const QStringList damaged =
            integrity ? QStringList()
                      : DamageCheck::tablesOf((*db)->connection(),
                                              verdict.split(QLatin1Char('\n')));
        QList<QPair<QString, QString>> lines{{tr("Workspace"), ctx.workspacePath()},
                                                 {tr("Schema version"), QString::number(version)},
                                                 {tr("Integrity"), integrity ? tr("ok") : verdict}};
        if (!damaged.isEmpty())
            lines.append({tr("Damaged tables"), damaged.join(QStringLiteral(", "))});
        ctx.print({{QStringLiteral("ok"), integrity.ok()},
                   {QStringLiteral("schema_version"), version},
                   {QStringLiteral("integrity"), verdict},
                   {QStringLiteral("damaged_tables"), QJsonArray::fromStringList(damaged)}},
                  formatPairs(lines));
        if (!integrity)
            return Error{damaged.isEmpty()
                             ? tr("The workspace has problems: %1").arg(integrity.error().message)
                             : tr("The workspace is damaged in the tables %1; restore the "
                                  "latest backup (qundesk-cli restore FILE).")
                                   .arg(damaged.join(QStringLiteral(", "))),
                         ctx.workspacePath(), 0};
        return {};
    }

    static Status backup(CliContext& ctx, const CliArgs& args) {
        const QString target = QFileInfo(args.positional().constFirst()).absoluteFilePath();
        auto db = ctx.database(CliContext::Open::Inspect);
        if (!db)
            return db.error();
        if (auto status = Backup::backupWorkspace(**db, target); !status)
            return status;
        const qint64 bytes = QFileInfo(target).size();
        ctx.print({{QStringLiteral("workspace"), ctx.workspacePath()},
                   {QStringLiteral("backup"), target},
                   {QStringLiteral("bytes"), bytes}},
                  tr("Backed up %1 to %2 (%3 bytes).")
                      .arg(ctx.workspacePath(), target, QString::number(bytes)));
        return {};
    }

    static Status restore(CliContext& ctx, const CliArgs& args) {
        if (auto readable = TargetPath::forReading(args.positional().constFirst()); !readable)
            return readable;
        const QString source = QFileInfo(args.positional().constFirst()).absoluteFilePath();
        // The file being replaced must itself be a workspace: anything else stays untouched.
        if (auto status = inspectWorkspaceFile(ctx.workspacePath()); !status)
            return status;
        ctx.closeDatabase();
        if (auto status = Backup::restoreWorkspace(source, ctx.workspacePath()); !status)
            return status;
        ctx.print({{QStringLiteral("workspace"), ctx.workspacePath()},
                   {QStringLiteral("restored_from"), source}},
                  tr("Restored %1 from %2.").arg(ctx.workspacePath(), source));
        return {};
    }
};

} // namespace

QList<Command> maintenanceCommands() {
    return MaintenanceCommands::commands();
}

} // namespace qundesk::cli
