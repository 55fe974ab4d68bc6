// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/TodayTaskPanel.h"

#include "model/ContentItem.h"
#include "sop/FatigueGuard.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qundesk {

TodayTaskPanel::TodayTaskPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("todayTaskPanel"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("taskHeading"));
    m_heading->setWordWrap(true);
    m_heading->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: 600;"));
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("taskMeta"));
    m_meta->setWordWrap(true);
    m_meta->setStyleSheet(QStringLiteral("color: #4b5563;"));
    m_hold = new QLabel(this);
    m_hold->setObjectName(QStringLiteral("taskHold"));
    m_hold->setWordWrap(true);
    m_hold->setStyleSheet(QStringLiteral("QLabel { background: #fffaeb; color: #93370d; border: "
                                         "1px solid #fedf89; border-radius: 6px; padding: 6px; }"));
    m_scriptLabel = new QLabel(this);
    m_script = new QPlainTextEdit(this);
    m_script->setObjectName(QStringLiteral("taskScript"));
    m_script->setReadOnly(true);
    m_script->setStyleSheet(QStringLiteral("font-size: 15px;"));
    m_checklistLabel = new QLabel(this);
    m_checklist = new QListWidget(this);
    m_checklist->setObjectName(QStringLiteral("taskChecklist"));
    m_checklist->setMaximumHeight(96);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("skipReason"));
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyScriptButton"));
    m_copy->setDefault(true);
    m_done = new QPushButton(this);
    m_done->setObjectName(QStringLiteral("taskDoneButton"));
    m_skip = new QPushButton(this);
    m_skip->setObjectName(QStringLiteral("taskSkipButton"));
    m_postpone = new QPushButton(this);
    m_postpone->setObjectName(QStringLiteral("taskPostponeButton"));
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("taskPanelEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #6b7280;"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_done);
    buttons->addWidget(m_postpone);
    buttons->addStretch();
    auto* skipRow = new QHBoxLayout;
    skipRow->addWidget(m_reason, 1);
    skipRow->addWidget(m_skip);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_meta);
    layout->addWidget(m_hold);
    layout->addWidget(m_scriptLabel);
    layout->addWidget(m_script, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_checklistLabel);
    layout->addWidget(m_checklist);
    layout->addLayout(skipRow);
    layout->addWidget(m_empty, 1);

    connect(m_copy, &QPushButton::clicked, this, &TodayTaskPanel::copyRequested);
    connect(m_done, &QPushButton::clicked, this, &TodayTaskPanel::doneRequested);
    connect(m_skip, &QPushButton::clicked, this, &TodayTaskPanel::skipRequested);
    connect(m_postpone, &QPushButton::clicked, this, &TodayTaskPanel::postponeRequested);
    connect(m_reason, &QLineEdit::returnPressed, this, &TodayTaskPanel::skipRequested);
    retranslate();
    showTask(std::nullopt);
}

void TodayTaskPanel::showTask(const std::optional<sop::AgendaTask>& task) {
    m_task = task;
    const bool shown = task.has_value();
    for (QWidget* w : {static_cast<QWidget*>(m_heading), static_cast<QWidget*>(m_meta),
                       static_cast<QWidget*>(m_scriptLabel), static_cast<QWidget*>(m_script),
                       static_cast<QWidget*>(m_reason), static_cast<QWidget*>(m_copy),
                       static_cast<QWidget*>(m_done), static_cast<QWidget*>(m_skip),
                       static_cast<QWidget*>(m_postpone)})
        w->setVisible(shown);
    m_empty->setVisible(!shown);
    m_hold->setVisible(shown && !task->holdReason.isEmpty());
    const bool checklist = shown && !task->checklist.isEmpty();
    m_checklistLabel->setVisible(checklist);
    m_checklist->setVisible(checklist);
    m_checklist->clear();
    if (checklist) {
        for (const QString& item : task->checklist) {
            auto* row = new QListWidgetItem(item, m_checklist);
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(Qt::Unchecked);
        }
    }
    m_script->setPlainText(shown ? task->script : QString());
    setActionsEnabled(m_enabled);
    updateTexts();
}

QString TodayTaskPanel::skipReason() const {
    return m_reason->text().trimmed();
}

void TodayTaskPanel::clearSkipReason() {
    m_reason->clear();
}

void TodayTaskPanel::focusSkipReason() {
    m_reason->setFocus();
}

void TodayTaskPanel::setActionsEnabled(bool enabled) {
    m_enabled = enabled;
    const bool can = enabled && m_task.has_value();
    m_done->setEnabled(can);
    m_skip->setEnabled(can);
    m_postpone->setEnabled(can);
    m_copy->setEnabled(can);
}

void TodayTaskPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TodayTaskPanel::retranslate() {
    m_scriptLabel->setText(tr("Script"));
    m_checklistLabel->setText(tr("Checklist"));
    m_reason->setPlaceholderText(tr("Why skip it? (required to skip)"));
    m_copy->setText(tr("&Copy script"));
    m_copy->setToolTip(tr("Copies the script to the clipboard and records the touch "
                          "(Ctrl+Shift+C)"));
    m_done->setText(tr("&Done"));
    m_done->setToolTip(tr("Marks the task done; records the touch unless Copy did (Ctrl+D)"));
    m_skip->setText(tr("&Skip"));
    m_skip->setToolTip(tr("Skips the task with the reason typed beside it (Ctrl+K)"));
    m_postpone->setText(tr("&Postpone a day"));
    m_postpone->setToolTip(tr("Moves the task to the same time tomorrow (Ctrl+P)"));
    m_empty->setText(tr("Choose a task to see its script."));
    updateTexts();
}

void TodayTaskPanel::updateTexts() {
    if (!m_task)
        return;
    const sop::AgendaTask& t = *m_task;
    const QString who = t.memberId > 0 ? t.memberName : tr("Everyone in the group");
    m_heading->setText(tr("%1 — %2").arg(t.stepTitle, who));
    const QString due = QLocale().toString(t.dueDay, QLocale::ShortFormat);
    m_meta->setText(tr("%1 · %2 · %3 · due %4")
                        .arg(t.sopName, t.groupName.isEmpty() ? tr("No group") : t.groupName,
                             channel::label(t.channel), due));
    if (!t.holdReason.isEmpty())
        m_hold->setText(tr("Held: %1").arg(sop::FatigueGuard::describe(t.holdReason)));
}

} // namespace qundesk
