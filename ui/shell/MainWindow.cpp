// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/MainWindow.h"

#include "db/Database.h"
#include "dialogs/TagManagerDialog.h"
#include "pages/AnalyticsPage.h"
#include "pages/GroupsPage.h"
#include "pages/ImportPage.h"
#include "pages/MembersPage.h"
#include "pages/PlaceholderPage.h"
#include "pages/SopPage.h"
#include "pages/TodayPage.h"
#include "pages/calendar/CalendarPage.h"
#include "shell/GroupSwitcher.h"
#include "shell/JobIndicator.h"
#include "shell/JobRunner.h"
#include "shell/LanguageManager.h"
#include "shell/MainMenus.h"
#include "shell/NavigationSidebar.h"
#include "shell/WeeklyReportAction.h"
#include "shell/WorkspaceActions.h"
#include "shell/WorkspaceController.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace qundesk {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPageKey = QStringLiteral("window/page");
} // namespace

MainWindow::MainWindow(LanguageManager& language, QWidget* parent)
    : QMainWindow(parent)
    , m_language(language) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/qundesk.svg")));
    m_workspace = new WorkspaceController(this);
    m_actions = std::make_unique<WorkspaceActions>(*this, *m_workspace);
    m_undoStack = new QUndoStack(this);
    m_menus = new MainMenus(*this, *m_undoStack);

    m_sidebar = new NavigationSidebar(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    buildPages();

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralArea"));
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    buildToolBar();
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("workspacePathLabel"));
    m_schemaLabel = new QLabel(this);
    m_schemaLabel->setObjectName(QStringLiteral("workspaceZoneLabel"));
    m_jobIndicator = new JobIndicator(m_workspace->jobs(), this);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_jobIndicator);
    statusBar()->addPermanentWidget(m_schemaLabel);

    connect(m_sidebar, &NavigationSidebar::pageChosen, this, &MainWindow::setCurrentPage);
    connect(m_workspace, &WorkspaceController::workspaceChanged, this,
            &MainWindow::onWorkspaceChanged);
    connect(m_workspace, &WorkspaceController::dataChanged, this, &MainWindow::refreshGroups);
    connect(m_workspace, &WorkspaceController::warning, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    connect(m_workspace, &WorkspaceController::damaged, this,
            [this](const DamageReport& report) { m_actions->offerBackupAfterDamage(report); });
    connect(&m_workspace->jobs(), &JobRunner::writingChanged, this, &MainWindow::updateWriteState);
    connect(m_workspace, &WorkspaceController::recentWorkspacesChanged, this,
            [this] { m_menus->setRecentWorkspaces(m_workspace->recentWorkspaces()); });
    connect(m_groupSwitcher, &GroupSwitcher::currentGroupChanged, m_membersPage,
            &MembersPage::setGroupFilter);
    connect(m_membersPage, &MembersPage::groupFilterChanged, m_groupSwitcher,
            &GroupSwitcher::setCurrentGroup);
    connectMenus();

    m_menus->setRecentWorkspaces(m_workspace->recentWorkspaces());
    resize(1280, 800);
    setCurrentPage(PageId::Today);
    retranslate();
    onWorkspaceChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages() {
    for (PageId id : PageCatalog::all()) {
        QWidget* widget = nullptr;
        switch (id) {
        case PageId::Today:
            widget = new TodayPage(*m_workspace, m_pages);
            break;
        case PageId::Groups:
            widget = new GroupsPage(*m_workspace, *m_undoStack, m_pages);
            break;
        case PageId::Members: {
            auto* members = new MembersPage(*m_workspace, *m_undoStack, m_pages);
            m_membersPage = members;
            widget = members;
            break;
        }
        case PageId::Import:
            widget = new ImportPage(*m_workspace, m_pages);
            break;
        case PageId::Sop:
            widget = new SopPage(*m_workspace, m_pages);
            break;
        case PageId::Analytics:
            widget = new AnalyticsPage(*m_workspace, m_pages);
            break;
        case PageId::Calendar:
            m_calendarPage = new CalendarPage(*m_workspace, *m_undoStack, m_pages);
            widget = m_calendarPage;
            break;
        default:
            widget = new PlaceholderPage(id, m_pages);
            break;
        }
        m_pages->addWidget(widget);
        m_pageWidgets.insert(id, widget);
    }
}

void MainWindow::buildToolBar() {
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_groupSwitcher = new GroupSwitcher(m_toolBar);
    m_toolBar->addWidget(m_groupSwitcher);
}

void MainWindow::connectMenus() {
    connect(m_menus->newWorkspace, &QAction::triggered, this, [this] { m_actions->chooseNew(); });
    connect(m_menus->openWorkspace, &QAction::triggered, this,
            [this] { m_actions->chooseAndOpen(); });
    connect(m_menus->openDemo, &QAction::triggered, this, [this] { m_actions->openDemo(); });
    connect(m_menus, &MainMenus::recentChosen, this,
            [this](const QString& path) { m_actions->open(path); });
    connect(m_menus->backup, &QAction::triggered, this, [this] { m_actions->backup(); });
    connect(m_menus->restore, &QAction::triggered, this, [this] { m_actions->restore(); });
    connect(m_menus->exportCalendar, &QAction::triggered, this,
            [this] { m_calendarPage->exportCalendar(); });
    connect(m_menus->importCalendar, &QAction::triggered, this,
            [this] { m_calendarPage->importCalendar(); });
    connect(m_menus->exportWeeklyReport, &QAction::triggered, this,
            [this] { WeeklyReportAction::run(this, *m_workspace); });
    connect(m_menus->quit, &QAction::triggered, this, &MainWindow::close);
    connect(m_menus->preferences, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_menus->tagsAndRules, &QAction::triggered, this,
            [this] { TagManagerDialog::showFor(*m_workspace, this); });
    connect(m_menus, &MainMenus::pageChosen, this, &MainWindow::setCurrentPage);
    connect(m_menus->fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    connect(m_menus->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_menus->glossary, &QAction::triggered, this, &MainWindow::showGlossary);
    connect(m_menus->openLogFolder, &QAction::triggered, this, &MainWindow::openLogFolder);
    connect(m_menus->trainerMode, &QAction::triggered, this, &MainWindow::showTrainer);
}

void MainWindow::setCurrentPage(PageId id) {
    QWidget* widget = m_pageWidgets.value(id);
    if (!widget)
        return;
    m_pages->setCurrentWidget(widget);
    if (m_sidebar->currentPage() != id || m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentPage(id);
    const QList<PageId> all = PageCatalog::all();
    for (int i = 0; i < m_menus->pages.size(); ++i) {
        m_menus->pages.at(i)->setCheckable(true);
        m_menus->pages.at(i)->setChecked(all.at(i) == id);
    }
}

PageId MainWindow::currentPage() const {
    const QWidget* widget = m_pages->currentWidget();
    for (auto it = m_pageWidgets.cbegin(); it != m_pageWidgets.cend(); ++it) {
        if (it.value() == widget)
            return it.key();
    }
    return PageId::Groups;
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    if (const auto page = PageCatalog::fromKey(settings.value(kPageKey).toString()))
        setCurrentPage(*page);
}

void MainWindow::saveLayout() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, PageCatalog::key(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::onWorkspaceChanged() {
    m_undoStack->clear();
    refreshGroups();
    const bool open = m_workspace->database() != nullptr;
    m_menus->backup->setEnabled(open);
    updateWriteState();
    retranslate();
}

void MainWindow::refreshGroups() {
    QList<GroupSummary> groups;
    if (Database* db = m_workspace->database()) {
        auto summaries = GroupStore(*db).summaries(false);
        if (summaries)
            groups = std::move(summaries).value();
    }
    m_groupSwitcher->setGroups(groups);
}

void MainWindow::retranslate() {
    m_menus->retranslate();
    Database* db = m_workspace->database();
    setWindowTitle(db ? tr("%1 — QunDesk").arg(QFileInfo(db->path()).completeBaseName())
                      : tr("QunDesk"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_pathLabel->setText(db ? tr("Workspace: %1").arg(QDir::toNativeSeparators(db->path()))
                            : tr("No workspace open"));
    // What an operator needs to know of the workspace: the zone its days follow (the schema
    // version only in the tooltip, for support).
    m_schemaLabel->setText(
        db ? tr("Time zone: %1").arg(QString::fromUtf8(SettingsStore(*db).timeZone().id()))
           : QString());
    m_schemaLabel->setToolTip(db ? tr("Days, “today” and reports of this workspace follow this "
                                      "time zone (Edit ▸ Preferences…). Schema version %1.")
                                       .arg(db->schemaVersion())
                                 : QString());
}

void MainWindow::updateWriteState() {
    const bool writing = m_workspace->jobs().isWriting();
    m_menus->setWritesPaused(writing);
    m_menus->restore->setEnabled(m_workspace->database() != nullptr && !writing);
}

} // namespace qundesk
