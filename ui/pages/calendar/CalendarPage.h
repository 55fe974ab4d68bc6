// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "pages/calendar/CalendarSnapshot.h"
#include "services/CalendarService.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QUndoStack;

namespace qundesk {

class AgendaView;
class DeferredReload;
class MonthView;
class WeekView;
class WorkspaceController;

// The content calendar (内容日历): month, week (a time grid with a lane per channel) and
// agenda views of the planned items, filtered by group, channel, content line and status and
// coloured by content line (with a legend); fatigue warnings on the days they concern; the
// week's content-line mix. Items are created by double-click, opened by double-click and
// dragged to reschedule, each change an undoable CalendarCommand through CalendarService.
class CalendarPage final : public QWidget {
    Q_OBJECT

public:
    enum class View { Month, Week, Agenda };

    CalendarPage(WorkspaceController& workspace, QUndoStack& undoStack, QWidget* parent = nullptr);

    void reload();
    void setView(View view);
    View view() const { return m_view; }
    // Shows the period containing `day` and selects it.
    void showDate(const QDate& day);
    void setGroupFilter(qint64 groupId); // 0 = all groups
    const CalendarSnapshot& snapshot() const { return m_snapshot; }

    MonthView& monthView() const { return *m_month; }
    WeekView& weekView() const { return *m_week; }
    AgendaView& agendaView() const { return *m_agenda; }

    // Actions (also the File menu's): each asks what it needs through the dialog wrappers.
    void createAt(const QDateTime& wallClock);
    void openOccurrence(const calendar::Occurrence& occurrence);
    void moveOccurrence(const calendar::Occurrence& occurrence, const QDateTime& newStart);
    void resizeOccurrence(const calendar::Occurrence& occurrence, int minutes);
    // For an occurrence of a series: which occurrences a change applies to (asked); none when
    // the user cancels. A single item: this one.
    std::optional<EditScope> askScope(const calendar::Occurrence& occurrence, const QString& title);
    void exportCalendar();
    void importCalendar();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildToolBar(QHBoxLayout* bar, QHBoxLayout* filters);
    void retranslate();
    void fillFilters();
    void step(int direction);
    void updatePeriodLabel();
    void updateMix();
    std::pair<QDate, QDate> range() const;
    // The fatigue warnings `candidate` would bring on its day, in place of the occurrence
    // `replacing` (itemId 0: a new item).
    QStringList previewWarnings(const ContentItem& candidate,
                                const calendar::Occurrence& replacing) const;

    WorkspaceController& m_workspace;
    QUndoStack& m_undoStack;
    DeferredReload* m_reload = nullptr;
    View m_view = View::Month;
    QDate m_anchor; // any day of the period shown
    CalendarSnapshot m_snapshot;

    QLabel* m_title = nullptr;
    QLabel* m_period = nullptr;
    QToolButton* m_prev = nullptr;
    QToolButton* m_next = nullptr;
    QPushButton* m_today = nullptr;
    QButtonGroup* m_viewButtons = nullptr;
    QComboBox* m_groupFilter = nullptr;
    QComboBox* m_channelFilter = nullptr;
    QComboBox* m_lineFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QPushButton* m_new = nullptr;
    QWidget* m_legend = nullptr;
    QLabel* m_mix = nullptr;
    QStackedWidget* m_stack = nullptr;
    MonthView* m_month = nullptr;
    WeekView* m_week = nullptr;
    AgendaView* m_agenda = nullptr;
};

} // namespace qundesk
