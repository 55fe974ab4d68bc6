// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/GroupsPage.h"

#include "../UiFixture.h"
#include "TempWorkspace.h"
#include "commands/GroupCommands.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "dialogs/GroupDialog.h"
#include "models/GroupTableModel.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceActions.h"
#include "shell/WorkspaceController.h"
#include "store/GroupStore.h"
#include "util/Time.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

using namespace qundesk;

namespace {

class GroupsPageTest : public test::UiFixture {
protected:
    void SetUp() override {
        UiFixture::SetUp();
        language.apply(QStringLiteral("en"));
    }

    // Seeds `names` (capacity 200, operator 小林) with `members`, opens the file, shows Groups.
    GroupsPage* open(const QStringList& names, const QList<int>& members = {}) {
        test::seedGroups(ws.db(), names, members);
        ws.close();
        EXPECT_TRUE(window.actions().open(ws.path()));
        window.setCurrentPage(PageId::Groups);
        return qobject_cast<GroupsPage*>(window.page(PageId::Groups));
    }

    Group stored(const QString& name) {
        auto group = GroupStore(*window.workspace().database()).findByName(name);
        EXPECT_TRUE(group.ok() && group->has_value());
        return group.ok() && group->has_value() ? **group : Group{};
    }

    static QStringList names(const GroupsPage& page) {
        QStringList result;
        const QAbstractItemModel* model = page.table()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            result << model->index(row, GroupTableModel::Name).data().toString();
        return result;
    }

    template <typename T>
    static T* child(QWidget& parent, const char* name) {
        auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    LanguageManager language;
    test::TempWorkspace ws;
    MainWindow window{language};
};

} // namespace

TEST_F(GroupsPageTest, CreatingAGroupThroughTheDialogIsUndoable) {
    GroupsPage* page = open({QStringLiteral("VIP会员群")});
    ASSERT_NE(page, nullptr);
    QUndoStack& stack = window.undoStack();

    GroupDialog dialog(window.workspace(), stack, std::nullopt, &window);
    auto* capacity = child<QSpinBox>(dialog, "groupCapacitySpin");
    auto* platformCombo = child<QComboBox>(dialog, "groupPlatformCombo");
    EXPECT_EQ(capacity->value(), 500); // WeChat by default
    platformCombo->setCurrentIndex(platformCombo->findData(QStringLiteral("qq")));
    EXPECT_EQ(capacity->value(), 2000); // untouched: follows the platform
    capacity->setValue(480);
    platformCombo->setCurrentIndex(platformCombo->findData(QStringLiteral("wechat")));
    EXPECT_EQ(capacity->value(), 480); // touched: kept

    child<QLineEdit>(dialog, "groupNameEdit")->setText(QStringLiteral("  新人福利群 "));
    auto* purposeCombo = child<QComboBox>(dialog, "groupPurposeCombo");
    purposeCombo->setCurrentIndex(purposeCombo->findData(QStringLiteral("newcomer")));
    child<QPlainTextEdit>(dialog, "groupRulesEdit")->setPlainText(QStringLiteral("不发广告"));
    child<QPlainTextEdit>(dialog, "groupWelcomeEdit")
        ->setPlainText(QStringLiteral("欢迎 {nickname} 加入{group}"));
    child<QLineEdit>(dialog, "groupOperatorEdit")->setText(QStringLiteral("小林"));
    EXPECT_TRUE(
        child<QLabel>(dialog, "groupWelcomeHint")->text().contains(QStringLiteral("{operator}")));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted)
        << child<QLabel>(dialog, "groupDialogError")->text().toStdString();

    EXPECT_EQ(names(*page),
              (QStringList{QStringLiteral("VIP会员群"), QStringLiteral("新人福利群")}));
    const Group created = stored(QStringLiteral("新人福利群"));
    EXPECT_EQ(created.platform, QStringLiteral("wechat"));
    EXPECT_EQ(created.purpose, QStringLiteral("newcomer"));
    EXPECT_EQ(created.capacity, 480);
    EXPECT_EQ(created.rulesText, QStringLiteral("不发广告"));
    EXPECT_EQ(created.welcomeScript, QStringLiteral("欢迎 {nickname} 加入{group}"));
    EXPECT_EQ(created.operatorName, QStringLiteral("小林"));
    ASSERT_EQ(stack.count(), 1);

    stack.undo();
    EXPECT_EQ(names(*page), QStringList{QStringLiteral("VIP会员群")});
    stack.redo();
    EXPECT_EQ(names(*page),
              (QStringList{QStringLiteral("VIP会员群"), QStringLiteral("新人福利群")}));
    const Group again = stored(QStringLiteral("新人福利群"));
    EXPECT_EQ(again.id, created.id);
    EXPECT_EQ(again.createdAt, created.createdAt);
    EXPECT_EQ(again.capacity, 480);
    EXPECT_TRUE(messages.isEmpty());
}

