// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>

// When the steps of an SOP fall: pure functions of a step, a target's anchor day and the
// workspace's quiet hours, shared by the engine, the dry run and the editor.
namespace qundesk::sop {

// Open-ended steps (weekday, repeating) are planned this many days ahead; the daily refresh
// and write commands extend the horizon.
inline constexpr int kHorizonDays = 14;

// Days `step` falls on for a target whose timeline starts on `anchor`, never before `from`
// (the run's start: steps that fell before it are not caught up). A one-off step (day N after
// the anchor, a fixed date) yields at most one day, however far; an open-ended one (weekday,
// day N repeating every R days) yields its days up to `until` only.
QList<QDate> stepDays(const SopStep& step, const QDate& anchor, const QDate& from,
                      const QDate& until);

// Quiet hours as local wall-clock times; start > end wraps past midnight (22:00–08:00).
struct QuietHours {
    QTime start;
    QTime end;
    bool contains(const QTime& t) const;
};

// When a task of `step` on `day` is due, as local wall-clock date and time: the start of the
// step's send window, or, when that falls in quiet hours, the first time after it that does
// not (08:00 the same day for a 07:00 window; 08:00 the next day for a 22:30 one).
struct LocalDue {
    QDate day;
    QTime time;
    bool movedByQuietHours = false;
};
LocalDue dueOn(const SopStep& step, const QDate& day, const QuietHours& quiet);

} // namespace qundesk::sop
