// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/RecurrenceRule.h"

#include "calendar/IcalGlue.h"

#include <QStringList>

#include <algorithm>

namespace qundesk::calendar {

namespace {

const char* const kDays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

// libical's weekday (1 = Sunday) as ours (1 = Monday).
int fromIcalWeekday(icalrecurrencetype_weekday d) {
    return d == ICAL_SUNDAY_WEEKDAY ? 7 : int(d) - 1;
}

bool onlyEnd(const short* list) {
    return list[0] == ICAL_RECURRENCE_ARRAY_MAX;
}

// True when nothing but the BY parts the editor knows is set.
bool plain(const icalrecurrencetype& r) {
    return onlyEnd(r.by_second) && onlyEnd(r.by_minute) && onlyEnd(r.by_hour) &&
           onlyEnd(r.by_year_day) && onlyEnd(r.by_week_no) && onlyEnd(r.by_set_pos) &&
           r.rscale == nullptr;
}

} // namespace

QString RecurrenceRule::toRRule() const {
    if (isCustom())
        return customText;
    QStringList parts;
    switch (frequency) {
    case Frequency::None:
        return {};
    case Frequency::Daily:
        parts << QStringLiteral("FREQ=DAILY");
        break;
    case Frequency::Weekly:
        parts << QStringLiteral("FREQ=WEEKLY");
        break;
    case Frequency::Monthly:
        parts << QStringLiteral("FREQ=MONTHLY");
        break;
    case Frequency::Yearly:
        parts << QStringLiteral("FREQ=YEARLY");
        break;
    }
    if (interval > 1)
        parts << QStringLiteral("INTERVAL=%1").arg(interval);
    if (frequency == Frequency::Weekly && !weekdays.isEmpty()) {
        QList<int> days = weekdays;
        std::sort(days.begin(), days.end());
        QStringList names;
        for (int d : days)
            if (d >= 1 && d <= 7)
                names << QLatin1String(kDays[d - 1]);
        parts << QStringLiteral("BYDAY=") + names.join(QLatin1Char(','));
    }
    if (frequency == Frequency::Monthly) {
        if (monthlyBy == MonthlyBy::DayOfMonth)
            parts << QStringLiteral("BYMONTHDAY=%1").arg(monthDay);
        else
            parts << QStringLiteral("BYDAY=%1%2")
                         .arg(weekOfMonth)
                         .arg(QLatin1String(kDays[std::clamp(weekday, 1, 7) - 1]));
    }
    if (end == End::Count && count > 0)
        parts << QStringLiteral("COUNT=%1").arg(count);
    if (end == End::Until && until.isValid())
        parts << QStringLiteral("UNTIL=%1T235900").arg(until.toString(QStringLiteral("yyyyMMdd")));
    return parts.join(QLatin1Char(';'));
}

RecurrenceRule RecurrenceRule::fromRRule(const QString& rrule) {
    RecurrenceRule rule;
    if (rrule.trimmed().isEmpty())
        return rule;
    icalrecurrencetype r;
    RecurrenceRule custom;
    custom.customText = rrule.trimmed();
    if (!ical::parseRule(rrule, &r) || !plain(r))
        return custom;
    switch (r.freq) {
    case ICAL_DAILY_RECURRENCE:
        rule.frequency = Frequency::Daily;
        break;
    case ICAL_WEEKLY_RECURRENCE:
        rule.frequency = Frequency::Weekly;
        break;
    case ICAL_MONTHLY_RECURRENCE:
        rule.frequency = Frequency::Monthly;
        break;
    case ICAL_YEARLY_RECURRENCE:
        rule.frequency = Frequency::Yearly;
        break;
    default:
        return custom;
    }
    rule.interval = std::max<int>(1, r.interval);
    const bool byMonthDay = !onlyEnd(r.by_month_day);
    const bool byDay = !onlyEnd(r.by_day);
    if (!onlyEnd(r.by_month) && rule.frequency != Frequency::Yearly)
        return custom;
    switch (rule.frequency) {
    case Frequency::Daily:
        if (byDay || byMonthDay)
            return custom;
        break;
    case Frequency::Weekly:
        if (byMonthDay)
            return custom;
        for (int i = 0; i < ICAL_BY_DAY_SIZE && r.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
            if (icalrecurrencetype_day_position(r.by_day[i]) != 0)
                return custom;
            rule.weekdays << fromIcalWeekday(icalrecurrencetype_day_day_of_week(r.by_day[i]));
        }
        std::sort(rule.weekdays.begin(), rule.weekdays.end());
        break;
    case Frequency::Monthly:
        if (byMonthDay == byDay || r.by_month_day[1] != ICAL_RECURRENCE_ARRAY_MAX ||
            r.by_day[1] != ICAL_RECURRENCE_ARRAY_MAX)
            return custom; // exactly one day or one weekday
        if (byMonthDay) {
            rule.monthlyBy = MonthlyBy::DayOfMonth;
            rule.monthDay = r.by_month_day[0];
            if (rule.monthDay < 1)
                return custom;
        } else {
            const int position = icalrecurrencetype_day_position(r.by_day[0]);
            if (position == 0 || position < -1 || position > 4)
                return custom;
            rule.monthlyBy = MonthlyBy::WeekdayOfMonth;
            rule.weekOfMonth = position;
            rule.weekday = fromIcalWeekday(icalrecurrencetype_day_day_of_week(r.by_day[0]));
        }
        break;
    case Frequency::Yearly:
        if (byDay || byMonthDay || !onlyEnd(r.by_month))
            return custom;
        break;
    case Frequency::None:
        break;
    }
    if (r.count > 0) {
        rule.end = End::Count;
        rule.count = r.count;
    } else if (!icaltime_is_null_time(r.until)) {
        rule.end = End::Until;
        rule.until = QDate(r.until.year, r.until.month, r.until.day);
    }
    return rule;
}

} // namespace qundesk::calendar
