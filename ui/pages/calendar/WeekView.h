// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "pages/calendar/CalendarSnapshot.h"

#include <QWidget>

#include <optional>

namespace qundesk {

// The week as a time grid: a column per day from Monday, each split into a lane per channel
// (group message, private chat, Moments, live session), the day's 24 hours from top to
// bottom. An item is a block in its lane from its start for its duration, in its content
// line's colour. Dragging a block moves it to another day and time (by quarter hours);
// dragging its bottom edge changes its duration; double-clicking opens it or, on free space,
// creates an item at that time. Days with fatigue warnings carry a mark in their header.
// Keyboard: Left/Right move the selected day, Page Up/Down a week, Home (or T) today.
class WeekView final : public QWidget {
    Q_OBJECT

public:
    explicit WeekView(QWidget* parent = nullptr);

    void setSnapshot(const CalendarSnapshot& snapshot);
    void setSelectedDate(const QDate& day);

    QRect blockRect(qint64 itemId, const QDate& day) const;
    // The point of `day` at `time` in the lane of `channelKey` (tests drive the mouse).
    QPoint pointAt(const QDate& day, const QTime& time, const QString& channelKey) const;

    QSize sizeHint() const override { return {840, 620}; }

signals:
    void selectedDateChanged(const QDate& day);
    void createRequested(const QDateTime& wallClock);
    void occurrenceActivated(const calendar::Occurrence& occurrence);
    void occurrenceDropped(const calendar::Occurrence& occurrence, const QDateTime& newStart);
    void occurrenceResized(const calendar::Occurrence& occurrence, int minutes);
    void weekStepRequested(int weeks);
    void todayRequested();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Block {
        QRect rect;
        calendar::Occurrence occurrence;
    };
    QList<Block> blocks() const;
    static void shareOverlaps(QList<Block>& blocks);
    std::optional<Block> blockAt(const QPoint& pos) const;
    QRect dayRect(int dayIndex) const; // the grid part of a day column
    int headerHeight() const;
    int gutter() const;
    // The day and time (by quarter hours) under `pos`; invalid outside the grid.
    QDateTime wallClockAt(const QPoint& pos) const;
    int span() const { return 24 * 60 - m_firstMinute; } // minutes the grid shows
    int yOf(const QRect& day, int minute) const;

    CalendarSnapshot m_snapshot;
    QDate m_selected;
    std::optional<Block> m_pressed;
    QPoint m_pressPos;
    QPoint m_dragPos;
    bool m_dragging = false;
    bool m_resizing = false;
    int m_firstMinute = 7 * 60; // the grid's top, in minutes after midnight
};

} // namespace qundesk
