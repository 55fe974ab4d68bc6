// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/TagRuleEditor.h"

#include "RuleTestSupport.h"
#include "TempWorkspace.h"
#include "UiFixture.h"
#include "db/Sql.h"
#include "rules/MemberStatusUpdater.h"
#include "store/OrderStore.h"
#include "store/TagStore.h"
#include "util/Time.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace qundesk;

namespace qundesk::test {

void seedBuyers(Database& db) {
    time::setFixedNow(QDateTime(QDate(2026, 1, 20), QTime(10, 0), QTimeZone::utc()));
    seedGroups(db, {QStringLiteral("VIP")}, {6});
    OrderStore orders(db);
    const QList<int> counts = {3, 2, 1};
    for (int m = 0; m < counts.size(); ++m) {
        for (int i = 0; i < counts.at(m); ++i) {
            Order order;
            order.memberId = m + 1;
            order.orderedAt = QDateTime(QDate(2026, 1, 10 + i), QTime(12, 0), QTimeZone::utc());
            order.amountCents = 9900;
            ASSERT_TRUE(orders.create(order).ok());
        }
    }
    ASSERT_TRUE(MemberStatusUpdater::recompute(db).ok());
}

void setRow(ConditionRow* row, const QString& field, const QString& op, int value) {
    auto* fieldCombo = row->findChild<QComboBox*>(QStringLiteral("fieldCombo"));
    auto* opCombo = row->findChild<QComboBox*>(QStringLiteral("opCombo"));
    auto* spin = row->findChild<QSpinBox*>(QStringLiteral("valueSpin"));
    ASSERT_TRUE(fieldCombo && opCombo && spin);
    fieldCombo->setCurrentIndex(fieldCombo->findData(field));
    ASSERT_GE(opCombo->findData(op), 0) << op.toStdString();
    opCombo->setCurrentIndex(opCombo->findData(op));
    spin->setValue(value);
}

void RuleFixture::TearDown() {
    time::setFixedNow({});
    UiFixture::TearDown();
}

} // namespace qundesk::test

using TagRuleEditorTest = test::RuleFixture;

TEST_F(TagRuleEditorTest, LiveCountFollowsTheConditionsAndTheMatchMode) {
    test::TempWorkspace ws;
    test::seedBuyers(ws.db());
    TagRuleEditor editor(ws.db(), std::nullopt);
    ASSERT_EQ(editor.rows().size(), 1);
    EXPECT_EQ(editor.liveCount(), 3); // the starting condition: orders >= 1

    test::setRow(editor.rows().at(0), QStringLiteral("orders"), QStringLiteral(">="), 2);
    QTRY_COMPARE(editor.liveCount(), 2);
    auto* label = editor.findChild<QLabel*>(QStringLiteral("liveCountLabel"));
    EXPECT_TRUE(label->text().startsWith(QStringLiteral("2 member")))
        << label->text().toStdString();

    editor.findChild<QPushButton*>(QStringLiteral("addConditionButton"))->click();
    ASSERT_EQ(editor.rows().size(), 2);
    test::setRow(editor.rows().at(1), QStringLiteral("orders"), QStringLiteral("="), 0);
    QTRY_COMPARE(editor.liveCount(), 0); // all: nobody has >= 2 and 0 orders
    auto* match = editor.findChild<QComboBox*>(QStringLiteral("matchCombo"));
    match->setCurrentIndex(match->findData(false));
    QTRY_COMPARE(editor.liveCount(), 5); // any: 2 buyers + 3 who never bought
    EXPECT_FALSE(editor.definition().matchAll);
}

