// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/TagManagerDialog.h"

#include "db/Database.h"
#include "dialogs/MessageBoxes.h"
#include "dialogs/TagRuleEditor.h"
#include "model/Tag.h"
#include "rules/MemberCondition.h"
#include "rules/TagRuleEngine.h"
#include "services/TagService.h"
#include "shell/WorkspaceController.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"
#include "store/TagStore.h"
#include "util/Time.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qundesk {

namespace {

enum TagColumn { TagName, TagColor, TagCategory, TagMembers, TagByRules, TagColumns };
enum RuleColumn { RuleName, RuleTag, RuleEnabled, RuleConditions, RuleColumns };

// A list, or an empty one when the store failed (the dialog then shows what it could read).
template <typename T>
T orEmpty(Result<T> result) {
    return result ? std::move(result).value() : T{};
}

QIcon swatch(const QString& color, int width = 14) {
    QPixmap pixmap(width, 14);
    pixmap.fill(QColor(color));
    return QIcon(pixmap);
}

// A colour choice: a wide swatch, its code only in the tooltip.
void addColor(QComboBox* combo, const QString& color) {
    combo->addItem(swatch(color, 40), QString(), color);
    combo->setItemData(combo->count() - 1, color, Qt::ToolTipRole);
}

QTableWidget* makeTable(int columns, QWidget* parent, const QString& name) {
    auto* table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* item(const QString& text, const QVariant& data = {}) {
    auto* it = new QTableWidgetItem(text);
    it->setData(Qt::UserRole, data);
    return it;
}

} // namespace

TagManagerDialog::TagManagerDialog(WorkspaceController& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace) {
    setObjectName(QStringLiteral("tagManagerDialog"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tagTabs"));
    m_tabs->addTab(buildTagsTab(), QString());
    m_tabs->addTab(buildRulesTab(), QString());
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("tagStatusLabel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &TagManagerDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    retranslate();
    reload();
    resize(820, 520);
}

void TagManagerDialog::showFor(WorkspaceController& workspace, QWidget* parent) {
    if (!workspace.database())
        return;
    TagManagerDialog dialog(workspace, parent);
    dialog.exec();
}

QStringList TagManagerDialog::presetColors() {
    return {QStringLiteral("#3d7eff"), QStringLiteral("#16a085"), QStringLiteral("#27ae60"),
            QStringLiteral("#8bc34a"), QStringLiteral("#f1c40f"), QStringLiteral("#f39c12"),
            QStringLiteral("#e67e22"), QStringLiteral("#e74c3c"), QStringLiteral("#e91e63"),
            QStringLiteral("#9b59b6"), QStringLiteral("#795548"), QStringLiteral("#7f8c8d")};
}

QWidget* TagManagerDialog::buildTagsTab() {
    auto* page = new QWidget(this);
    m_tagTable = makeTable(TagColumns, page, QStringLiteral("tagTable"));
    m_tagName = new QLineEdit(page);
    m_tagName->setObjectName(QStringLiteral("tagNameEdit"));
    m_tagColor = new QComboBox(page);
    m_tagColor->setObjectName(QStringLiteral("tagColorCombo"));
    m_tagColor->setIconSize(QSize(40, 14));
    for (const QString& color : presetColors())
        addColor(m_tagColor, color);
    m_tagCategory = new QComboBox(page);
    m_tagCategory->setObjectName(QStringLiteral("tagCategoryCombo"));
    m_tagCategory->setEditable(true);
    m_addTag = new QPushButton(page);
    m_addTag->setObjectName(QStringLiteral("addTagButton"));
    m_saveTag = new QPushButton(page);
    m_saveTag->setObjectName(QStringLiteral("saveTagButton"));
    m_deleteTag = new QPushButton(page);
    m_deleteTag->setObjectName(QStringLiteral("deleteTagButton"));
    m_nameLabel = new QLabel(page);
    m_colorLabel = new QLabel(page);
    m_categoryLabel = new QLabel(page);

    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_tagName);
    form->addRow(m_colorLabel, m_tagColor);
    form->addRow(m_categoryLabel, m_tagCategory);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addTag);
    buttons->addWidget(m_saveTag);
    buttons->addStretch();
    buttons->addWidget(m_deleteTag);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_tagTable, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_tagTable, &QTableWidget::itemSelectionChanged, this,
            &TagManagerDialog::showSelectedTag);
    connect(m_addTag, &QPushButton::clicked, this, &TagManagerDialog::addTag);
    connect(m_saveTag, &QPushButton::clicked, this, &TagManagerDialog::saveTag);
    connect(m_deleteTag, &QPushButton::clicked, this, &TagManagerDialog::deleteTag);
    return page;
}

QWidget* TagManagerDialog::buildRulesTab() {
    auto* page = new QWidget(this);
    m_ruleTable = makeTable(RuleColumns, page, QStringLiteral("ruleTable"));
    m_newRule = new QPushButton(page);
    m_newRule->setObjectName(QStringLiteral("newRuleButton"));
    m_editRule = new QPushButton(page);
    m_editRule->setObjectName(QStringLiteral("editRuleButton"));
    m_deleteRule = new QPushButton(page);
    m_deleteRule->setObjectName(QStringLiteral("deleteRuleButton"));
    m_runRules = new QPushButton(page);
    m_runRules->setObjectName(QStringLiteral("runRulesButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newRule);
    buttons->addWidget(m_editRule);
    buttons->addWidget(m_deleteRule);
    buttons->addStretch();
    buttons->addWidget(m_runRules);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_ruleTable, 1);
    layout->addLayout(buttons);

    connect(m_newRule, &QPushButton::clicked, this, [this] { editRule(true); });
    connect(m_editRule, &QPushButton::clicked, this, [this] { editRule(false); });
    connect(m_ruleTable, &QTableWidget::cellDoubleClicked, this, [this] { editRule(false); });
    connect(m_deleteRule, &QPushButton::clicked, this, &TagManagerDialog::deleteRule);
    connect(m_runRules, &QPushButton::clicked, this, &TagManagerDialog::runRules);
    connect(m_ruleTable, &QTableWidget::cellChanged, this, &TagManagerDialog::onRuleItemChanged);
    return page;
}

void TagManagerDialog::reload() {
    const Database* db = m_workspace.database();
    if (!db)
        return;
    const qint64 tagId = selectedId(m_tagTable), ruleId = selectedId(m_ruleTable);
    m_choices = {};
    if (auto groups = GroupStore(*db).list(false)) {
        for (const Group& g : *groups)
            m_choices.groups.append({g.id, g.name});
    }
    m_tags = orEmpty(TagStore(*db).list());
    for (const Tag& t : m_tags)
        m_choices.tags.append({t.id, t.name});
    fillTags(*db);
    fillRules(*db);
    for (QTableWidget* table : {m_tagTable, m_ruleTable}) {
        const qint64 id = table == m_tagTable ? tagId : ruleId;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->data(Qt::UserRole).toLongLong() == id)
                table->selectRow(r);
        }
    }
}

