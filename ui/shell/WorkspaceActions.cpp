// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/WorkspaceActions.h"

#include "db/DamageCheck.h"
#include "db/Database.h"
#include "db/WorkspacePaths.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/MessageBoxes.h"
#include "jobs/WorkspaceJobs.h"
#include "shell/JobRunner.h"
#include "shell/WorkspaceController.h"
#include "util/Time.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>

namespace qundesk {

WorkspaceActions::WorkspaceActions(QWidget& window, WorkspaceController& workspace)
    : m_window(window)
    , m_workspace(workspace) {}

QString WorkspaceActions::workspaceFilter() {
    return tr("QunDesk workspaces (*.qundesk);;All files (*)");
}

bool WorkspaceActions::open(const QString& path) {
    const Status status = m_workspace.open(path);
    if (status)
        return true;
    showOpenError(path, status.error().message);
    return false;
}

void WorkspaceActions::showOpenError(const QString& path, const QString& reason) {
    const bool another = MessageBoxes::askAfterError(
        &m_window, tr("Cannot open workspace"),
        tr("QunDesk cannot open %1.").arg(QDir::toNativeSeparators(path)),
        reason + QStringLiteral("\n\n") + tr("Open another workspace?"));
    if (another)
        chooseAndOpen();
}

void WorkspaceActions::openDemo() {
    // A first run generates the demo as a job; the window stays responsive meanwhile.
    m_workspace.openDemo([this](const Status& status) {
        if (!status)
            showOpenError(demoWorkspacePath(), status.error().message);
    });
}

void WorkspaceActions::openInitial() {
    const QString last = WorkspaceController::lastWorkspace();
    if (!last.isEmpty() && QFileInfo::exists(last))
        open(last);
    else
        openDemo();
}

void WorkspaceActions::chooseNew() {
    const QString folder = QFileInfo(defaultWorkspacePath()).path();
    QString path = FileDialogs::saveFile(&m_window, tr("New workspace"), folder, workspaceFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".qundesk");
    if (QFileInfo::exists(path)) {
        // Never overwrite: a new workspace starts from an empty file.
        MessageBoxes::error(&m_window, tr("New workspace"),
                            tr("%1 already exists. Choose a new file name, or open it with "
                               "File ▸ Open workspace….")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    open(path);
}

void WorkspaceActions::chooseAndOpen() {
    const QString folder = m_workspace.path().isEmpty() ? QFileInfo(defaultWorkspacePath()).path()
                                                        : QFileInfo(m_workspace.path()).path();
    const QString path =
        FileDialogs::openFile(&m_window, tr("Open workspace"), folder, workspaceFilter());
    if (!path.isEmpty())
        open(path);
}

void WorkspaceActions::backup() {
    Database* db = m_workspace.database();
    if (!db)
        return;
    const QFileInfo current(db->path());
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(current.completeBaseName() + QLatin1Char('-') +
                      // File names carry the machine's own clock, like automatic backups.
                      time::now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")) +
                      QStringLiteral(".qundesk-backup"));
    const QString target = FileDialogs::saveFile(&m_window, tr("Back up workspace"), suggested,
                                                 tr("QunDesk backups (*.qundesk-backup)"));
    if (target.isEmpty())
        return;
    m_workspace.jobs().run(
        WorkspaceJobs::backup(target), &m_window, [this, target](const JobResult& result) {
            if (!result.ok()) {
                MessageBoxes::error(
                    &m_window, tr("Backup failed"),
                    tr("The backup %1 was not written.").arg(QDir::toNativeSeparators(target)),
                    result.status.error().toString());
                return;
            }
            MessageBoxes::information(
                &m_window, tr("Backup written"),
                tr("The workspace was saved to %1.").arg(QDir::toNativeSeparators(target)));
        });
}

void WorkspaceActions::restore() {
    const QString workspacePath = m_workspace.path();
    if (workspacePath.isEmpty())
        return;
    const QString source =
        FileDialogs::openFile(&m_window, tr("Restore workspace"), QFileInfo(workspacePath).path(),
                              tr("QunDesk backups (*.qundesk-backup *.qundesk);;All files (*)"));
    if (source.isEmpty())
        return;
    if (!MessageBoxes::ask(
            &m_window, tr("Restore workspace"),
            tr("Replace %1 with the backup %2?")
                .arg(QDir::toNativeSeparators(workspacePath), QDir::toNativeSeparators(source)),
            tr("The current file is kept next to it as a copy.")))
        return;
    restoreFrom(source);
}

void WorkspaceActions::restoreFrom(const QString& source) {
    const QString workspacePath = m_workspace.path();
    if (workspacePath.isEmpty())
        return;
    // Every connection to the file must be closed while it is replaced: the window's now, the
    // jobs' as each ends (the restore starts after the jobs queued before it).
    m_workspace.close();
    m_workspace.jobs().run(WorkspaceJobs::restore(source, workspacePath), &m_window,
                           [this, source, workspacePath](const JobResult& result) {
                               if (!result.ok())
                                   MessageBoxes::error(
                                       &m_window, tr("Restore failed"),
                                       tr("%1 was not restored; the workspace is unchanged.")
                                           .arg(QDir::toNativeSeparators(source)),
                                       result.status.error().toString());
                               open(workspacePath);
                           });
}

void WorkspaceActions::offerBackupAfterDamage(const DamageReport& report) {
    const QString workspacePath = m_workspace.path();
    if (workspacePath.isEmpty())
        return;
    const QString latest = DamageCheck::latestBackup(
        workspacePath, {QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)});
    MessageRequest request;
    request.icon = QMessageBox::Critical;
    request.title = tr("The workspace is damaged");
    request.text = tr("QunDesk found damage in %1. %2")
                       .arg(QDir::toNativeSeparators(workspacePath), DamageCheck::describe(report));
    request.informativeText =
        latest.isEmpty()
            ? tr("No backup of it was found beside it or in Documents. Restore it from a backup "
                 "file? Until then, changes may fail or be incomplete.")
            : tr("The latest backup is %1 (%2). Restore it? The damaged file is kept next to it "
                 "as a copy.")
                  .arg(QDir::toNativeSeparators(latest),
                       QLocale().toString(QFileInfo(latest).lastModified(), QLocale::ShortFormat));
    request.buttons = QMessageBox::Yes | QMessageBox::No;
    request.defaultButton = QMessageBox::Yes;
    const bool restoreChosen =
        MessageBoxes::show(&m_window, request,
                           latest.isEmpty() ? tr("Choose a backup…") : tr("Restore the backup")) ==
        QMessageBox::Yes;
    if (!restoreChosen)
        return;
    if (latest.isEmpty())
        restore();
    else
        restoreFrom(latest);
}

} // namespace qundesk