TEST_F(GroupsPageTest, RedoOfACreatedGroupKeepsItsIdWhenGroupsWereAddedMeanwhile) {
    GroupsPage* page = open({QStringLiteral("VIP会员群")});
    ASSERT_NE(page, nullptr);
    QUndoStack& stack = window.undoStack();
    Group group;
    group.name = QStringLiteral("新人福利群");
    ASSERT_TRUE(pushGroupCommand(
                    stack, std::make_unique<CreateGroupCommand>(window.workspace(), group, &window))
                    .ok());
    const Group created = stored(QStringLiteral("新人福利群"));
    // An import adds a group outside the undo stack: the created one is no longer the newest.
    Group imported;
    imported.name = QStringLiteral("导入的群");
    ASSERT_TRUE(GroupStore(*window.workspace().database()).create(imported).ok());

    stack.undo();
    EXPECT_EQ(names(*page), (QStringList{QStringLiteral("VIP会员群"), QStringLiteral("导入的群")}));
    stack.redo();
    const Group again = stored(QStringLiteral("新人福利群"));
    EXPECT_EQ(again.id, created.id);
    EXPECT_EQ(again.createdAt, created.createdAt);
    EXPECT_EQ(stack.count(), 1);
    EXPECT_TRUE(messages.isEmpty());
    stack.undo();
    stack.redo();
    EXPECT_EQ(stored(QStringLiteral("新人福利群")).id, created.id);
}

