// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "pages/PageCatalog.h"

#include <QList>
#include <QObject>
#include <QStringList>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace qundesk {

// The menu bar of the main window: File, Edit, View and Help. Owns the actions; the window
// connects them to what they do. Texts are set in retranslate(), called on language changes.
class MainMenus final : public QObject {
    Q_OBJECT

public:
    MainMenus(QMainWindow& window, QUndoStack& undoStack);

    void setRecentWorkspaces(const QStringList& paths);
    // While a background job writes (or replaces the file), every action that would write or
    // switch the workspace is disabled; reading, exporting and backing up stay available.
    void setWritesPaused(bool paused);
    bool writesPaused() const { return m_writesPaused; }
    void retranslate();

    QMenu* fileMenu = nullptr;
    QMenu* recentMenu = nullptr;
    QMenu* editMenu = nullptr;
    QMenu* viewMenu = nullptr;
    QMenu* helpMenu = nullptr;

    QAction* newWorkspace = nullptr;
    QAction* openWorkspace = nullptr;
    QAction* openDemo = nullptr;
    QAction* backup = nullptr;
    QAction* restore = nullptr;
    QAction* exportCalendar = nullptr; // File ▸ Export calendar… (.ics)
    QAction* importCalendar = nullptr; // File ▸ Import calendar… (a write: paused with the others)
    QAction* exportWeeklyReport = nullptr; // File ▸ Export weekly report… (.pdf)
    QAction* quit = nullptr;
    QAction* undo = nullptr;
    QAction* redo = nullptr;
    QAction* preferences = nullptr;
    QAction* tagsAndRules = nullptr; // Edit ▸ Tags and rules… (Ctrl+T)
    QList<QAction*> pages;           // in PageCatalog::all() order
    QAction* fullScreen = nullptr;
    QAction* about = nullptr;
    QAction* glossary = nullptr;
    QAction* openLogFolder = nullptr; // Help ▸ Open log folder
    QAction* trainerMode = nullptr;   // Help ▸ Trainer mode

signals:
    void recentChosen(const QString& path);
    void pageChosen(PageId page);

private:
    QAction* addAction(QMenu* menu, const char* objectName);
    void updateUndoTexts();

    QMainWindow& m_window;
    QUndoStack& m_undoStack;
    QStringList m_recent;
    bool m_writesPaused = false;
};

} // namespace qundesk
