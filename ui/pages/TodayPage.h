// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "calendar/Recurrence.h"
#include "sop/TaskAgenda.h"

#include <QHash>
#include <QList>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace qundesk {

class DeferredReload;
class TodayTaskPanel;
class WorkspaceController;

// The default page: the SOP tasks due today and overdue, grouped by group, each with its
// rendered script; Copy puts the script on the clipboard and records the touch, Done / Skip /
// Postpone settle it (Ctrl+Shift+C, Ctrl+D, Ctrl+K, Ctrl+P). Above them, what needs attention:
// operators with more than seven groups, newcomers not welcomed yet, buyers turning Declining,
// birthdays, tasks held by do-not-disturb or the touch cap, and the content calendar's fatigue
// warnings for today. Today's planned posts of the calendar are listed first.
class TodayPage final : public QWidget {
    Q_OBJECT

public:
    explicit TodayPage(WorkspaceController& workspace, QWidget* parent = nullptr);

    void reload();
    QTreeWidget* tree() const { return m_tree; }
    TodayTaskPanel* panel() const { return m_panel; }
    const QList<sop::AgendaTask>& tasks() const { return m_tasks; }
    // Selects the task with this id (false when it is not listed).
    bool selectTask(qint64 taskId);

    void copySelected();
    void doneSelected();
    void skipSelected();
    void postponeSelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillTree();
    void showAlerts();
    void onSelectionChanged();
    void afterChange(qint64 nextTaskId);
    qint64 nextTaskAfter(qint64 taskId) const;
    void updateEnabled();

    WorkspaceController& m_workspace;
    QList<sop::AgendaTask> m_tasks;
    QList<calendar::Occurrence> m_calendar; // today's planned posts, skipped ones left out
    QHash<qint64, QString> m_calendarGroups;
    QDate m_today;
    QTimeZone m_zone;
    QLabel* m_title = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_alerts = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_empty = nullptr;
    QTreeWidget* m_tree = nullptr;
    TodayTaskPanel* m_panel = nullptr;
    DeferredReload* m_reloader = nullptr;
    QStringList m_alertLines;
};

} // namespace qundesk