void TagManagerDialog::fillTags(const Database& db) {
    // Members carrying each tag, and those of them the rules gave it to (origin "rule").
    const QHash<qint64, QMap<QString, int>> counts = orEmpty(TagStore(db).countsByOrigin());
    QSet<QString> categories;
    m_tagTable->setRowCount(int(m_tags.size()));
    for (int r = 0; r < m_tags.size(); ++r) {
        const Tag& tag = m_tags.at(r);
        const QMap<QString, int> byOrigin = counts.value(tag.id);
        int members = 0;
        for (int n : byOrigin)
            members += n;
        const int fromRules = byOrigin.value(QStringLiteral("rule"));
        m_tagTable->setItem(r, TagName, item(tag.name, tag.id));
        auto* color = item(QString(), tag.color); // the swatch shows it; the code is a tooltip
        color->setIcon(swatch(tag.color));
        color->setToolTip(tag.color);
        m_tagTable->setItem(r, TagColor, color);
        m_tagTable->setItem(r, TagCategory, item(tagCategory::label(tag.category)));
        m_tagTable->setItem(r, TagMembers, item(QLocale().toString(members), members));
        m_tagTable->setItem(r, TagByRules, item(QLocale().toString(fromRules), fromRules));
        if (!tag.category.isEmpty())
            categories.insert(tagCategory::label(tag.category));
    }
    const QString typed = m_tagCategory->currentText();
    m_tagCategory->clear();
    QStringList sorted(categories.cbegin(), categories.cend());
    sorted.sort(Qt::CaseInsensitive);
    m_tagCategory->addItem(QString());
    m_tagCategory->addItems(sorted);
    m_tagCategory->setCurrentText(typed);
}

