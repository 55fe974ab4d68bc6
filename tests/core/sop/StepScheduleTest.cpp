// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/StepSchedule.h"

#include <gtest/gtest.h>

using namespace qundesk;
using namespace qundesk::sop;

namespace {

const QDate kAnchor(2026, 5, 4); // a Monday
const QDate kFrom(2026, 5, 6);
const QDate kUntil(2026, 5, 20);

SopStep timed(const QString& kind) {
    SopStep s;
    s.title = QStringLiteral("step");
    s.timingKind = kind;
    return s;
}

} // namespace

TEST(StepSchedule, DayOffsetIsOneDayAfterTheAnchorUnlessBeforeTheStart) {
    SopStep s = timed(QStringLiteral("day_offset"));
    s.dayOffset = 3;
    EXPECT_EQ(stepDays(s, kAnchor, kFrom, kUntil), QList<QDate>{QDate(2026, 5, 7)});
    s.dayOffset = 1; // 5 May, before the run started: not caught up
    EXPECT_TRUE(stepDays(s, kAnchor, kFrom, kUntil).isEmpty());
    s.dayOffset = 30; // beyond the horizon, but a one-off step is planned at once
    EXPECT_EQ(stepDays(s, kAnchor, kFrom, kUntil), QList<QDate>{QDate(2026, 6, 3)});
}

TEST(StepSchedule, FixedDateFallsOnItsDateFromTheStartOn) {
    SopStep s = timed(QStringLiteral("fixed_date"));
    s.fixedDate = QDate(2026, 6, 18);
    EXPECT_EQ(stepDays(s, kAnchor, kFrom, kUntil), QList<QDate>{QDate(2026, 6, 18)});
    s.fixedDate = QDate(2026, 5, 5);
    EXPECT_TRUE(stepDays(s, kAnchor, kFrom, kUntil).isEmpty());
}

TEST(StepSchedule, WeekdayRepeatsEveryWeekUpToTheHorizon) {
    SopStep s = timed(QStringLiteral("weekday"));
    s.weekday = 5; // Friday
    EXPECT_EQ(stepDays(s, kAnchor, kFrom, kUntil),
              (QList<QDate>{QDate(2026, 5, 8), QDate(2026, 5, 15)}));
    s.weekday = 3; // Wednesday: the start day itself counts
    EXPECT_EQ(stepDays(s, kAnchor, kFrom, kUntil),
              (QList<QDate>{QDate(2026, 5, 6), QDate(2026, 5, 13), QDate(2026, 5, 20)}));
}

TEST(StepSchedule, RepeatingDayOffsetComesBackEveryNDaysFromItsFirstDay) {
    SopStep s = timed(QStringLiteral("day_offset"));
    s.dayOffset = 0;
    s.repeatDays = 7;
    // 4 May (before the start) is skipped; 11 and 18 May are within the horizon.
    EXPECT_EQ(stepDays(s, kAnchor, kFrom, kUntil),
              (QList<QDate>{QDate(2026, 5, 11), QDate(2026, 5, 18)}));
    EXPECT_TRUE(s.isOpenEnded());
}

TEST(StepSchedule, QuietHoursMoveTheDueTimeToTheNextAllowedTime) {
    const QuietHours quiet{QTime(22, 0), QTime(8, 0)};
    SopStep s = timed(QStringLiteral("day_offset"));
    s.windowStart = QTime(20, 0);
    LocalDue due = dueOn(s, kFrom, quiet);
    EXPECT_EQ(due.day, kFrom);
    EXPECT_EQ(due.time, QTime(20, 0));
    EXPECT_FALSE(due.movedByQuietHours);

    s.windowStart = QTime(7, 0); // early morning: later the same day
    due = dueOn(s, kFrom, quiet);
    EXPECT_EQ(due.day, kFrom);
    EXPECT_EQ(due.time, QTime(8, 0));
    EXPECT_TRUE(due.movedByQuietHours);

    s.windowStart = QTime(22, 30); // late evening: the next morning
    due = dueOn(s, kFrom, quiet);
    EXPECT_EQ(due.day, kFrom.addDays(1));
    EXPECT_EQ(due.time, QTime(8, 0));
}
