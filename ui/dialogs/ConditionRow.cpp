// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/ConditionRow.h"

#include "model/Member.h"
#include "rules/FanLevel.h"
#include "rules/Lifecycle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>

namespace qundesk {

namespace {
const QString kEq = QStringLiteral("=");
const QString kNe = QStringLiteral("!=");

bool is(const QString& field, const char* key) {
    return field == QLatin1String(key);
}
} // namespace

ConditionRow::ConditionRow(const ConditionChoices& choices, QWidget* parent)
    : QWidget(parent)
    , m_choices(choices) {
    setObjectName(QStringLiteral("conditionRow"));
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("fieldCombo"));
    m_op = new QComboBox(this);
    m_op->setObjectName(QStringLiteral("opCombo"));
    m_values = new QStackedWidget(this);
    m_integer = new QSpinBox(m_values);
    m_integer->setObjectName(QStringLiteral("valueSpin"));
    m_integer->setRange(0, 1000000);
    m_money = new QDoubleSpinBox(m_values);
    m_money->setObjectName(QStringLiteral("valueMoney"));
    m_money->setRange(0, 1e9);
    m_money->setDecimals(2);
    m_choice = new QComboBox(m_values);
    m_choice->setObjectName(QStringLiteral("valueCombo"));
    m_text = new QLineEdit(m_values);
    m_text->setObjectName(QStringLiteral("valueText"));
    m_flag = new QCheckBox(m_values);
    m_flag->setObjectName(QStringLiteral("valueCheck"));
    m_flag->setChecked(true);
    // Page order follows the Editor enum.
    for (QWidget* w : {static_cast<QWidget*>(m_integer), static_cast<QWidget*>(m_money),
                       static_cast<QWidget*>(m_choice), static_cast<QWidget*>(m_text),
                       static_cast<QWidget*>(m_flag)})
        m_values->addWidget(w);
    m_daysLabel = new QLabel(this);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setRange(1, 3650);
    m_days->setValue(30);
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeConditionButton"));
    m_remove->setText(QStringLiteral("✕"));

    // One line per condition: the editors keep their natural height whatever the page holds.
    m_values->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 3);
    layout->addWidget(m_op, 2);
    layout->addWidget(m_values, 3);
    layout->addWidget(m_daysLabel);
    layout->addWidget(m_days, 1);
    layout->addWidget(m_remove);

    fillFields();
    retranslate();
    onFieldChanged();

    connect(m_field, &QComboBox::currentIndexChanged, this, &ConditionRow::onFieldChanged);
    connect(m_op, &QComboBox::currentIndexChanged, this, &ConditionRow::changed);
    connect(m_integer, &QSpinBox::valueChanged, this, &ConditionRow::changed);
    connect(m_money, &QDoubleSpinBox::valueChanged, this, &ConditionRow::changed);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &ConditionRow::changed);
    connect(m_text, &QLineEdit::textChanged, this, &ConditionRow::changed);
    connect(m_flag, &QCheckBox::toggled, this, &ConditionRow::changed);
    connect(m_days, &QSpinBox::valueChanged, this, &ConditionRow::changed);
    connect(m_remove, &QToolButton::clicked, this, &ConditionRow::removeRequested);
}

QString ConditionRow::fieldLabel(const QString& f) {
    if (is(f, "silent_days"))
        return tr("Silent days");
    if (is(f, "messages_in_days"))
        return tr("Messages in N days");
    if (is(f, "orders"))
        return tr("Orders");
    if (is(f, "revenue"))
        return tr("Revenue");
    if (is(f, "joined_within"))
        return tr("Joined within N days");
    if (is(f, "birthday_month"))
        return tr("Birthday month");
    if (is(f, "source"))
        return tr("Source channel");
    if (is(f, "stage"))
        return tr("Stage");
    if (is(f, "fan_level"))
        return tr("Fan level");
    if (is(f, "tier"))
        return tr("Tier");
    if (is(f, "city"))
        return tr("City");
    if (is(f, "group"))
        return tr("In group");
    if (is(f, "has_tag"))
        return tr("Has tag");
    if (is(f, "never_posted"))
        return tr("Never posted");
    if (is(f, "in_any_group"))
        return tr("In any group");
    if (is(f, "top_quarter_activity"))
        return tr("Top quarter by activity");
    return f;
}

