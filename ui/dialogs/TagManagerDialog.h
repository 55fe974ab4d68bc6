// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "dialogs/ConditionRow.h"
#include "model/Tag.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace qundesk {

class Database;
class TagRuleEditor;
class WorkspaceController;

// Tags (name, colour, category, how many members carry them and how many of those got the tag
// from a rule, member_tags.origin) and the automatic tag rules, with "Run rules now". Every change
// is stored at once and announced through WorkspaceController::notifyDataChanged().
class TagManagerDialog final : public QDialog {
    Q_OBJECT

public:
    explicit TagManagerDialog(WorkspaceController& workspace, QWidget* parent = nullptr);

    // Shows the dialog modally for the open workspace (nothing when none is open).
    static void showFor(WorkspaceController& workspace, QWidget* parent);
    // The twelve preset colours offered ("#rrggbb").
    static QStringList presetColors();

    void reload();
    void addTag();
    void saveTag();                          // rename / recolour / recategorise the selected tag
    void deleteTag();                        // asks first, naming how many members carry it
    TagRuleEditor* editRule(bool createNew); // opens the editor (window-modal, not blocking)
    void deleteRule();
    void runRules();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildTagsTab();
    QWidget* buildRulesTab();
    void fillTags(const Database& db);
    void fillRules(const Database& db);
    void showSelectedTag();
    void onRuleItemChanged(int row, int column);
    qint64 selectedId(const QTableWidget* table) const;
    bool changed(const Status& status, const QString& failure);
    void retranslate();

    WorkspaceController& m_workspace;
    QList<Tag> m_tags;
    QList<TagRule> m_rules;
    ConditionChoices m_choices;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_tagTable = nullptr;
    QLineEdit* m_tagName = nullptr;
    QComboBox* m_tagColor = nullptr;
    QComboBox* m_tagCategory = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_colorLabel = nullptr;
    QLabel* m_categoryLabel = nullptr;
    QPushButton* m_addTag = nullptr;
    QPushButton* m_saveTag = nullptr;
    QPushButton* m_deleteTag = nullptr;
    QTableWidget* m_ruleTable = nullptr;
    QPushButton* m_newRule = nullptr;
    QPushButton* m_editRule = nullptr;
    QPushButton* m_deleteRule = nullptr;
    QPushButton* m_runRules = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_close = nullptr;
    bool m_filling = false;
};

} // namespace qundesk
