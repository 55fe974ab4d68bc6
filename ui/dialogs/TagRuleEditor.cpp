// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/TagRuleEditor.h"

#include "db/Database.h"
#include "dialogs/MessageBoxes.h"
#include "services/TagService.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"
#include "store/TagStore.h"
#include "util/Time.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace qundesk {

namespace {
constexpr int kCountDelayMs = 250; // debounce: count once typing pauses
}

TagRuleEditor::TagRuleEditor(const Database& db, const std::optional<TagRule>& rule,
                             QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_rule(rule)
    , m_today(time::today(SettingsStore(db).timeZone())) {
    setObjectName(QStringLiteral("tagRuleEditor"));
    if (auto groups = GroupStore(db).list(false)) {
        for (const Group& g : *groups)
            m_choices.groups.append({g.id, g.name});
    }
    if (auto tags = TagStore(db).list()) {
        for (const Tag& t : *tags)
            m_choices.tags.append({t.id, t.name});
    }

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("ruleNameEdit"));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("ruleTagCombo"));
    m_tag->setEditable(true); // typing a new name creates that tag on save
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    for (const auto& [id, name] : m_choices.tags)
        m_tag->addItem(name, id);
    m_match = new QComboBox(this);
    m_match->setObjectName(QStringLiteral("matchCombo"));
    m_match->addItem(QString(), true);
    m_match->addItem(QString(), false);

    auto* rowsHost = new QWidget(this);
    m_rowsLayout = new QVBoxLayout(rowsHost);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(rowsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(180);
    m_addRow = new QPushButton(this);
    m_addRow->setObjectName(QStringLiteral("addConditionButton"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("liveCountLabel"));
    m_count->setWordWrap(true);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("ruleButtons"));

    auto* form = new QFormLayout;
    m_nameLabel = new QLabel(this);
    m_tagLabel = new QLabel(this);
    m_matchLabel = new QLabel(this);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_tagLabel, m_tag);
    form->addRow(m_matchLabel, m_match);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scroll, 1);
    auto* addLine = new QHBoxLayout;
    addLine->addWidget(m_addRow);
    addLine->addStretch();
    layout->addLayout(addLine);
    layout->addWidget(m_count);
    layout->addWidget(m_buttons);

    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(kCountDelayMs);
    connect(m_countTimer, &QTimer::timeout, this, [this] { refreshCount(); });
    connect(m_match, &QComboBox::currentIndexChanged, this, &TagRuleEditor::scheduleCount);
    connect(m_addRow, &QPushButton::clicked, this, [this] { addCondition(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TagRuleEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TagRuleEditor::reject);

    retranslate();
    MemberFilterDefinition initial;
    if (!m_rule) {
        // A new rule names its tag: none is chosen for the operator (the first in the list
        // would be taken silently).
        m_tag->setCurrentIndex(-1);
        m_tag->setEditText(QString());
    } else {
        m_name->setText(m_rule->name);
        m_tag->setCurrentIndex(m_tag->findData(m_rule->tagId));
        if (auto def = MemberFilterDefinition::fromJson(m_rule->definition.toUtf8()))
            initial = *def;
    }
    m_match->setCurrentIndex(initial.matchAll ? 0 : 1);
    if (initial.conditions.isEmpty()) {
        MemberCondition orders;
        orders.field = QStringLiteral("orders");
        orders.op = QStringLiteral(">=");
        orders.value = 1;
        initial.conditions.append(orders);
    }
    for (const MemberCondition& c : initial.conditions)
        addCondition(c);
    refreshCount();
    resize(760, 460);
}

ConditionRow* TagRuleEditor::addCondition(const MemberCondition& condition) {
    auto* row = new ConditionRow(m_choices, this);
    if (!condition.field.isEmpty())
        row->setCondition(condition);
    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row); // before the stretch
    m_rows.append(row);
    connect(row, &ConditionRow::changed, this, &TagRuleEditor::scheduleCount);
    connect(row, &ConditionRow::removeRequested, this, [this, row] { removeCondition(row); });
    scheduleCount();
    return row;
}

void TagRuleEditor::removeCondition(ConditionRow* row) {
    m_rows.removeAll(row);
    row->deleteLater();
    scheduleCount();
}

MemberFilterDefinition TagRuleEditor::definition() const {
    MemberFilterDefinition def;
    def.matchAll = m_match->currentData().toBool();
    for (const ConditionRow* row : m_rows)
        def.conditions.append(row->condition());
    return def;
}

void TagRuleEditor::scheduleCount() {
    m_countTimer->start();
}

int TagRuleEditor::refreshCount() {
    m_countTimer->stop();
    const MemberFilterDefinition def = definition();
    m_countError.clear();
    m_liveCount = -1;
    if (def.conditions.isEmpty()) {
        m_countError = tr("Add at least one condition.");
    } else if (auto n = MemberFilterQuery::count(m_db, def, m_today)) {
        m_liveCount = *n;
    } else {
        m_countError = n.error().message;
    }
    retranslate();
    return m_liveCount;
}

void TagRuleEditor::accept() {
    const QString name = m_name->text().trimmed();
    const QString typed = m_tag->currentText().trimmed();
    const QString problem = name.isEmpty()    ? tr("Give the rule a name.")
                            : typed.isEmpty() ? tr("Choose or type the tag it gives.")
                                              : QString();
    if (refreshCount() < 0 || !problem.isEmpty()) {
        MessageBoxes::error(this, tr("Cannot save the rule"),
                            problem.isEmpty() ? m_countError : problem);
        return;
    }
    TagRule rule = m_rule.value_or(TagRule{});
    rule.name = name;
    // A tag from the list, or a new one by the typed name (the service finds or creates it).
    Tag newTag;
    const int index = m_tag->findText(typed, Qt::MatchFixedString);
    if (index >= 0) {
        rule.tagId = m_tag->itemData(index).toLongLong();
    } else {
        newTag.name = typed;
        newTag.category = QStringLiteral("auto"); // shown as tagCategory::label
    }
    rule.definition =
        QString::fromUtf8(QJsonDocument(definition().toJson()).toJson(QJsonDocument::Compact));
    auto saved = TagService::saveRule(m_db, rule, newTag, m_today);
    if (!saved) {
        MessageBoxes::error(this, tr("Cannot save the rule"), saved.error().toString());
        return;
    }
    m_rule = saved->rule;
    m_lastRun = saved->run;
    QDialog::accept();
}

void TagRuleEditor::retranslate() {
    setWindowTitle(m_rule && m_rule->id > 0 ? tr("Edit tag rule") : tr("New tag rule"));
    m_nameLabel->setText(tr("Rule &name:"));
    m_nameLabel->setBuddy(m_name);
    m_tagLabel->setText(tr("Gives the &tag:"));
    m_tagLabel->setBuddy(m_tag);
    m_matchLabel->setText(tr("&Members who match:"));
    m_matchLabel->setBuddy(m_match);
    m_name->setPlaceholderText(tr("e.g. Bought twice"));
    m_match->setItemText(0, tr("all of the conditions (AND)"));
    m_match->setItemText(1, tr("any of the conditions (OR)"));
    m_addRow->setText(tr("&Add condition"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save and apply"));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_liveCount >= 0);
    if (m_liveCount >= 0) {
        m_count->setText(tr("%n member(s) match", "", m_liveCount));
        m_count->setStyleSheet(QString());
    } else {
        m_count->setText(m_countError);
        m_count->setStyleSheet(QStringLiteral("color: #c0392b;"));
    }
}

void TagRuleEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && m_count)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace qundesk
