// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "rules/MemberCondition.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace qundesk {

// What the value editors of a condition can offer: the workspace's groups and tags (id, name).
struct ConditionChoices {
    QList<QPair<qint64, QString>> groups;
    QList<QPair<qint64, QString>> tags;
};

// One condition of a tag rule: field, operator (only those valid for the field), a value
// editor fitting the field, and for "messages in N days" the window in days.
class ConditionRow final : public QWidget {
    Q_OBJECT

public:
    ConditionRow(const ConditionChoices& choices, QWidget* parent = nullptr);

    MemberCondition condition() const;
    void setCondition(const MemberCondition& condition);

    // Translated label of a MemberFilterCompiler field key ("orders" → "Orders").
    static QString fieldLabel(const QString& field);
    // "Orders ≥ 2", "Stage is Mature", "Has tag VIP"… for lists of rules.
    static QString describe(const MemberCondition& condition, const ConditionChoices& choices);

signals:
    void changed();
    void removeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Editor { Integer, Money, Choice, Text, Flag };
    static Editor editorFor(const QString& field);
    static QStringList opsFor(const QString& field);
    static QString opLabel(const QString& field, const QString& op);
    static QList<QPair<QVariant, QString>> choicesFor(const QString& field,
                                                      const ConditionChoices& choices);

    void onFieldChanged();
    void fillFields();
    void retranslate();

    ConditionChoices m_choices;
    QComboBox* m_field = nullptr;
    QComboBox* m_op = nullptr;
    QStackedWidget* m_values = nullptr;
    QSpinBox* m_integer = nullptr;
    QDoubleSpinBox* m_money = nullptr;
    QComboBox* m_choice = nullptr;
    QLineEdit* m_text = nullptr;
    QCheckBox* m_flag = nullptr;
    QLabel* m_daysLabel = nullptr;
    QSpinBox* m_days = nullptr;
    QToolButton* m_remove = nullptr;
};

} // namespace qundesk
