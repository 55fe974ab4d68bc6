// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "dialogs/ConditionRow.h"
#include "model/Tag.h"
#include "rules/TagRuleEngine.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QVBoxLayout;

namespace qundesk {

class Database;

// Builds one automatic tag rule: a name, the tag it gives (existing or typed new), all/any and
// a list of conditions, with a live count of the members that match now. Saving stores the
// rule (and the tag when new) and applies every enabled rule at once.
class TagRuleEditor final : public QDialog {
    Q_OBJECT

public:
    // `rule` with an id edits that rule; without one a new rule is made.
    TagRuleEditor(const Database& db, const std::optional<TagRule>& rule,
                  QWidget* parent = nullptr);

    QList<ConditionRow*> rows() const { return m_rows; }
    ConditionRow* addCondition(const MemberCondition& condition = {});
    MemberFilterDefinition definition() const;
    // Counts now instead of after the debounce (the count label shows it); -1 when invalid.
    int refreshCount();
    int liveCount() const { return m_liveCount; }
    // What the rules did when the dialog saved (the last run).
    std::optional<TagRuleRun> lastRun() const { return m_lastRun; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void removeCondition(ConditionRow* row);
    void scheduleCount();
    void retranslate();

    const Database& m_db;
    std::optional<TagRule> m_rule;
    ConditionChoices m_choices;
    QDate m_today;
    QLineEdit* m_name = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_match = nullptr;
    QVBoxLayout* m_rowsLayout = nullptr;
    QPushButton* m_addRow = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_tagLabel = nullptr;
    QLabel* m_matchLabel = nullptr;
    QLabel* m_count = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QTimer* m_countTimer = nullptr;
    QList<ConditionRow*> m_rows;
    int m_liveCount = -1;
    QString m_countError;
    std::optional<TagRuleRun> m_lastRun;
};

} // namespace qundesk
