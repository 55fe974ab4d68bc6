// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/MainWindow.h"

#include "TempWorkspace.h"
#include "UiFixture.h"
#include "db/Database.h"
#include "models/GroupTableModel.h"
#include "pages/MemberFilterBar.h"
#include "pages/MembersPage.h"
#include "shell/GroupSwitcher.h"
#include "shell/JobRunner.h"
#include "shell/LanguageManager.h"
#include "shell/MainMenus.h"
#include "shell/NavigationSidebar.h"
#include "shell/WorkspaceActions.h"
#include "shell/WorkspaceController.h"
#include "store/SettingsStore.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace qundesk;

namespace {

class MainWindowTest : public test::UiFixture {
protected:
    void SetUp() override {
        UiFixture::SetUp();
        language.apply(QStringLiteral("en"));
    }

    // A workspace file with three groups of 12, 0 and 150 members, opened in `window`.
    void openSeeded(MainWindow& window) {
        test::seedGroups(ws.db(),
                         {QStringLiteral("VIP会员群"), QStringLiteral("Telegram fans"),
                          QStringLiteral("宝妈交流群")},
                         {12, 0, 150});
        ws.close();
        ASSERT_TRUE(window.actions().open(ws.path()));
        window.workspace().jobs().waitForIdle();
    }

    LanguageManager language;
    test::TempWorkspace ws;
};

QString cell(const QAbstractItemModel* model, int row, int column) {
    return model->index(row, column).data().toString();
}

} // namespace

TEST_F(MainWindowTest, TheDaysRecomputeRunsAsAJobAndLeavesNoIndicatorBehind) {
    MainWindow window(language);
    QSignalSpy started(&window.workspace().jobs(), &JobRunner::started);
    openSeeded(window); // a workspace never refreshed: its day's recompute runs on opening
    QStringList titles;
    for (const QList<QVariant>& job : std::as_const(started))
        titles << job.at(0).toString();
    EXPECT_TRUE(titles.contains(
        QStringLiteral("Bringing stages, fan levels and automatic tags up to today")))
        << titles.join(QStringLiteral(" | ")).toStdString();
    EXPECT_TRUE(window.findChild<QWidget*>(QStringLiteral("jobIndicator"))->isHidden());
    EXPECT_EQ(window.findChild<QProgressDialog*>(), nullptr) << "no modal progress window";
}

TEST_F(MainWindowTest, GroupsPageListsTheGroupsWithMemberCounts) {
    MainWindow window(language);
    openSeeded(window);
    window.setCurrentPage(PageId::Groups);
    auto* table = window.findChild<QTableView*>(QStringLiteral("groupTable"));
    ASSERT_NE(table, nullptr);
    const QAbstractItemModel* model = table->model();
    ASSERT_EQ(model->rowCount(), 3);
    // Sorted by name through the proxy: Latin before Han characters.
    QStringList names;
    QMap<QString, QString> members;
    for (int row = 0; row < 3; ++row) {
        names << cell(model, row, GroupTableModel::Name);
        members.insert(cell(model, row, GroupTableModel::Name),
                       cell(model, row, GroupTableModel::Members));
    }
    EXPECT_TRUE(names.contains(QStringLiteral("VIP会员群")));
    EXPECT_TRUE(names.contains(QStringLiteral("Telegram fans")));
    EXPECT_TRUE(names.contains(QStringLiteral("宝妈交流群")));
    EXPECT_EQ(members.value(QStringLiteral("VIP会员群")), QStringLiteral("12"));
    EXPECT_EQ(members.value(QStringLiteral("Telegram fans")), QStringLiteral("0"));
    EXPECT_EQ(members.value(QStringLiteral("宝妈交流群")), QStringLiteral("150"));
    auto* empty = window.findChild<QWidget*>(QStringLiteral("groupsEmptyState"));
    ASSERT_NE(empty, nullptr);
    EXPECT_FALSE(empty->isVisibleTo(&window));
}

