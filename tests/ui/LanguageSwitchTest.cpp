// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "TempWorkspace.h"
#include "UiFixture.h"
#include "commands/GroupCommands.h"
#include "models/GroupTableModel.h"
#include "shell/JobRunner.h"
#include "shell/LanguageManager.h"
#include "shell/MainMenus.h"
#include "shell/MainWindow.h"
#include "shell/NavigationSidebar.h"
#include "shell/WorkspaceActions.h"
#include "shell/WorkspaceController.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QTableView>

using namespace qundesk;

using LanguageSwitchTest = test::UiFixture;

TEST_F(LanguageSwitchTest, SwitchingToChineseRetranslatesTheOpenWindowAndBack) {
    test::TempWorkspace ws;
    test::seedGroups(ws.db(), {QStringLiteral("VIP会员群")}, {2});
    ws.close();
    LanguageManager language;
    language.apply(QStringLiteral("en"));
    MainWindow window(language);
    ASSERT_TRUE(window.actions().open(ws.path()));
    window.workspace().jobs().waitForIdle();
    auto* table = window.findChild<QTableView*>(QStringLiteral("groupTable"));
    auto* combo = window.findChild<QComboBox*>(QStringLiteral("groupSwitcher"));
    auto* count = window.findChild<QLabel*>(QStringLiteral("groupCount"));
    ASSERT_TRUE(table && combo && count);

    EXPECT_EQ(window.menus().fileMenu->title(), QStringLiteral("&File"));
    EXPECT_EQ(window.sidebar().itemFor(PageId::Groups)->text(), QStringLiteral("Groups"));
    EXPECT_EQ(count->text(), QStringLiteral("1 group"));

    language.apply(QStringLiteral("zh_CN"));
    EXPECT_EQ(language.currentLanguage(), QStringLiteral("zh_CN"));
    EXPECT_EQ(window.menus().fileMenu->title(), QStringLiteral("文件(&F)"));
    EXPECT_EQ(window.sidebar().itemFor(PageId::Groups)->text(), QStringLiteral("社群"));
    EXPECT_EQ(combo->itemText(0), QStringLiteral("全部社群"));
    EXPECT_EQ(table->model()->headerData(GroupTableModel::Members, Qt::Horizontal).toString(),
              QStringLiteral("成员数"));
    EXPECT_EQ(table->model()->index(0, GroupTableModel::Platform).data().toString(),
              QStringLiteral("微信"));

    language.apply(QStringLiteral("zh_TW"));
    EXPECT_EQ(window.sidebar().itemFor(PageId::Groups)->text(), QStringLiteral("社群"));
    EXPECT_EQ(combo->itemText(0), QStringLiteral("全部社群"));
    EXPECT_EQ(window.sidebar().itemFor(PageId::Members)->text(), QStringLiteral("成員"));

    language.apply(QStringLiteral("en"));
    EXPECT_EQ(window.menus().fileMenu->title(), QStringLiteral("&File"));
    EXPECT_EQ(window.sidebar().itemFor(PageId::Groups)->text(), QStringLiteral("Groups"));
    EXPECT_EQ(combo->itemText(0), QStringLiteral("All groups"));
    EXPECT_EQ(table->model()->headerData(GroupTableModel::Members, Qt::Horizontal).toString(),
              QStringLiteral("Members"));
}

TEST(LanguageManager, ResolvesChoicesAndFallsBackToTheSystem) {
    EXPECT_EQ(LanguageManager::resolve(QStringLiteral("zh_TW")), QStringLiteral("zh_TW"));
    EXPECT_EQ(LanguageManager::resolve(QStringLiteral("en")), QStringLiteral("en"));
    // The tests run with LANG=en_US: the system choice is English.
    EXPECT_EQ(LanguageManager::resolve(QString()), QStringLiteral("en"));
}

// Undo texts of commands that derive from a shared base are translated too (each has its own
// translation context).
TEST_F(LanguageSwitchTest, UndoTextsOfDerivedCommandsAreTranslated) {
    test::TempWorkspace ws;
    test::seedGroups(ws.db(), {QStringLiteral("VIP会员群")});
    ws.close();
    LanguageManager language;
    language.apply(QStringLiteral("zh_CN"));
    MainWindow window(language);
    ASSERT_TRUE(window.actions().open(ws.path()));
    Group group;
    group.id = 1;
    group.name = QStringLiteral("VIP会员群");
    const ArchiveGroupCommand archive(window.workspace(), group, true, &window);
    EXPECT_EQ(archive.text(), QStringLiteral("归档社群“VIP会员群”"));
    const EditGroupCommand edit(window.workspace(), group, group, &window);
    EXPECT_EQ(edit.text(), QStringLiteral("编辑社群“VIP会员群”"));
    language.apply(QStringLiteral("en"));
}
