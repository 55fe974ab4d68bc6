// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/MainMenus.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace qundesk {

MainMenus::MainMenus(QMainWindow& window, QUndoStack& undoStack)
    : QObject(&window)
    , m_window(window)
    , m_undoStack(undoStack) {
    QMenuBar* bar = window.menuBar();
    bar->setObjectName(QStringLiteral("menuBar"));

    fileMenu = bar->addMenu(QString());
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    newWorkspace = addAction(fileMenu, "newWorkspaceAction");
    newWorkspace->setShortcut(QKeySequence::New);
    openWorkspace = addAction(fileMenu, "openWorkspaceAction");
    openWorkspace->setShortcut(QKeySequence::Open);
    recentMenu = fileMenu->addMenu(QString());
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    openDemo = addAction(fileMenu, "openDemoAction");
    fileMenu->addSeparator();
    backup = addAction(fileMenu, "backupAction");
    restore = addAction(fileMenu, "restoreAction");
    fileMenu->addSeparator();
    exportCalendar = addAction(fileMenu, "exportCalendarAction");
    importCalendar = addAction(fileMenu, "importCalendarAction");
    exportWeeklyReport = addAction(fileMenu, "exportWeeklyReportAction");
    fileMenu->addSeparator();
    quit = addAction(fileMenu, "quitAction");
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    editMenu = bar->addMenu(QString());
    editMenu->setObjectName(QStringLiteral("editMenu"));
    undo = addAction(editMenu, "undoAction");
    undo->setShortcut(QKeySequence::Undo);
    redo = addAction(editMenu, "redoAction");
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addSeparator();
    tagsAndRules = addAction(editMenu, "tagsAndRulesAction");
    tagsAndRules->setShortcut(QKeySequence(QStringLiteral("Ctrl+T")));
    preferences = addAction(editMenu, "preferencesAction");
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(undo, &QAction::triggered, &m_undoStack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, &m_undoStack, &QUndoStack::redo);
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &MainMenus::updateUndoTexts);
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, &MainMenus::updateUndoTexts);

    viewMenu = bar->addMenu(QString());
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    int number = 1;
    for (PageId page : PageCatalog::all()) {
        QAction* action = addAction(viewMenu, "");
        action->setObjectName(QStringLiteral("show_%1_Action").arg(PageCatalog::key(page)));
        action->setIcon(PageCatalog::icon(page));
        action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(number++)));
        connect(action, &QAction::triggered, this, [this, page] { emit pageChosen(page); });
        pages.append(action);
    }
    viewMenu->addSeparator();
    fullScreen = addAction(viewMenu, "fullScreenAction");
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);

    helpMenu = bar->addMenu(QString());
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    glossary = addAction(helpMenu, "glossaryAction");
    glossary->setShortcut(QKeySequence::HelpContents);
    openLogFolder = addAction(helpMenu, "openLogFolderAction");
    trainerMode = addAction(helpMenu, "trainerModeAction");
    about = addAction(helpMenu, "aboutAction");
    about->setMenuRole(QAction::AboutRole);

    retranslate();
}

QAction* MainMenus::addAction(QMenu* menu, const char* objectName) {
    QAction* action = menu->addAction(QString());
    action->setObjectName(QString::fromLatin1(objectName));
    return action;
}

void MainMenus::setRecentWorkspaces(const QStringList& paths) {
    m_recent = paths;
    recentMenu->clear();
    for (const QString& path : paths) {
        QAction* action = recentMenu->addAction(
            QStringLiteral("%1  —  %2")
                .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).path())));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { emit recentChosen(path); });
    }
    recentMenu->setEnabled(!paths.isEmpty() && !m_writesPaused);
}

void MainMenus::setWritesPaused(bool paused) {
    m_writesPaused = paused;
    for (QAction* action : {newWorkspace, openWorkspace, openDemo, restore, tagsAndRules,
                            preferences, importCalendar})
        action->setEnabled(!paused);
    recentMenu->setEnabled(!m_recent.isEmpty() && !paused);
    updateUndoTexts();
}

void MainMenus::updateUndoTexts() {
    const QString undoText = m_undoStack.undoText();
    const QString redoText = m_undoStack.redoText();
    undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    undo->setEnabled(m_undoStack.canUndo() && !m_writesPaused);
    redo->setEnabled(m_undoStack.canRedo() && !m_writesPaused);
}

void MainMenus::retranslate() {
    fileMenu->setTitle(tr("&File"));
    newWorkspace->setText(tr("&New workspace…"));
    openWorkspace->setText(tr("&Open workspace…"));
    recentMenu->setTitle(tr("Open &recent"));
    openDemo->setText(tr("Open the &demo workspace"));
    backup->setText(tr("&Backup…"));
    restore->setText(tr("Re&store…"));
    exportCalendar->setText(tr("&Export calendar…"));
    importCalendar->setText(tr("&Import calendar…"));
    exportWeeklyReport->setText(tr("Export &weekly report…"));
    quit->setText(tr("&Quit"));

    editMenu->setTitle(tr("&Edit"));
    updateUndoTexts();
    tagsAndRules->setText(tr("&Tags and rules…"));
    preferences->setText(tr("&Preferences…"));

    viewMenu->setTitle(tr("&View"));
    const QList<PageId> all = PageCatalog::all();
    for (int i = 0; i < pages.size(); ++i)
        pages.at(i)->setText(PageCatalog::title(all.at(i)));
    fullScreen->setText(tr("&Full screen"));

    helpMenu->setTitle(tr("&Help"));
    glossary->setText(tr("Metric &glossary"));
    openLogFolder->setText(tr("Open &log folder"));
    trainerMode->setText(tr("&Trainer mode…"));
    trainerMode->setToolTip(tr("Plays SOPs forward on a separate copy of the demo workspace, with "
                               "a simulated clock and large type for a projector"));
    about->setText(tr("&About QunDesk"));
}

} // namespace qundesk
