// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "pages/PageCatalog.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QToolBar;
class QUndoStack;

namespace qundesk {

class GroupSwitcher;
class JobIndicator;
class LanguageManager;
class CalendarPage;
class MainMenus;
class MembersPage;
class NavigationSidebar;
class WorkspaceActions;
class WorkspaceController;

// The window: a sidebar of pages, the page stack, a toolbar with the group switcher and the
// operator-load light, menus and a status bar with the workspace and the job indicator. Remembers
// its geometry, state and last page in QSettings.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager& language, QWidget* parent = nullptr);
    ~MainWindow() override;

    WorkspaceController& workspace() const { return *m_workspace; }
    WorkspaceActions& actions() const { return *m_actions; }
    QUndoStack& undoStack() const { return *m_undoStack; }
    MainMenus& menus() const { return *m_menus; }
    GroupSwitcher& groupSwitcher() const { return *m_groupSwitcher; }
    NavigationSidebar& sidebar() const { return *m_sidebar; }
    QStackedWidget& pageStack() const { return *m_pages; }

    void setCurrentPage(PageId page);
    PageId currentPage() const;
    QWidget* page(PageId page) const { return m_pageWidgets.value(page); }

    // Geometry, window state and last page from QSettings (call before show()).
    void restoreLayout();
    void saveLayout() const;

    void showSettings();
    void showAbout();
    void showGlossary();
    // Help ▸ Trainer mode: its own window on a throwaway copy of the demo workspace.
    void showTrainer();
    void openLogFolder();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildPages();
    void buildToolBar();
    void connectMenus();
    void onWorkspaceChanged();
    void refreshGroups();
    void retranslate();
    // Menus and pages pause the window's own writes while a job writes.
    void updateWriteState();

    LanguageManager& m_language;
    WorkspaceController* m_workspace = nullptr;
    std::unique_ptr<WorkspaceActions> m_actions;
    QUndoStack* m_undoStack = nullptr;
    MainMenus* m_menus = nullptr;
    NavigationSidebar* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QHash<PageId, QWidget*> m_pageWidgets;
    QToolBar* m_toolBar = nullptr;
    GroupSwitcher* m_groupSwitcher = nullptr;
    MembersPage* m_membersPage = nullptr;
    CalendarPage* m_calendarPage = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_schemaLabel = nullptr;
    JobIndicator* m_jobIndicator = nullptr;
};

} // namespace qundesk