ConditionRow::Editor ConditionRow::editorFor(const QString& f) {
    if (is(f, "revenue"))
        return Editor::Money;
    if (is(f, "city"))
        return Editor::Text;
    if (is(f, "never_posted") || is(f, "in_any_group") || is(f, "top_quarter_activity"))
        return Editor::Flag;
    if (is(f, "birthday_month") || is(f, "source") || is(f, "stage") || is(f, "fan_level") ||
        is(f, "tier") || is(f, "group") || is(f, "has_tag"))
        return Editor::Choice;
    return Editor::Integer;
}

QStringList ConditionRow::opsFor(const QString& f) {
    switch (editorFor(f)) {
    case Editor::Integer:
        if (is(f, "joined_within"))
            return {QStringLiteral("<=")}; // the compiler reads it as "within the last N days"
        [[fallthrough]];
    case Editor::Money:
        return {QStringLiteral(">="),
                QStringLiteral("<="),
                QStringLiteral(">"),
                QStringLiteral("<"),
                kEq,
                kNe};
    case Editor::Flag:
        return {kEq};
    case Editor::Choice:
    case Editor::Text:
        break;
    }
    return {kEq, kNe};
}

QString ConditionRow::opLabel(const QString& f, const QString& op) {
    if (is(f, "joined_within"))
        return tr("within");
    if (is(f, "group"))
        return op == kEq ? tr("is in") : tr("is not in");
    if (is(f, "has_tag"))
        return op == kEq ? tr("includes") : tr("excludes");
    if (editorFor(f) == Editor::Integer || editorFor(f) == Editor::Money) {
        if (op == QLatin1String(">="))
            return QStringLiteral("≥");
        if (op == QLatin1String("<="))
            return QStringLiteral("≤");
        if (op == kNe)
            return QStringLiteral("≠");
        return op;
    }
    return op == kEq ? tr("is") : tr("is not");
}

QList<QPair<QVariant, QString>> ConditionRow::choicesFor(const QString& f,
                                                         const ConditionChoices& choices) {
    QList<QPair<QVariant, QString>> out;
    if (is(f, "birthday_month")) {
        out.append({0, tr("This month")});
        for (int m = 1; m <= 12; ++m)
            out.append({m, QLocale().standaloneMonthName(m)});
    } else if (is(f, "source")) {
        for (const QString& k : sourceChannel::keys())
            out.append({k, sourceChannel::label(k)});
    } else if (is(f, "stage")) {
        for (const QString& k : lifecycle::keys())
            out.append({k, lifecycle::label(k)});
    } else if (is(f, "fan_level")) {
        for (const QString& k : fanlevel::keys())
            out.append({k, fanlevel::label(k)});
    } else if (is(f, "tier")) {
        for (const QString& k : tier::keys())
            out.append({k, tier::label(k)});
    } else if (is(f, "group") || is(f, "has_tag")) {
        for (const auto& [id, name] : is(f, "group") ? choices.groups : choices.tags)
            out.append({id, name});
    }
    return out;
}

QString ConditionRow::describe(const MemberCondition& c, const ConditionChoices& choices) {
    QString value;
    switch (editorFor(c.field)) {
    case Editor::Flag:
        return c.value.toBool() ? fieldLabel(c.field) : tr("Not: %1").arg(fieldLabel(c.field));
    case Editor::Choice:
        value = c.value.toString();
        for (const auto& [key, label] : choicesFor(c.field, choices)) {
            if (key.toString() == c.value.toString())
                value = label;
        }
        break;
    case Editor::Money:
        value = QLocale().toString(c.value.toDouble(), 'f', 2);
        break;
    case Editor::Integer:
    case Editor::Text:
        value = c.value.toString();
        break;
    }
    QString text =
        QStringLiteral("%1 %2 %3").arg(fieldLabel(c.field), opLabel(c.field, c.op), value);
    if (is(c.field, "messages_in_days"))
        text += QLatin1Char(' ') + tr("(last %n day(s))", "", c.days);
    return text;
}

