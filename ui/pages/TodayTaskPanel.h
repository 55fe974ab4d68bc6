// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "sop/TaskAgenda.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace qundesk {

// The selected Today task: who, which step, the rendered script, its checklist, and the buttons
// Copy / Done / Skip (with the reason typed beside it) / Postpone. It only shows and asks; the
// page carries out the actions.
class TodayTaskPanel final : public QWidget {
    Q_OBJECT

public:
    explicit TodayTaskPanel(QWidget* parent = nullptr);

    void showTask(const std::optional<sop::AgendaTask>& task);
    std::optional<sop::AgendaTask> task() const { return m_task; }
    QString skipReason() const;
    void clearSkipReason();
    void focusSkipReason();
    void setActionsEnabled(bool enabled);

    QPushButton* copyButton() const { return m_copy; }
    QPushButton* doneButton() const { return m_done; }
    QPushButton* skipButton() const { return m_skip; }
    QPushButton* postponeButton() const { return m_postpone; }

signals:
    void copyRequested();
    void doneRequested();
    void skipRequested();
    void postponeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateTexts();

    std::optional<sop::AgendaTask> m_task;
    bool m_enabled = true;
    QLabel* m_heading = nullptr;
    QLabel* m_meta = nullptr;
    QLabel* m_hold = nullptr;
    QLabel* m_scriptLabel = nullptr;
    QPlainTextEdit* m_script = nullptr;
    QLabel* m_checklistLabel = nullptr;
    QListWidget* m_checklist = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_skip = nullptr;
    QPushButton* m_postpone = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace qundesk
