// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/ContentItem.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>

// Recurrence of the content calendar through libical (RFC 5545 RRULE). Every time here is a
// local wall-clock time of the workspace zone in the UTC carrier of model/ContentItem.h: a
// series is expanded in wall-clock time, so a weekly 20:00 post stays at 20:00 across
// daylight-saving changes, and only time::fromWallClock turns an occurrence into an instant.
namespace qundesk::calendar {

// Most starts one expansion returns, whatever the window (a daily rule over centuries).
inline constexpr int kMaxStarts = 20000;

// Ok when libical reads `rrule` as a rule; else a message naming the rule.
Status checkRule(const QString& rrule);

// Starts of `rrule` from `dtstart` (the first occurrence) with from <= start < to, in order.
QList<QDateTime> ruleStarts(const QString& rrule, const QDateTime& dtstart, const QDateTime& from,
                            const QDateTime& to, int limit = kMaxStarts);
// How many starts come before `before` (for splitting a series with a COUNT).
int startsBefore(const QString& rrule, const QDateTime& dtstart, const QDateTime& before);
// Whether `at` is a start of the series.
bool isStart(const QString& rrule, const QDateTime& dtstart, const QDateTime& at);
// The last start of a series that ends (COUNT or UNTIL); invalid when it never ends.
QDateTime lastStart(const QString& rrule, const QDateTime& dtstart);

// One occurrence of an item as the calendar shows it: a single item's one occurrence, or one
// of a series with its exception (moved, re-statused, edited) applied.
struct Occurrence {
    qint64 itemId = 0;
    qint64 groupId = 0;      // 0 = all groups
    QDateTime originalStart; // the series' start of this occurrence (= start when not moved)
    QDateTime start;         // where it is now
    int durationMin = 0;
    QString title;
    QString channel;
    QString contentLine;
    QString status;
    bool recurring = false; // part of a series
    bool changed = false;   // an exception applies

    QDateTime end() const { return start.addSecs(qint64(durationMin) * 60); }
    bool skipped() const { return status == QLatin1String("skipped"); }
    bool operator==(const Occurrence&) const = default;
};

// The occurrences of `item` that show between from and to (start < to and end > from, or
// starting at from), exceptions applied, skipped ones included (status "skipped"), by start.
QList<Occurrence> expand(const ContentItem& item, const QList<ContentException>& exceptions,
                         const QDateTime& from, const QDateTime& to);

} // namespace qundesk::calendar
