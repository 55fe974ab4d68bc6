// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "TempWorkspace.h"
#include "calendar/RecurrenceRule.h"
#include "calendar/RuleText.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace qundesk;
using namespace qundesk::calendar;

TEST(RecurrenceRule, EditorRulesRoundTripThroughRRuleText) {
    RecurrenceRule weekly;
    weekly.frequency = RecurrenceRule::Frequency::Weekly;
    weekly.weekdays = {4, 2};
    weekly.end = RecurrenceRule::End::Count;
    weekly.count = 8;
    EXPECT_EQ(weekly.toRRule(), QStringLiteral("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8"));
    RecurrenceRule back = RecurrenceRule::fromRRule(weekly.toRRule());
    weekly.weekdays = {2, 4};
    EXPECT_EQ(back, weekly);

    RecurrenceRule monthly;
    monthly.frequency = RecurrenceRule::Frequency::Monthly;
    monthly.interval = 2;
    monthly.monthlyBy = RecurrenceRule::MonthlyBy::WeekdayOfMonth;
    monthly.weekOfMonth = 2;
    monthly.weekday = 2;
    monthly.end = RecurrenceRule::End::Until;
    monthly.until = QDate(2026, 12, 31);
    EXPECT_EQ(monthly.toRRule(),
              QStringLiteral("FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU;UNTIL=20261231T235900"));
    EXPECT_EQ(RecurrenceRule::fromRRule(monthly.toRRule()), monthly);

    RecurrenceRule byDay;
    byDay.frequency = RecurrenceRule::Frequency::Monthly;
    byDay.monthDay = 15;
    EXPECT_EQ(RecurrenceRule::fromRRule(byDay.toRRule()), byDay);
    EXPECT_EQ(RecurrenceRule::fromRRule(QString()).frequency, RecurrenceRule::Frequency::None);
}

TEST(RecurrenceRule, RulesTheEditorCannotHoldStayAsText) {
    const RecurrenceRule r = RecurrenceRule::fromRRule(QStringLiteral("FREQ=MONTHLY;BYDAY=MO,TU"));
    EXPECT_TRUE(r.isCustom());
    EXPECT_EQ(r.toRRule(), QStringLiteral("FREQ=MONTHLY;BYDAY=MO,TU"));
    EXPECT_TRUE(RecurrenceRule::fromRRule(QStringLiteral("FREQ=DAILY;BYHOUR=9,18")).isCustom());
    EXPECT_TRUE(RecurrenceRule::fromRRule(QStringLiteral("garbage")).isCustom());
}

TEST(RuleSummary, SaysTheRuleInWords) {
    const QTime eight(20, 0);
    EXPECT_EQ(RuleSummary::describe(QStringLiteral("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8"), eight),
              QStringLiteral("Weekly on Tue, Thu at 20:00, 8 time(s)"));
    EXPECT_EQ(RuleSummary::describe(QStringLiteral("FREQ=DAILY"), QTime(8, 30)),
              QStringLiteral("Daily at 08:30"));
    EXPECT_EQ(RuleSummary::describe(QStringLiteral("FREQ=DAILY;INTERVAL=3;COUNT=1"), eight),
              QStringLiteral("Every 3 days at 20:00, 1 time(s)"));
    EXPECT_EQ(RuleSummary::describe(QStringLiteral("FREQ=MONTHLY;BYDAY=2TU"), eight),
              QStringLiteral("Monthly on the second Tue at 20:00"));
    EXPECT_EQ(RuleSummary::describe(QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR"), eight),
              QStringLiteral("Monthly on the last Fri at 20:00"));
    EXPECT_EQ(RuleSummary::describe(QStringLiteral("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15"), eight),
              QStringLiteral("Every 2 months on day 15 at 20:00"));
    EXPECT_TRUE(RuleSummary::describe(QStringLiteral("FREQ=WEEKLY;UNTIL=20260630T235900"), eight)
                    .startsWith(QStringLiteral("Weekly at 20:00, until ")));
    EXPECT_EQ(RuleSummary::describe(QString(), eight), QStringLiteral("Once at 20:00"));
}

TEST(RuleText, EndsAreReplacedKeepingOtherParts) {
    const QString rule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU;COUNT=8;WKST=SU");
    EXPECT_EQ(ruleText::count(rule), 8);
    EXPECT_EQ(ruleText::withoutEnd(rule), QStringLiteral("FREQ=WEEKLY;BYDAY=TU;WKST=SU"));
    EXPECT_EQ(ruleText::withCount(rule, 3), QStringLiteral("FREQ=WEEKLY;BYDAY=TU;WKST=SU;COUNT=3"));
    const QString until =
        ruleText::withUntil(rule, QDateTime(QDate(2026, 6, 1), QTime(19, 59), QTimeZone::utc()));
    EXPECT_EQ(until, QStringLiteral("FREQ=WEEKLY;BYDAY=TU;WKST=SU;UNTIL=20260601T195900"));
    EXPECT_EQ(ruleText::until(until),
              QDateTime(QDate(2026, 6, 1), QTime(19, 59), QTimeZone::utc()));
    EXPECT_FALSE(ruleText::untilIsUtc(until));
    EXPECT_TRUE(ruleText::untilIsUtc(QStringLiteral("FREQ=DAILY;UNTIL=20260601T000000Z")));
    EXPECT_EQ(ruleText::until(QStringLiteral("FREQ=DAILY;UNTIL=20260601")),
              QDateTime(QDate(2026, 6, 1), QTime(23, 59), QTimeZone::utc()));
}