TEST_F(GroupsPageTest, ADuplicateOrEmptyNameStaysInTheDialog) {
    open({QStringLiteral("VIP会员群")});
    GroupDialog dialog(window.workspace(), window.undoStack(), std::nullopt, &window);
    auto* error = child<QLabel>(dialog, "groupDialogError");
    dialog.accept();
    EXPECT_FALSE(error->isHidden());
    EXPECT_EQ(error->text(), QStringLiteral("Give the group a name."));
    child<QLineEdit>(dialog, "groupNameEdit")->setText(QStringLiteral("VIP会员群"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(error->text().contains(QStringLiteral("already exists")))
        << error->text().toStdString();
    EXPECT_EQ(window.undoStack().count(), 0);
}

TEST_F(GroupsPageTest, EditingTheCapacityIsUndoable) {
    GroupsPage* page = open({QStringLiteral("VIP会员群")}, {150});
    const Group before = stored(QStringLiteral("VIP会员群"));
    ASSERT_EQ(before.capacity, 200);
    const auto capacityCell = [&] {
        return page->table()->model()->index(0, GroupTableModel::CapacityUse).data().toString();
    };
    EXPECT_EQ(capacityCell(), QStringLiteral("75%"));

    GroupDialog dialog(window.workspace(), window.undoStack(), before, &window);
    EXPECT_EQ(child<QLineEdit>(dialog, "groupNameEdit")->text(), QStringLiteral("VIP会员群"));
    child<QSpinBox>(dialog, "groupCapacitySpin")->setValue(300);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(stored(QStringLiteral("VIP会员群")).capacity, 300);
    EXPECT_EQ(capacityCell(), QStringLiteral("50%"));

    window.undoStack().undo();
    const Group restored = stored(QStringLiteral("VIP会员群"));
    EXPECT_EQ(restored.capacity, 200);
    EXPECT_EQ(restored.operatorName, before.operatorName);
    EXPECT_EQ(capacityCell(), QStringLiteral("75%"));
    window.undoStack().redo();
    EXPECT_EQ(stored(QStringLiteral("VIP会员群")).capacity, 300);
}

TEST_F(GroupsPageTest, ArchivingHidesTheRowUntilShowArchivedIsChecked) {
    GroupsPage* page = open({QStringLiteral("618活动群"), QStringLiteral("VIP会员群")});
    auto* archive = child<QPushButton>(window, "archiveGroupButton");
    EXPECT_FALSE(archive->isEnabled());
    page->selectGroup(stored(QStringLiteral("618活动群")).id);
    ASSERT_TRUE(archive->isEnabled());
    EXPECT_EQ(archive->text(), QStringLiteral("Archive"));
    archive->click();
    EXPECT_TRUE(stored(QStringLiteral("618活动群")).archived);
    EXPECT_EQ(names(*page), QStringList{QStringLiteral("VIP会员群")});

    child<QCheckBox>(window, "showArchivedCheck")->setChecked(true);
    EXPECT_EQ(names(*page),
              (QStringList{QStringLiteral("618活动群"), QStringLiteral("VIP会员群")}));
    page->selectGroup(stored(QStringLiteral("618活动群")).id);
    EXPECT_EQ(archive->text(), QStringLiteral("Unarchive"));
    EXPECT_EQ(page->table()->model()->index(0, GroupTableModel::Status).data().toString(),
              QStringLiteral("Archived"));

    child<QCheckBox>(window, "showArchivedCheck")->setChecked(false);
    window.undoStack().undo();
    EXPECT_FALSE(stored(QStringLiteral("618活动群")).archived);
    EXPECT_EQ(names(*page),
              (QStringList{QStringLiteral("618活动群"), QStringLiteral("VIP会员群")}));
}

TEST_F(GroupsPageTest, WarnsAboutAGroupNearItsCapacity) {
    open({QStringLiteral("VIP会员群"), QStringLiteral("宝妈交流群")}, {190, 40});
    auto* banner = child<QLabel>(window, "capacityWarning");
    EXPECT_FALSE(banner->isHidden());
    EXPECT_EQ(banner->text(), QStringLiteral("VIP会员群 is at 95% of its capacity (190/200)."));
    EXPECT_TRUE(child<QLabel>(window, "operatorLoadWarning")->isHidden());
}

TEST_F(GroupsPageTest, WarnsAboutAnOperatorWithMoreThanSevenGroups) {
    QStringList groups;
    for (int i = 1; i <= 6; ++i)
        groups << QStringLiteral("群%1").arg(i);
    GroupsPage* page = open(groups);
    auto* banner = child<QLabel>(window, "operatorLoadWarning");
    EXPECT_FALSE(banner->isHidden());
    EXPECT_TRUE(banner->text().startsWith(QStringLiteral("小林 runs 6 active group")))
        << banner->text().toStdString();
    EXPECT_EQ(banner->property("severity").toString(), QStringLiteral("amber"));

    test::seedGroups(*window.workspace().database(),
                     {QStringLiteral("群7"), QStringLiteral("群8")});
    window.workspace().notifyDataChanged();
    EXPECT_TRUE(banner->text().startsWith(QStringLiteral("小林 runs 8 active group")))
        << banner->text().toStdString();
    EXPECT_TRUE(banner->text().contains(QStringLiteral("conversion drops")));
    EXPECT_EQ(banner->property("severity").toString(), QStringLiteral("red"));
    EXPECT_EQ(page->table()->model()->rowCount(), 8);
}

TEST_F(GroupsPageTest, SearchNeverMovesTheSelectionToAnotherGroup) {
    GroupsPage* page = open(
        {QStringLiteral("618活动群"), QStringLiteral("VIP会员群"), QStringLiteral("宝妈交流群")});
    auto* archive = child<QPushButton>(window, "archiveGroupButton");
    auto* edit = child<QPushButton>(window, "editGroupButton");
    auto* search = child<QLineEdit>(window, "groupSearch");

    page->selectGroup(stored(QStringLiteral("VIP会员群")).id);
    ASSERT_TRUE(archive->isEnabled());
    search->setText(QStringLiteral("宝妈")); // hides the chosen group
    EXPECT_TRUE(page->table()->selectionModel()->selectedRows().isEmpty());
    EXPECT_FALSE(archive->isEnabled());
    EXPECT_FALSE(edit->isEnabled());
    search->clear();
    EXPECT_TRUE(page->table()->selectionModel()->selectedRows().isEmpty());
    EXPECT_FALSE(archive->isEnabled());

    page->selectGroup(stored(QStringLiteral("宝妈交流群")).id);
    search->setText(QStringLiteral("宝")); // the chosen group still matches: it stays chosen
    const QModelIndexList rows = page->table()->selectionModel()->selectedRows();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().siblingAtColumn(GroupTableModel::Name).data().toString(),
              QStringLiteral("宝妈交流群"));
    EXPECT_TRUE(archive->isEnabled());
    archive->click();
    EXPECT_TRUE(stored(QStringLiteral("宝妈交流群")).archived);
    EXPECT_FALSE(stored(QStringLiteral("VIP会员群")).archived);
}

TEST_F(GroupsPageTest, AGroupWithoutAWeekOfHistoryShowsNoScore) {
    GroupsPage* page = open({QStringLiteral("新群"), QStringLiteral("老群")}, {0, 20});
    ASSERT_TRUE(sql::exec(window.workspace().database()->connection(),
                          QStringLiteral("UPDATE chat_groups SET created_at = :at WHERE id = :id"),
                          {{QStringLiteral(":at"), time::toStorage(time::now().addDays(-30))},
                           {QStringLiteral(":id"), stored(QStringLiteral("老群")).id}})
                    .ok());
    window.workspace().notifyDataChanged();

    const QAbstractItemModel* model = page->table()->model();
    const auto health = [&](const QString& name) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, GroupTableModel::Name).data().toString() == name)
                return model->index(row, GroupTableModel::Health);
        return QModelIndex();
    };
    const QModelIndex fresh = health(QStringLiteral("新群"));
    EXPECT_EQ(fresh.data().toString(), QStringLiteral("–")); // the tables' dash for "no data"
    EXPECT_FALSE(fresh.data(GroupTableModel::HealthLightRole).isValid());
    EXPECT_TRUE(fresh.data(Qt::ToolTipRole).toString().contains(QStringLiteral("7 days")));
    const QModelIndex scored = health(QStringLiteral("老群"));
    EXPECT_NE(scored.data().toString(), QStringLiteral("–")); // the tables' dash for "no data"
    EXPECT_TRUE(scored.data(GroupTableModel::HealthLightRole).isValid());
}
