// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/RecurrenceRule.h"

#include <QLocale>
#include <QStringList>

namespace qundesk::calendar {

namespace {

using Frequency = RecurrenceRule::Frequency;

QString ordinal(int weekOfMonth) {
    switch (weekOfMonth) {
    case 1:
        return RuleSummary::tr("first");
    case 2:
        return RuleSummary::tr("second");
    case 3:
        return RuleSummary::tr("third");
    case 4:
        return RuleSummary::tr("fourth");
    default:
        return RuleSummary::tr("last");
    }
}

// "Weekly on Tue, Thu", "Every 2 weeks on Mon", "Monthly on the second Tuesday" …
QString repeatPart(const RecurrenceRule& rule) {
    const int n = rule.interval;
    switch (rule.frequency) {
    case Frequency::None:
        return RuleSummary::tr("Once");
    case Frequency::Daily:
        return n > 1 ? RuleSummary::tr("Every %n days", "", n) : RuleSummary::tr("Daily");
    case Frequency::Weekly: {
        QStringList days;
        for (int d : rule.weekdays)
            days << RuleSummary::weekdayName(d);
        // The separator of a list of weekdays ("、" in Chinese).
        const QString list = days.join(RuleSummary::tr(", "));
        if (days.isEmpty())
            return n > 1 ? RuleSummary::tr("Every %n weeks", "", n) : RuleSummary::tr("Weekly");
        return n > 1 ? RuleSummary::tr("Every %n weeks on %1", "", n).arg(list)
                     : RuleSummary::tr("Weekly on %1").arg(list);
    }
    case Frequency::Monthly: {
        QString day;
        if (rule.monthlyBy == RecurrenceRule::MonthlyBy::DayOfMonth)
            day = RuleSummary::tr("day %1").arg(rule.monthDay);
        else
            day = RuleSummary::tr("the %1 %2", "ordinal, weekday: the second Tuesday")
                      .arg(ordinal(rule.weekOfMonth), RuleSummary::weekdayName(rule.weekday));
        return n > 1 ? RuleSummary::tr("Every %n months on %1", "", n).arg(day)
                     : RuleSummary::tr("Monthly on %1").arg(day);
    }
    case Frequency::Yearly:
        return n > 1 ? RuleSummary::tr("Every %n years", "", n) : RuleSummary::tr("Yearly");
    }
    return {};
}

} // namespace

QString RuleSummary::weekdayName(int weekday) {
    switch (weekday) {
    case 1:
        return tr("Mon");
    case 2:
        return tr("Tue");
    case 3:
        return tr("Wed");
    case 4:
        return tr("Thu");
    case 5:
        return tr("Fri");
    case 6:
        return tr("Sat");
    case 7:
        return tr("Sun");
    default:
        return {};
    }
}

QString RuleSummary::describe(const RecurrenceRule& rule, const QTime& at) {
    if (rule.isCustom())
        return tr("Custom rule: %1").arg(rule.customText);
    const QString time = at.toString(QStringLiteral("HH:mm"));
    QString text =
        tr("%1 at %2", "repeat, time: Weekly on Tue at 20:00").arg(repeatPart(rule), time);
    if (rule.frequency == Frequency::None)
        return text;
    if (rule.end == RecurrenceRule::End::Count && rule.count > 0)
        text = tr("%1, %n time(s)", "", rule.count).arg(text);
    else if (rule.end == RecurrenceRule::End::Until && rule.until.isValid())
        text = tr("%1, until %2").arg(text, QLocale().toString(rule.until, QLocale::ShortFormat));
    return text;
}

QString RuleSummary::describe(const QString& rrule, const QTime& at) {
    return describe(RecurrenceRule::fromRRule(rrule), at);
}

} // namespace qundesk::calendar
