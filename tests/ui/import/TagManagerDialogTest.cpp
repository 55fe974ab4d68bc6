// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/TagManagerDialog.h"

#include "RuleTestSupport.h"
#include "TempWorkspace.h"
#include "db/Database.h"
#include "dialogs/TagRuleEditor.h"
#include "shell/JobRunner.h"
#include "shell/WorkspaceController.h"
#include "store/TagStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace qundesk;

namespace {

struct TagWorkspace {
    test::TempWorkspace ws;
    WorkspaceController controller;
    qint64 vip = 0;

    TagWorkspace() {
        test::seedBuyers(ws.db());
        TagStore store(ws.db());
        Tag tag;
        tag.name = QStringLiteral("VIP");
        tag.category = QStringLiteral("value"); // a category key, as the demo stores it
        vip = store.create(tag).value();
        EXPECT_EQ(store.assign({1, 2, 4}, vip).value(), 3);
        tag.name = QStringLiteral("Lurker");
        tag.category.clear();
        EXPECT_TRUE(store.create(tag).ok());
        EXPECT_TRUE(controller.open(ws.path()).ok());
        controller.jobs().waitForIdle(); // the day's refresh
    }
};

int rowOf(QTableWidget* table, const QString& name) {
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0)->text() == name)
            return r;
    }
    return -1;
}

} // namespace

using TagManagerDialogTest = test::RuleFixture;

TEST_F(TagManagerDialogTest, ListsTagsWithCountsAndRenamesOne) {
    TagWorkspace w;
    int notified = 0;
    QObject::connect(&w.controller, &WorkspaceController::dataChanged, [&] { ++notified; });
    TagManagerDialog dialog(w.controller);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("tagTable"));
    ASSERT_EQ(table->rowCount(), 2);
    const int vip = rowOf(table, QStringLiteral("VIP"));
    ASSERT_GE(vip, 0);
    EXPECT_EQ(table->item(vip, 3)->text(), QStringLiteral("3"));
    // Keys and colour codes stay off the screen: the category's label, the colour's swatch.
    EXPECT_EQ(table->item(vip, 2)->text(), QStringLiteral("Customer value"));
    EXPECT_TRUE(table->item(vip, 1)->text().isEmpty());
    EXPECT_FALSE(table->item(vip, 1)->icon().isNull());
    EXPECT_EQ(table->item(vip, 1)->toolTip(), QStringLiteral("#3d7eff"));
    EXPECT_EQ(table->item(rowOf(table, QStringLiteral("Lurker")), 3)->text(), QStringLiteral("0"));

    table->selectRow(vip);
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("tagNameEdit"));
    EXPECT_EQ(name->text(), QStringLiteral("VIP"));
    name->setText(QStringLiteral("Gold VIP"));
    auto* color = dialog.findChild<QComboBox*>(QStringLiteral("tagColorCombo"));
    color->setCurrentIndex(color->findData(QStringLiteral("#e74c3c")));
    dialog.findChild<QPushButton*>(QStringLiteral("saveTagButton"))->click();
    EXPECT_TRUE(messages.isEmpty());
    const auto stored = TagStore(*w.controller.database()).get(w.vip);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->name, QStringLiteral("Gold VIP"));
    EXPECT_EQ(stored->color, QStringLiteral("#e74c3c"));
    EXPECT_EQ(stored->category, QStringLiteral("value")) << "the label shown is stored as its key";
    EXPECT_GE(rowOf(table, QStringLiteral("Gold VIP")), 0);
    EXPECT_EQ(notified, 1);
}

TEST_F(TagManagerDialogTest, DeleteNamesHowManyMembersCarryTheTag) {
    TagWorkspace w;
    TagManagerDialog dialog(w.controller);
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("tagTable"));
    table->selectRow(rowOf(table, QStringLiteral("VIP")));
    answer = QMessageBox::No;
    dialog.deleteTag();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.at(0).text.contains(QStringLiteral("3 member")))
        << messages.at(0).text.toStdString();
    EXPECT_EQ(table->rowCount(), 2);
    answer = QMessageBox::Yes;
    dialog.deleteTag();
    EXPECT_EQ(table->rowCount(), 1);
    EXPECT_FALSE(TagStore(*w.controller.database()).findByName(QStringLiteral("VIP"))->has_value());
}

TEST_F(TagManagerDialogTest, RulesTabRunsRulesAndCountsWhatRulesGave) {
    TagWorkspace w;
    TagRule rule;
    rule.name = QStringLiteral("Buyers");
    rule.tagId = w.vip;
    rule.definition =
        QStringLiteral(R"({"match":"all","conditions":[{"field":"orders","op":">=","value":1}]})");
    ASSERT_TRUE(TagStore(*w.controller.database()).createRule(rule).ok());
    TagManagerDialog dialog(w.controller);
    auto* rules = dialog.findChild<QTableWidget*>(QStringLiteral("ruleTable"));
    ASSERT_EQ(rules->rowCount(), 1);
    EXPECT_EQ(rules->item(0, 1)->text(), QStringLiteral("VIP"));
    EXPECT_TRUE(rules->item(0, 3)->text().contains(QStringLiteral("Orders")));

    dialog.runRules();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.at(0).text.startsWith(QStringLiteral("1 tag")))
        << messages.at(0).text.toStdString();
    auto* tags = dialog.findChild<QTableWidget*>(QStringLiteral("tagTable"));
    const int vip = rowOf(tags, QStringLiteral("VIP"));
    EXPECT_EQ(tags->item(vip, 3)->text(), QStringLiteral("4")); // 1, 2, 4 by hand + 3 by rule
    // Only member 3 got VIP from the rule: 1 and 2 match it too but had the tag by hand.
    EXPECT_EQ(tags->item(vip, 4)->text(), QStringLiteral("1"));

    rules->item(0, 2)->setCheckState(Qt::Unchecked);
    EXPECT_FALSE(TagStore(*w.controller.database()).rules()->at(0).enabled);
}

TEST_F(TagManagerDialogTest, NewRuleOpensTheEditorAndSavesThroughIt) {
    TagWorkspace w;
    TagManagerDialog dialog(w.controller);
    TagRuleEditor* editor = dialog.editRule(true);
    ASSERT_NE(editor, nullptr);
    EXPECT_TRUE(editor->findChild<QComboBox*>(QStringLiteral("ruleTagCombo"))->currentText().isEmpty())
        << "a new rule chooses no existing tag by itself";
    test::setRow(editor->rows().at(0), QStringLiteral("orders"), QStringLiteral(">="), 3);
    editor->findChild<QLineEdit*>(QStringLiteral("ruleNameEdit"))
        ->setText(QStringLiteral("Top buyers"));
    editor->findChild<QComboBox*>(QStringLiteral("ruleTagCombo"))
        ->setEditText(QStringLiteral("Lurker"));
    editor->accept();
    EXPECT_TRUE(messages.isEmpty());
    auto* rules = dialog.findChild<QTableWidget*>(QStringLiteral("ruleTable"));
    ASSERT_EQ(rules->rowCount(), 1);
    EXPECT_EQ(rules->item(0, 1)->text(), QStringLiteral("Lurker"));
    const QString status = dialog.findChild<QLabel*>(QStringLiteral("tagStatusLabel"))->text();
    EXPECT_TRUE(status.contains(QStringLiteral("1 tag"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("0 removed"))) << status.toStdString();
}