TEST_F(MainWindowTest, SearchFiltersTheGroupTable) {
    MainWindow window(language);
    openSeeded(window);
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("groupSearch"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("groupTable"));
    ASSERT_NE(search, nullptr);
    QTest::keyClicks(search, QStringLiteral("telegram"));
    ASSERT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(cell(table->model(), 0, GroupTableModel::Name), QStringLiteral("Telegram fans"));
    EXPECT_EQ(window.findChild<QLabel*>(QStringLiteral("groupCount"))->text(),
              QStringLiteral("1 of 3 groups"));
}

TEST_F(MainWindowTest, EmptyWorkspaceShowsTheEmptyState) {
    ws.close();
    MainWindow window(language);
    ASSERT_TRUE(window.actions().open(ws.path()));
    window.workspace().jobs().waitForIdle();
    window.setCurrentPage(PageId::Groups); // Today is the first page shown
    window.show();
    auto* empty = window.findChild<QWidget*>(QStringLiteral("groupsEmptyState"));
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_FALSE(window.findChild<QTableView*>(QStringLiteral("groupTable"))->isVisible());
}

TEST_F(MainWindowTest, SidebarSwitchesPages) {
    MainWindow window(language);
    openSeeded(window);
    window.show();
    NavigationSidebar& sidebar = window.sidebar();
    for (PageId page : {PageId::Calendar, PageId::Import, PageId::Groups, PageId::Today}) {
        const QRect rect = sidebar.visualItemRect(sidebar.itemFor(page));
        QTest::mouseClick(sidebar.viewport(), Qt::LeftButton, {}, rect.center());
        EXPECT_EQ(window.pageStack().currentWidget()->objectName(), PageCatalog::objectName(page));
        EXPECT_EQ(window.currentPage(), page);
    }
}

TEST_F(MainWindowTest, ViewMenuShortcutsSwitchPages) {
    MainWindow window(language);
    window.menus().pages.at(4)->trigger();
    EXPECT_EQ(window.pageStack().currentWidget()->objectName(), QStringLiteral("sopPage"));
    EXPECT_EQ(window.menus().pages.at(4)->shortcut(), QKeySequence(QStringLiteral("Ctrl+5")));
    EXPECT_EQ(window.sidebar().currentPage(), PageId::Sop);
}

TEST_F(MainWindowTest, GroupSwitcherListsAllGroupsThenEachGroup) {
    MainWindow window(language);
    openSeeded(window);
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("groupSwitcher"));
    ASSERT_NE(combo, nullptr);
    ASSERT_EQ(combo->count(), 4);
    EXPECT_EQ(combo->itemText(0), QStringLiteral("All groups"));
    QStringList names;
    for (int i = 1; i < combo->count(); ++i)
        names << combo->itemText(i);
    names.sort();
    EXPECT_EQ(names, QStringList({QStringLiteral("Telegram fans"), QStringLiteral("VIP会员群"),
                                  QStringLiteral("宝妈交流群")}));
    EXPECT_EQ(window.groupSwitcher().currentGroupId(), 0);
    combo->setCurrentIndex(2);
    EXPECT_GT(window.groupSwitcher().currentGroupId(), 0);
}

TEST_F(MainWindowTest, TheToolbarGroupAndTheMemberFiltersAgree) {
    MainWindow window(language);
    openSeeded(window);
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("groupSwitcher"));
    auto* members = qobject_cast<MembersPage*>(window.page(PageId::Members));
    ASSERT_NE(combo, nullptr);
    ASSERT_NE(members, nullptr);
    QComboBox* filterGroup = members->filterBar()->groupBox();

    combo->setCurrentIndex(2);
    const qint64 chosen = window.groupSwitcher().currentGroupId();
    EXPECT_EQ(members->filterBar()->filter().groupId, chosen);

    members->filterBar()->clear(); // what "Clear filters" does
    EXPECT_EQ(members->filterBar()->filter().groupId, 0);
    EXPECT_EQ(window.groupSwitcher().currentGroupId(), 0);
    EXPECT_EQ(combo->currentIndex(), 0);

    const int other = filterGroup->findText(combo->itemText(1));
    ASSERT_GT(other, 0);
    filterGroup->setCurrentIndex(other);
    EXPECT_EQ(combo->currentText(), filterGroup->currentText());
    EXPECT_EQ(window.groupSwitcher().currentGroupId(), members->filterBar()->filter().groupId);
}

