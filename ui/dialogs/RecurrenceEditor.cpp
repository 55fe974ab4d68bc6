// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/RecurrenceEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace qundesk {

namespace {

using Rule = calendar::RecurrenceRule;

// Which week of its month `day` falls in: 1..4, or -1 for the last (a fifth) one.
int weekOfMonth(const QDate& day) {
    const int n = (day.day() - 1) / 7 + 1;
    return n > 4 ? -1 : n;
}

} // namespace

RecurrenceEditor::RecurrenceEditor(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("recurrenceEditor"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_frequency = new QComboBox(this);
    m_frequency->setObjectName(QStringLiteral("recurrenceFrequency"));
    auto* everyRow = new QHBoxLayout;
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("recurrenceInterval"));
    m_interval->setRange(1, 99);
    m_everyLabel = new QLabel(this);
    everyRow->addWidget(m_interval);
    everyRow->addWidget(m_everyLabel, 1);
    m_weekdayRow = new QWidget(this);
    auto* days = new QHBoxLayout(m_weekdayRow);
    days->setContentsMargins(0, 0, 0, 0);
    for (int d = 1; d <= 7; ++d) {
        auto* box = new QCheckBox(m_weekdayRow);
        box->setObjectName(QStringLiteral("recurrenceWeekday%1").arg(d));
        days->addWidget(box);
        m_weekdays << box;
        connect(box, &QCheckBox::toggled, this, &RecurrenceEditor::updateSummary);
    }
    m_monthlyBy = new QComboBox(this);
    m_monthlyBy->setObjectName(QStringLiteral("recurrenceMonthlyBy"));
    auto* endRow = new QHBoxLayout;
    m_end = new QComboBox(this);
    m_end->setObjectName(QStringLiteral("recurrenceEnd"));
    m_until = new QDateEdit(this);
    m_until->setObjectName(QStringLiteral("recurrenceUntil"));
    m_until->setCalendarPopup(true);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("recurrenceCount"));
    m_count->setRange(1, 999);
    m_count->setValue(8);
    endRow->addWidget(m_end);
    endRow->addWidget(m_until);
    endRow->addWidget(m_count);
    endRow->addStretch(1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("recurrenceSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    form->addRow(m_frequency);
    form->addRow(everyRow);
    form->addRow(m_weekdayRow);
    form->addRow(m_monthlyBy);
    form->addRow(endRow);
    form->addRow(m_summary);

    for (QComboBox* box : {m_frequency, m_monthlyBy, m_end})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateVisibility();
            updateSummary();
        });
    connect(m_interval, &QSpinBox::valueChanged, this, &RecurrenceEditor::updateSummary);
    connect(m_count, &QSpinBox::valueChanged, this, &RecurrenceEditor::updateSummary);
    connect(m_until, &QDateEdit::dateChanged, this, &RecurrenceEditor::updateSummary);
    retranslate();
    updateVisibility();
}

void RecurrenceEditor::retranslate() {
    const int frequency = m_frequency->currentIndex();
    const int monthly = m_monthlyBy->currentIndex();
    const int end = m_end->currentIndex();
    const QSignalBlocker a(m_frequency), b(m_monthlyBy), c(m_end);
    m_frequency->clear();
    m_frequency->addItems({tr("Does not repeat"), tr("Daily"), tr("Weekly"), tr("Monthly"),
                           tr("Yearly"), tr("Custom rule")});
    m_frequency->setCurrentIndex(qMax(0, frequency));
    for (int d = 0; d < 7; ++d)
        m_weekdays[d]->setText(calendar::RuleSummary::weekdayName(d + 1));
    const QDate start = m_start.isValid() ? m_start.date() : QDate(2026, 1, 1);
    Rule byWeekday;
    byWeekday.frequency = Rule::Frequency::Monthly;
    byWeekday.monthlyBy = Rule::MonthlyBy::WeekdayOfMonth;
    byWeekday.weekOfMonth = weekOfMonth(start);
    byWeekday.weekday = start.dayOfWeek();
    Rule byDay;
    byDay.frequency = Rule::Frequency::Monthly;
    byDay.monthDay = start.day();
    m_monthlyBy->clear();
    // The options say what they mean for the start date: "Monthly on day 14 at 20:00".
    m_monthlyBy->addItems({calendar::RuleSummary::describe(byDay, m_start.time()),
                           calendar::RuleSummary::describe(byWeekday, m_start.time())});
    m_monthlyBy->setCurrentIndex(qMax(0, monthly));
    m_end->clear();
    m_end->addItems({tr("No end"), tr("Until"), tr("Number of times")});
    m_end->setCurrentIndex(qMax(0, end));
    m_everyLabel->setText(tr("Every N (days, weeks, months or years)"));
    updateSummary();
}

void RecurrenceEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecurrenceEditor::setStart(const QDateTime& wallClock) {
    m_start = wallClock;
    if (!m_until->date().isValid() || m_until->date() < wallClock.date())
        m_until->setDate(wallClock.date().addMonths(2));
    retranslate();
}

void RecurrenceEditor::updateVisibility() {
    const int f = m_frequency->currentIndex();
    const bool repeats = f >= 1 && f <= 4;
    m_interval->setVisible(repeats);
    m_everyLabel->setVisible(repeats);
    m_weekdayRow->setVisible(f == 2);
    m_monthlyBy->setVisible(f == 3);
    m_end->setVisible(repeats);
    m_until->setVisible(repeats && m_end->currentIndex() == 1);
    m_count->setVisible(repeats && m_end->currentIndex() == 2);
}

void RecurrenceEditor::setRule(const Rule& rule) {
    const QSignalBlocker block(this);
    m_custom = rule.customText;
    if (rule.isCustom()) {
        m_frequency->setCurrentIndex(5);
    } else {
        m_frequency->setCurrentIndex(int(rule.frequency));
        m_interval->setValue(rule.interval);
        for (int d = 0; d < 7; ++d)
            m_weekdays[d]->setChecked(rule.weekdays.contains(d + 1));
        m_monthlyBy->setCurrentIndex(rule.monthlyBy == Rule::MonthlyBy::DayOfMonth ? 0 : 1);
        m_end->setCurrentIndex(int(rule.end));
        if (rule.until.isValid())
            m_until->setDate(rule.until);
        if (rule.count > 0)
            m_count->setValue(rule.count);
    }
    updateVisibility();
    updateSummary();
}

Rule RecurrenceEditor::rule() const {
    Rule r;
    const int f = m_frequency->currentIndex();
    if (f == 5) {
        r.customText = m_custom;
        return r;
    }
    r.frequency = Rule::Frequency(f);
    if (r.frequency == Rule::Frequency::None)
        return r;
    r.interval = m_interval->value();
    const QDate start = m_start.isValid() ? m_start.date() : QDate::currentDate();
    if (r.frequency == Rule::Frequency::Weekly) {
        for (int d = 0; d < 7; ++d)
            if (m_weekdays[d]->isChecked())
                r.weekdays << d + 1;
        if (r.weekdays.isEmpty())
            r.weekdays << start.dayOfWeek();
    }
    if (r.frequency == Rule::Frequency::Monthly) {
        r.monthlyBy = m_monthlyBy->currentIndex() == 0 ? Rule::MonthlyBy::DayOfMonth
                                                       : Rule::MonthlyBy::WeekdayOfMonth;
        r.monthDay = start.day();
        r.weekOfMonth = weekOfMonth(start);
        r.weekday = start.dayOfWeek();
    }
    r.end = Rule::End(m_end->currentIndex());
    r.until = m_until->date();
    r.count = m_count->value();
    return r;
}

QString RecurrenceEditor::summary() const {
    return m_summary->text();
}

void RecurrenceEditor::updateSummary() {
    m_summary->setText(calendar::RuleSummary::describe(rule(), m_start.time()));
    emit ruleChanged();
}

} // namespace qundesk
