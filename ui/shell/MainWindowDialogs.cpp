// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The dialogs the main window opens from its menus: preferences, about, the glossary and the
// log folder.
#include "Version.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/MetricGlossaryDialog.h"
#include "dialogs/SettingsDialog.h"
#include "shell/JobRunner.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceController.h"
#include "trainer/TrainerWindow.h"
#include "util/LogFile.h"

#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QUrl>

namespace qundesk {

void MainWindow::showSettings() {
    SettingsDialog dialog(m_workspace->database(), this);
    dialog.setJobRunner(&m_workspace->jobs());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_language.apply(dialog.language());
    // Thresholds and the time zone change what pages compute: let them reload.
    m_workspace->notifyDataChanged();
}

void MainWindow::showAbout() {
    const QString text =
        QStringLiteral("<h3>QunDesk %1</h3><p>%2</p><p>%3</p>")
            .arg(QString::fromLatin1(kVersion),
                 tr("A desktop workbench for chat-group operators: groups, members, content "
                    "calendar, SOP scripts and conversion charts, kept in one file on your own "
                    "computer."),
                 tr("Licensed under the GNU General Public License, version 3 or later."));
    QMessageBox::about(this, tr("About QunDesk"), text);
}

void MainWindow::showGlossary() {
    auto* dialog = new MetricGlossaryDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showTrainer() {
    auto* trainer = new TrainerWindow(this);
    trainer->setAttribute(Qt::WA_DeleteOnClose);
    trainer->show();
    trainer->start();
}

// Shows the folder in the desktop's file manager (created when nothing was logged yet).
void MainWindow::openLogFolder() {
    const QString folder = LogFile::defaultFolder();
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        MessageBoxes::error(
            this, tr("Open log folder"),
            tr("No program could show the folder %1.").arg(QDir::toNativeSeparators(folder)));
}

} // namespace qundesk