TEST_F(TagRuleEditorTest, SavingStoresTheRuleAndTagsTheMembers) {
    test::TempWorkspace ws;
    test::seedBuyers(ws.db());
    TagRuleEditor editor(ws.db(), std::nullopt);
    test::setRow(editor.rows().at(0), QStringLiteral("orders"), QStringLiteral(">="), 2);
    editor.findChild<QLineEdit*>(QStringLiteral("ruleNameEdit"))
        ->setText(QStringLiteral("Bought twice"));
    editor.findChild<QComboBox*>(QStringLiteral("ruleTagCombo"))
        ->setEditText(QStringLiteral("Repeat buyer"));
    editor.accept();
    EXPECT_TRUE(messages.isEmpty()) << messages.value(0).text.toStdString();
    EXPECT_EQ(editor.result(), QDialog::Accepted);

    TagStore store(ws.db());
    const auto rules = store.rules();
    ASSERT_TRUE(rules.ok());
    ASSERT_EQ(rules->size(), 1);
    EXPECT_EQ(rules->at(0).name, QStringLiteral("Bought twice"));
    EXPECT_TRUE(rules->at(0).definition.contains(QStringLiteral("\"orders\"")));
    const auto tag = store.findByName(QStringLiteral("Repeat buyer"));
    ASSERT_TRUE(tag.ok() && tag->has_value());
    EXPECT_EQ(rules->at(0).tagId, tag->value().id);
    const auto tagged =
        sql::scalar(ws.db().connection(),
                    QStringLiteral("SELECT group_concat(member_id) FROM (SELECT member_id "
                                   "FROM member_tags WHERE tag_id = :t AND origin = "
                                   "'rule' ORDER BY member_id)"),
                    {{QStringLiteral(":t"), tag->value().id}});
    ASSERT_TRUE(tagged.ok());
    EXPECT_EQ(tagged->toString(), QStringLiteral("1,2"));
    ASSERT_TRUE(editor.lastRun().has_value());
    EXPECT_EQ(editor.lastRun()->added, 2);
}

TEST_F(TagRuleEditorTest, AnInvalidDefinitionCannotBeSaved) {
    test::TempWorkspace ws;
    test::seedBuyers(ws.db());
    TagRuleEditor editor(ws.db(), std::nullopt);
    editor.rows().at(0)->findChild<QToolButton*>(QStringLiteral("removeConditionButton"))->click();
    EXPECT_EQ(editor.refreshCount(), -1);
    EXPECT_FALSE(editor.findChild<QLabel*>(QStringLiteral("liveCountLabel"))->text().isEmpty());
    editor.findChild<QLineEdit*>(QStringLiteral("ruleNameEdit"))
        ->setText(QStringLiteral("Nothing"));
    editor.findChild<QComboBox*>(QStringLiteral("ruleTagCombo"))
        ->setEditText(QStringLiteral("Empty"));
    editor.accept();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_NE(editor.result(), QDialog::Accepted);
    EXPECT_TRUE(TagStore(ws.db()).rules()->isEmpty());
    EXPECT_FALSE(TagStore(ws.db()).findByName(QStringLiteral("Empty"))->has_value());
}

TEST_F(TagRuleEditorTest, EditingARuleShowsItsConditions) {
    test::TempWorkspace ws;
    test::seedBuyers(ws.db());
    Tag tag;
    tag.name = QStringLiteral("Quiet");
    const auto tagId = TagStore(ws.db()).create(tag);
    ASSERT_TRUE(tagId.ok());
    TagRule rule;
    rule.name = QStringLiteral("No orders");
    rule.tagId = *tagId;
    rule.definition = QStringLiteral(
        R"({"match":"any","conditions":[{"field":"orders","op":"<=","value":0},{"field":"stage","op":"=","value":"mature"}]})");
    const auto ruleId = TagStore(ws.db()).createRule(rule);
    ASSERT_TRUE(ruleId.ok());
    rule.id = *ruleId;
    TagRuleEditor editor(ws.db(), rule);
    ASSERT_EQ(editor.rows().size(), 2);
    EXPECT_EQ(editor.rows().at(1)->condition().value.toString(), QStringLiteral("mature"));
    EXPECT_FALSE(editor.definition().matchAll);
    EXPECT_EQ(editor.liveCount(), 3 + 1); // no orders, or the one-order member (mature)
}
