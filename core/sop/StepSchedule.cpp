// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/StepSchedule.h"

#include <algorithm>

namespace qundesk::sop {

QList<QDate> stepDays(const SopStep& step, const QDate& anchor, const QDate& from,
                      const QDate& until) {
    QList<QDate> days;
    if (!anchor.isValid() || !from.isValid())
        return days;
    if (step.timingKind == QLatin1String("fixed_date")) {
        if (step.fixedDate.isValid() && step.fixedDate >= from)
            days << step.fixedDate;
        return days;
    }
    if (step.timingKind == QLatin1String("weekday")) {
        if (step.weekday < 1 || step.weekday > 7 || !until.isValid())
            return days;
        QDate day = std::max(anchor, from);
        day = day.addDays((step.weekday - day.dayOfWeek() + 7) % 7);
        for (; day <= until; day = day.addDays(7))
            days << day;
        return days;
    }
    const QDate first = anchor.addDays(step.dayOffset);
    if (step.repeatDays <= 0) {
        if (first >= from)
            days << first;
        return days;
    }
    if (!until.isValid())
        return days;
    QDate day = first;
    if (day < from) {
        const qint64 behind = day.daysTo(from);
        const qint64 periods = (behind + step.repeatDays - 1) / step.repeatDays;
        day = day.addDays(periods * step.repeatDays);
    }
    for (; day <= until; day = day.addDays(step.repeatDays))
        days << day;
    return days;
}

bool QuietHours::contains(const QTime& t) const {
    if (!start.isValid() || !end.isValid() || start == end)
        return false;
    if (start < end)
        return t >= start && t < end;
    return t >= start || t < end;
}

LocalDue dueOn(const SopStep& step, const QDate& day, const QuietHours& quiet) {
    const QTime at = step.windowStart.isValid() ? step.windowStart : QTime(9, 0);
    if (!quiet.contains(at))
        return {day, at, false};
    // Past the quiet start of a wrapping span the next allowed time is tomorrow's quiet end.
    const bool lateEvening = quiet.start > quiet.end && at >= quiet.start;
    return {lateEvening ? day.addDays(1) : day, quiet.end, true};
}

} // namespace qundesk::sop
