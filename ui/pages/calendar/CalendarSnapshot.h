// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "calendar/Fatigue.h"
#include "calendar/Recurrence.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace qundesk {

// What the calendar's views show of one period: the occurrences that pass the filters, the
// fatigue warnings of the plan, the group names, and the day the keyboard is on.
struct CalendarSnapshot {
    QDate from; // from <= day < to
    QDate to;
    QDate anchor; // the month or week shown (its first day for a month: the 1st)
    QDate today;  // in the workspace zone
    QList<calendar::Occurrence> occurrences;
    QList<calendar::FatigueWarning> warnings;
    QHash<qint64, QString> groupNames;

    QList<calendar::Occurrence> on(const QDate& day) const;
    // The warnings that concern `day`: a day's rule on that day, a week's or 7-day rule when
    // one of its items falls on it.
    QList<calendar::FatigueWarning> warningsOn(const QDate& day) const;
    QString groupName(qint64 groupId) const;
};

// The colour of each content line (the legend's), and the look of a skipped occurrence.
namespace calendarColors {
QColor forLine(const QString& lineKey);
QColor skipped();
QColor warning();
} // namespace calendarColors

} // namespace qundesk
