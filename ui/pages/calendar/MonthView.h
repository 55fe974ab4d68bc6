// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "pages/calendar/CalendarSnapshot.h"

#include <QWidget>

class QPainter;

#include <optional>

namespace qundesk {

// The month grid: six weeks of day cells from Monday, each with its occurrences as chips in
// the colour of their content line, a warning mark and tint on days with fatigue warnings (the
// warnings are the cell's tooltip). A chip is dragged to another day to reschedule it;
// double-clicking a chip opens it, double-clicking a day's free space creates an item there.
// Keyboard: arrows move the selected day, Page Up/Down a month, Home (or T) goes to today,
// Enter creates an item on the selected day.
class MonthView final : public QWidget {
    Q_OBJECT

public:
    explicit MonthView(QWidget* parent = nullptr);

    void setSnapshot(const CalendarSnapshot& snapshot);
    void setSelectedDate(const QDate& day);
    QDate selectedDate() const { return m_selected; }

    // Where things are drawn (tests drive the mouse with them).
    QRect cellRect(const QDate& day) const;
    // The chip of the first occurrence of `itemId` on `day`; empty when not drawn.
    QRect chipRect(qint64 itemId, const QDate& day) const;

    QSize sizeHint() const override { return {840, 620}; }

signals:
    void selectedDateChanged(const QDate& day);
    void createRequested(const QDate& day);
    void occurrenceActivated(const calendar::Occurrence& occurrence);
    void occurrenceDropped(const calendar::Occurrence& occurrence, const QDate& day);
    // Page Up / Page Down (±1) and Home / T (0 = today).
    void monthStepRequested(int months);
    void todayRequested();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override; // tooltips
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Chip {
        QRect rect;
        calendar::Occurrence occurrence;
    };
    void layoutChips();
    QDate firstDay() const { return m_snapshot.from; }
    QDate dayAt(const QPoint& pos) const;
    std::optional<Chip> chipAt(const QPoint& pos) const;
    int headerHeight() const;
    void paintCell(QPainter& p, const QDate& day);

    CalendarSnapshot m_snapshot;
    QDate m_selected;
    QList<Chip> m_chips;
    QHash<QDate, int> m_hidden; // day -> occurrences that did not fit
    std::optional<Chip> m_pressed;
    QPoint m_pressPos;
    bool m_dragging = false;
    QPoint m_dragPos;
};

} // namespace qundesk