void TagManagerDialog::fillRules(const Database& db) {
    m_rules = orEmpty(TagStore(db).rules());
    m_filling = true;
    m_ruleTable->setRowCount(int(m_rules.size()));
    for (int r = 0; r < m_rules.size(); ++r) {
        const TagRule& rule = m_rules.at(r);
        QString tagName;
        for (const Tag& t : m_tags)
            tagName = t.id == rule.tagId ? t.name : tagName;
        QStringList parts;
        QString joiner = tr(" and ");
        if (auto def = MemberFilterDefinition::fromJson(rule.definition.toUtf8())) {
            joiner = def->matchAll ? tr(" and ") : tr(" or ");
            for (const MemberCondition& c : def->conditions)
                parts << ConditionRow::describe(c, m_choices);
        }
        m_ruleTable->setItem(r, RuleName, item(rule.name, rule.id));
        m_ruleTable->setItem(r, RuleTag, item(tagName));
        auto* enabled = item(QString());
        enabled->setFlags(enabled->flags() | Qt::ItemIsUserCheckable);
        enabled->setCheckState(rule.enabled ? Qt::Checked : Qt::Unchecked);
        m_ruleTable->setItem(r, RuleEnabled, enabled);
        m_ruleTable->setItem(r, RuleConditions, item(parts.join(joiner)));
    }
    m_filling = false;
}

qint64 TagManagerDialog::selectedId(const QTableWidget* table) const {
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0) || table->selectedItems().isEmpty())
        return 0;
    return table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void TagManagerDialog::showSelectedTag() {
    const qint64 id = selectedId(m_tagTable);
    for (const Tag& tag : m_tags) {
        if (tag.id != id)
            continue;
        m_tagName->setText(tag.name);
        int color = m_tagColor->findData(tag.color);
        if (color < 0) { // a colour from elsewhere stays choosable
            addColor(m_tagColor, tag.color);
            color = m_tagColor->count() - 1;
        }
        m_tagColor->setCurrentIndex(color);
        m_tagCategory->setCurrentText(tagCategory::label(tag.category));
    }
    m_saveTag->setEnabled(id > 0);
    m_deleteTag->setEnabled(id > 0);
}

bool TagManagerDialog::changed(const Status& status, const QString& failure) {
    if (!status) {
        MessageBoxes::error(this, failure, status.error().toString());
        return false;
    }
    reload();
    m_workspace.notifyDataChanged();
    return true;
}

void TagManagerDialog::addTag() {
    Tag tag;
    tag.name = m_tagName->text().trimmed();
    tag.color = m_tagColor->currentData().toString();
    tag.category = tagCategory::fromTyped(m_tagCategory->currentText());
    auto id = TagService::createTag(*m_workspace.database(), tag);
    if (changed(id ? Status() : Status(id.error()), tr("Cannot add the tag")))
        m_status->setText(tr("Tag “%1” added.").arg(tag.name));
}

void TagManagerDialog::saveTag() {
    const qint64 id = selectedId(m_tagTable);
    if (id <= 0)
        return;
    Tag tag;
    tag.id = id;
    tag.name = m_tagName->text().trimmed();
    tag.color = m_tagColor->currentData().toString();
    tag.category = tagCategory::fromTyped(m_tagCategory->currentText());
    if (changed(TagService::updateTag(*m_workspace.database(), tag), tr("Cannot change the tag")))
        m_status->setText(tr("Tag “%1” saved.").arg(tag.name));
}

void TagManagerDialog::deleteTag() {
    const int row = m_tagTable->currentRow();
    const qint64 id = selectedId(m_tagTable);
    if (id <= 0)
        return;
    const QString name = m_tagTable->item(row, TagName)->text();
    const int members = m_tagTable->item(row, TagMembers)->data(Qt::UserRole).toInt();
    if (!MessageBoxes::ask(this, tr("Delete tag"),
                           tr("Delete the tag “%1”? %n member(s) carry it; it is taken from them "
                              "and its automatic rules are deleted too.",
                              "", members)
                               .arg(name)))
        return;
    if (changed(TagService::removeTag(*m_workspace.database(), id), tr("Cannot delete the tag")))
        m_status->setText(tr("Tag “%1” deleted.").arg(name));
}

