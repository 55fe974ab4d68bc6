// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;
class QToolButton;

namespace qundesk {

// The fields of one SOP step: title, timing (day N / fixed date / weekday, repeating), send
// window, channel, script with a placeholder menu, checklist (one item a line). Emits changed()
// on every edit; the editor reads step() back.
class SopStepForm final : public QWidget {
    Q_OBJECT

public:
    explicit SopStepForm(QWidget* parent = nullptr);

    void setStep(const SopStep& step);
    SopStep step() const; // the shown step with the form's values (id kept)
    void insertPlaceholder(const QString& placeholder);
    QPlainTextEdit* scriptEdit() const { return m_script; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateTimingFields();

    SopStep m_step;
    bool m_loading = false;
    QLineEdit* m_title;
    QComboBox* m_timing;
    QSpinBox* m_day;
    QSpinBox* m_repeat;
    QDateEdit* m_date;
    QComboBox* m_weekday;
    QTimeEdit* m_windowStart;
    QTimeEdit* m_windowEnd;
    QComboBox* m_channel;
    QPlainTextEdit* m_script;
    QToolButton* m_placeholders;
    QPlainTextEdit* m_checklist;
    QLabel* m_titleLabel;
    QLabel* m_timingLabel;
    QLabel* m_windowLabel;
    QLabel* m_channelLabel;
    QLabel* m_scriptLabel;
    QLabel* m_checklistLabel;
    QLabel* m_repeatLabel;
};

} // namespace qundesk