void ConditionRow::fillFields() {
    const QSignalBlocker block(m_field);
    const QString current = m_field->currentData().toString();
    m_field->clear();
    for (const QString& f : MemberFilterCompiler::fields())
        m_field->addItem(fieldLabel(f), f);
    if (const int i = m_field->findData(current); i >= 0)
        m_field->setCurrentIndex(i);
}

void ConditionRow::onFieldChanged() {
    const QString f = m_field->currentData().toString();
    {
        const QSignalBlocker blockOp(m_op);
        const QSignalBlocker blockChoice(m_choice);
        const QString op = m_op->currentData().toString();
        const QVariant choice = m_choice->currentData();
        m_op->clear();
        for (const QString& o : opsFor(f))
            m_op->addItem(opLabel(f, o), o);
        if (const int i = m_op->findData(op); i >= 0)
            m_op->setCurrentIndex(i);
        m_choice->clear();
        for (const auto& [key, label] : choicesFor(f, m_choices))
            m_choice->addItem(label, key);
        if (const int i = m_choice->findData(choice); i >= 0)
            m_choice->setCurrentIndex(i);
    }
    m_values->setCurrentIndex(int(editorFor(f)));
    const bool window = is(f, "messages_in_days");
    m_daysLabel->setVisible(window);
    m_days->setVisible(window);
    m_integer->setSuffix(is(f, "joined_within") || is(f, "silent_days") ? tr(" days") : QString());
    emit changed();
}

MemberCondition ConditionRow::condition() const {
    MemberCondition c;
    c.field = m_field->currentData().toString();
    c.op = m_op->currentData().toString();
    c.days = m_days->value();
    switch (editorFor(c.field)) {
    case Editor::Integer:
        c.value = m_integer->value();
        break;
    case Editor::Money:
        c.value = m_money->value();
        break;
    case Editor::Choice:
        c.value = m_choice->currentData();
        break;
    case Editor::Text:
        c.value = m_text->text().trimmed();
        break;
    case Editor::Flag:
        c.value = m_flag->isChecked();
        break;
    }
    return c;
}

void ConditionRow::setCondition(const MemberCondition& c) {
    if (const int i = m_field->findData(c.field); i >= 0)
        m_field->setCurrentIndex(i); // rebuilds ops and choices
    if (const int i = m_op->findData(c.op); i >= 0)
        m_op->setCurrentIndex(i);
    m_days->setValue(c.days);
    switch (editorFor(c.field)) {
    case Editor::Integer:
        m_integer->setValue(c.value.toInt());
        break;
    case Editor::Money:
        m_money->setValue(c.value.toDouble());
        break;
    case Editor::Choice:
        for (int i = 0; i < m_choice->count(); ++i) {
            if (m_choice->itemData(i).toString() == c.value.toString())
                m_choice->setCurrentIndex(i);
        }
        break;
    case Editor::Text:
        m_text->setText(c.value.toString());
        break;
    case Editor::Flag:
        m_flag->setChecked(c.value.toBool());
        break;
    }
}

void ConditionRow::retranslate() {
    m_daysLabel->setText(tr("in the last"));
    m_days->setSuffix(tr(" days"));
    m_flag->setText(tr("yes"));
    m_remove->setToolTip(tr("Remove this condition"));
}

void ConditionRow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillFields();
        const MemberCondition keep = condition();
        onFieldChanged();
        setCondition(keep);
    }
    QWidget::changeEvent(event);
}

} // namespace qundesk
