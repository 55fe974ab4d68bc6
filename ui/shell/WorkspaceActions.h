// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace qundesk {

class WorkspaceController;
struct DamageReport;

// The File menu's workspace commands with their dialogs and messages: new, open, demo, backup
// and restore. Failures are shown naming the file; the current workspace stays open.
class WorkspaceActions {
    Q_DECLARE_TR_FUNCTIONS(WorkspaceActions)

public:
    WorkspaceActions(QWidget& window, WorkspaceController& workspace);

    // Opens `path`; on failure shows why and offers to choose another file. True when `path`
    // was opened.
    bool open(const QString& path);
    // Opens the demo, generating it first (as a job) on a first run; failures are shown.
    void openDemo();
    // At start-up: the last workspace or the demo; on failure the window stays usable.
    void openInitial();

    void chooseNew();
    void chooseAndOpen();
    // Backup and restore run as jobs; their outcome is shown when they end.
    void backup();
    void restore();
    // Restores `backupFile` over the open workspace without asking (the caller asked).
    void restoreFrom(const QString& backupFile);
    // Says what the check after opening found damaged and offers to restore the latest backup
    // (beside the workspace or in Documents), or a backup the user chooses.
    void offerBackupAfterDamage(const DamageReport& report);

    static QString workspaceFilter();

private:
    void showOpenError(const QString& path, const QString& reason);

    QWidget& m_window;
    WorkspaceController& m_workspace;
};

} // namespace qundesk