TEST_F(MainWindowTest, OperatorLoadLightFollowsTheGroupCount) {
    MainWindow window(language);
    openSeeded(window);
    auto* light = window.findChild<QLabel*>(QStringLiteral("operatorLoadLight"));
    ASSERT_NE(light, nullptr);
    EXPECT_EQ(window.groupSwitcher().load(), OperatorLoad::Green);
    EXPECT_TRUE(light->toolTip().contains(QStringLiteral("3 active groups")))
        << light->toolTip().toStdString();
    EXPECT_TRUE(light->styleSheet().contains(GroupSwitcher::loadColor(OperatorLoad::Green).name()));

    test::seedGroups(*window.workspace().database(),
                     {QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F")});
    window.workspace().notifyDataChanged();
    EXPECT_EQ(window.groupSwitcher().activeGroupCount(), 6);
    EXPECT_EQ(window.groupSwitcher().load(), OperatorLoad::Amber);
    EXPECT_TRUE(light->toolTip().contains(QStringLiteral("6 active groups")));
    EXPECT_TRUE(light->styleSheet().contains(GroupSwitcher::loadColor(OperatorLoad::Amber).name()));
}

TEST_F(MainWindowTest, StatusBarNamesTheWorkspaceAndSchema) {
    MainWindow window(language);
    openSeeded(window);
    EXPECT_TRUE(window.findChild<QLabel*>(QStringLiteral("workspacePathLabel"))
                    ->text()
                    .contains(QStringLiteral("workspace.qundesk")));
    // The zone the days follow, not a schema number an operator cannot use (that is in the
    // tooltip).
    auto* zone = window.findChild<QLabel*>(QStringLiteral("workspaceZoneLabel"));
    ASSERT_NE(zone, nullptr);
    EXPECT_EQ(zone->text(),
              QStringLiteral("Time zone: %1")
                  .arg(QString::fromUtf8(
                      SettingsStore(*window.workspace().database()).timeZone().id())));
    EXPECT_FALSE(zone->text().contains(QStringLiteral("Schema")));
    EXPECT_TRUE(zone->toolTip().contains(
        QStringLiteral("Schema version %1").arg(window.workspace().database()->schemaVersion())));
}

TEST_F(MainWindowTest, GeometryAndPageAreRemembered) {
    {
        MainWindow window(language);
        window.show();
        window.resize(930, 610);
        window.setCurrentPage(PageId::Analytics);
        window.close();
    }
    MainWindow again(language);
    again.restoreLayout();
    EXPECT_EQ(again.size(), QSize(930, 610));
    EXPECT_EQ(again.currentPage(), PageId::Analytics);
}

TEST_F(MainWindowTest, OpeningAFileThatIsNotAWorkspaceShowsAnErrorAndKeepsTheWindowWorking) {
    MainWindow window(language);
    openSeeded(window);
    const QString bogus = ws.filePath(QStringLiteral("notes.qundesk"));
    QFile file(bogus);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("These are my notes, not a database.\n");
    file.close();

    answer = QMessageBox::No;
    EXPECT_FALSE(window.actions().open(bogus));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().text.contains(QStringLiteral("notes.qundesk")))
        << messages.first().text.toStdString();
    EXPECT_FALSE(messages.first().informativeText.isEmpty());
    // The previous workspace is still open and shown.
    ASSERT_NE(window.workspace().database(), nullptr);
    EXPECT_EQ(window.workspace().path(), ws.path());
    EXPECT_EQ(window.findChild<QTableView*>(QStringLiteral("groupTable"))->model()->rowCount(), 3);
}

TEST_F(MainWindowTest, RecentWorkspacesAreListedInTheFileMenu) {
    MainWindow window(language);
    openSeeded(window);
    const QList<QAction*> recent = window.menus().recentMenu->actions();
    ASSERT_EQ(recent.size(), 1);
    EXPECT_EQ(recent.first()->data().toString(), ws.path());
    EXPECT_EQ(WorkspaceController::lastWorkspace(), ws.path());
}
