// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "calendar/RecurrenceRule.h"

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QStackedWidget;

namespace qundesk {

// Edits a recurrence rule (calendar::RecurrenceRule): once, daily, weekly on chosen weekdays,
// monthly on a day or on "the second Tuesday" (taken from the start date), yearly; every N;
// ending never, on a date or after a count. The rule is shown in words below the fields
// ("Weekly on Tue, Thu at 20:00, 8 times"). A rule the fields cannot hold (from an imported
// file) is shown as its text and kept unless the user picks another frequency.
class RecurrenceEditor final : public QWidget {
    Q_OBJECT

public:
    explicit RecurrenceEditor(QWidget* parent = nullptr);

    void setStart(const QDateTime& wallClock); // the first occurrence: date and time
    void setRule(const calendar::RecurrenceRule& rule);
    calendar::RecurrenceRule rule() const;
    QString summary() const;

signals:
    void ruleChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateVisibility();
    void updateSummary();

    QDateTime m_start;
    QString m_custom;
    QComboBox* m_frequency = nullptr;
    QLabel* m_everyLabel = nullptr;
    QSpinBox* m_interval = nullptr;
    QWidget* m_weekdayRow = nullptr;
    QList<QCheckBox*> m_weekdays;
    QComboBox* m_monthlyBy = nullptr;
    QComboBox* m_end = nullptr;
    QDateEdit* m_until = nullptr;
    QSpinBox* m_count = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace qundesk