TagRuleEditor* TagManagerDialog::editRule(bool createNew) {
    std::optional<TagRule> rule;
    const qint64 id = selectedId(m_ruleTable);
    for (const TagRule& r : m_rules)
        rule = (!createNew && r.id == id) ? std::optional<TagRule>(r) : rule;
    if (!createNew && !rule)
        return nullptr;
    auto* editor = new TagRuleEditor(*m_workspace.database(), rule, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        reload();
        m_workspace.notifyDataChanged();
        if (const auto run = editor->lastRun()) {
            m_status->setText(tr("Rule saved: %1, %2.")
                                  .arg(tr("%n tag(s) added", "", run->added),
                                       tr("%n removed", "", run->removed)));
        }
    });
    editor->open();
    return editor;
}

void TagManagerDialog::deleteRule() {
    const qint64 id = selectedId(m_ruleTable);
    if (id <= 0)
        return;
    const QString name = m_ruleTable->item(m_ruleTable->currentRow(), RuleName)->text();
    if (!MessageBoxes::ask(
            this, tr("Delete rule"),
            tr("Delete the rule “%1”? Tags it gave stay until the rules run again.").arg(name)))
        return;
    if (changed(TagService::removeRule(*m_workspace.database(), id), tr("Cannot delete the rule")))
        m_status->setText(tr("Rule “%1” deleted.").arg(name));
}

void TagManagerDialog::onRuleItemChanged(int row, int column) {
    if (m_filling || column != RuleEnabled || row < 0 || row >= m_rules.size())
        return;
    TagRule rule = m_rules.at(row);
    rule.enabled = m_ruleTable->item(row, column)->checkState() == Qt::Checked;
    if (changed(TagService::setRuleEnabled(*m_workspace.database(), rule.id, rule.enabled),
                tr("Cannot change the rule")))
        m_status->setText(rule.enabled ? tr("Rule “%1” enabled.").arg(rule.name)
                                       : tr("Rule “%1” disabled.").arg(rule.name));
}

void TagManagerDialog::runRules() {
    const Database& db = *m_workspace.database();
    auto run = TagService::runRules(db, time::today(SettingsStore(db).timeZone()));
    if (!changed(run ? Status() : Status(run.error()), tr("Cannot run the rules")))
        return;
    const QString text = tr("%1, %2.").arg(tr("%n tag(s) added", "", run->added),
                                           tr("%n removed", "", run->removed));
    m_status->setText(text);
    MessageBoxes::information(this, tr("Rules run"), text);
}

void TagManagerDialog::retranslate() {
    setWindowTitle(tr("Tags and rules"));
    m_tabs->setTabText(0, tr("Tags"));
    m_tabs->setTabText(1, tr("Automatic rules"));
    m_tagTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Colour"), tr("Category"), tr("Members"), tr("By rules")});
    m_ruleTable->setHorizontalHeaderLabels(
        {tr("Name"), tr("Tag"), tr("Enabled"), tr("Conditions")});
    m_nameLabel->setText(tr("&Name:"));
    m_nameLabel->setBuddy(m_tagName);
    m_colorLabel->setText(tr("C&olour:"));
    m_colorLabel->setBuddy(m_tagColor);
    m_categoryLabel->setText(tr("C&ategory:"));
    m_categoryLabel->setBuddy(m_tagCategory);
    m_addTag->setText(tr("&Add as new tag"));
    m_saveTag->setText(tr("&Save changes"));
    m_deleteTag->setText(tr("&Delete…"));
    m_newRule->setText(tr("&New rule…"));
    m_editRule->setText(tr("&Edit…"));
    m_deleteRule->setText(tr("De&lete…"));
    m_runRules->setText(tr("&Run rules now"));
}

void TagManagerDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && m_tabs) {
        retranslate();
        reload();
    }
    QDialog::changeEvent(event);
}

} // namespace qundesk
