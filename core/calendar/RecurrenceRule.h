// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace qundesk::calendar {

// The recurrences the calendar's editor offers, as fields, and their RRULE text: daily;
// weekly on chosen weekdays; monthly on a day of the month or on "the second Tuesday";
// yearly; every N of them; ending never, on a date or after a count. A rule outside this set
// (read from another program's .ics) stays as its text (custom) and is still expanded.
struct RecurrenceRule {
    enum class Frequency { None, Daily, Weekly, Monthly, Yearly };
    enum class MonthlyBy { DayOfMonth, WeekdayOfMonth };
    enum class End { Never, Until, Count };

    Frequency frequency = Frequency::None;
    int interval = 1;    // every N days/weeks/months/years
    QList<int> weekdays; // Weekly: 1 = Monday … 7 = Sunday, ascending
    MonthlyBy monthlyBy = MonthlyBy::DayOfMonth;
    int monthDay = 1;    // DayOfMonth: 1..31
    int weekOfMonth = 1; // WeekdayOfMonth: 1..4, or -1 = the last
    int weekday = 1;     // WeekdayOfMonth: 1 = Monday … 7 = Sunday
    End end = End::Never;
    QDate until;        // End::Until: the last day an occurrence may fall on
    int count = 0;      // End::Count
    QString customText; // a rule the fields cannot hold, kept as written

    bool isCustom() const { return !customText.isEmpty(); }
    // The RRULE value (without "RRULE:"); empty for Frequency::None.
    QString toRRule() const;
    // Reads an RRULE value; an empty text is Frequency::None; a rule outside the editor's set
    // comes back custom (customText = the text).
    static RecurrenceRule fromRRule(const QString& rrule);
    bool operator==(const RecurrenceRule&) const = default;
};

// The rule in words, translated: "Weekly on Tue, Thu at 20:00, 8 times" (zh_CN: "每周二、周四
// 20:00，共 8 次"). `at` is the local time of the occurrences; an empty rule says "Once".
class RuleSummary {
    Q_DECLARE_TR_FUNCTIONS(RuleSummary)

public:
    static QString describe(const RecurrenceRule& rule, const QTime& at);
    static QString describe(const QString& rrule, const QTime& at);
    static QString weekdayName(int weekday); // short: Mon … Sun
};

} // namespace qundesk::calendar
