// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/Recurrence.h"

#include "TempWorkspace.h"
#include "util/Time.h"

#include <gtest/gtest.h>

using namespace qundesk;
using namespace qundesk::calendar;

namespace {

// A list of Latin-1 texts (the build forbids implicit casts from char*).
inline QStringList L(std::initializer_list<const char*> texts) {
    QStringList out;
    for (const char* t : texts)
        out << QString::fromLatin1(t);
    return out;
}

QDateTime at(const char* text) {
    return localTime::fromStorage(QString::fromLatin1(text));
}

QStringList texts(const QList<QDateTime>& starts) {
    QStringList out;
    for (const QDateTime& s : starts)
        out << localTime::toStorage(s);
    return out;
}

QStringList starts(const QList<Occurrence>& occurrences) {
    QStringList out;
    for (const Occurrence& o : occurrences)
        out << localTime::toStorage(o.start) + (o.skipped() ? QStringLiteral("!") : QString());
    return out;
}

ContentItem series(const char* start, const char* rrule, int minutes = 30) {
    ContentItem c;
    c.id = 7;
    c.title = QStringLiteral("直播");
    c.startsAt = at(start);
    c.durationMin = minutes;
    c.rrule = QString::fromLatin1(rrule);
    return c;
}

const QDateTime kFar = at("2030-01-01T00:00");

} // namespace

TEST(Recurrence, DailyWithCount) {
    EXPECT_EQ(texts(ruleStarts(QStringLiteral("FREQ=DAILY;COUNT=3"), at("2026-05-30T08:00"),
                               at("2026-01-01T00:00"), kFar)),
              L({"2026-05-30T08:00", "2026-05-31T08:00", "2026-06-01T08:00"}));
}

TEST(Recurrence, WeeklyOnChosenWeekdaysUntilADate) {
    // 2026-03-03 is a Tuesday.
    EXPECT_EQ(texts(ruleStarts(QStringLiteral("FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260312T235900"),
                               at("2026-03-03T20:00"), at("2026-01-01T00:00"), kFar)),
              L({"2026-03-03T20:00", "2026-03-05T20:00", "2026-03-10T20:00", "2026-03-12T20:00"}));
}

TEST(Recurrence, MonthlyByDayAndBySecondTuesday) {
    EXPECT_EQ(texts(ruleStarts(QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3"),
                               at("2026-01-15T09:00"), at("2026-01-01T00:00"), kFar)),
              L({"2026-01-15T09:00", "2026-02-15T09:00", "2026-03-15T09:00"}));
    EXPECT_EQ(texts(ruleStarts(QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;COUNT=3"),
                               at("2026-03-10T20:00"), at("2026-01-01T00:00"), kFar)),
              L({"2026-03-10T20:00", "2026-04-14T20:00", "2026-05-12T20:00"}));
}

TEST(Recurrence, WindowStartsMidSeriesWithoutWalkingFromTheFirst) {
    EXPECT_EQ(texts(ruleStarts(QStringLiteral("FREQ=DAILY"), at("2020-01-01T08:00"),
                               at("2026-05-01T00:00"), at("2026-05-03T00:00"))),
              L({"2026-05-01T08:00", "2026-05-02T08:00"}));
    EXPECT_EQ(startsBefore(QStringLiteral("FREQ=DAILY;COUNT=10"), at("2026-05-01T08:00"),
                           at("2026-05-04T08:00")),
              3);
    EXPECT_TRUE(isStart(QStringLiteral("FREQ=WEEKLY;BYDAY=MO"), at("2026-05-04T08:00"),
                        at("2026-06-01T08:00")));
    EXPECT_FALSE(isStart(QStringLiteral("FREQ=WEEKLY;BYDAY=MO"), at("2026-05-04T08:00"),
                         at("2026-06-02T08:00")));
    EXPECT_EQ(lastStart(QStringLiteral("FREQ=DAILY;COUNT=4"), at("2026-05-01T08:00")),
              at("2026-05-04T08:00"));
    EXPECT_FALSE(lastStart(QStringLiteral("FREQ=DAILY"), at("2026-05-01T08:00")).isValid());
}

TEST(Recurrence, BadRulesAreRefusedWithTheirText) {
    EXPECT_TRUE(checkRule(QStringLiteral("FREQ=WEEKLY;BYDAY=MO,WE")).ok());
    const Status bad = checkRule(QStringLiteral("FREQ=SOMETIMES"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("FREQ=SOMETIMES")));
    EXPECT_TRUE(
        ruleStarts(QStringLiteral("nonsense"), at("2026-05-01T08:00"), at("2026-05-01T00:00"), kFar)
            .isEmpty());
}

TEST(Recurrence, WeeklyAt2000StaysAt2000LocalAcrossDaylightSaving) {
    // Berlin leaves winter time on 29 March 2026: 20:00 is 19:00 UTC before, 18:00 UTC after.
    const QTimeZone berlin("Europe/Berlin");
    const ContentItem item = series("2026-03-19T20:00", "FREQ=WEEKLY;BYDAY=TH;COUNT=3");
    const QList<Occurrence> all = expand(item, {}, at("2026-03-01T00:00"), kFar);
    ASSERT_EQ(starts(all), L({"2026-03-19T20:00", "2026-03-26T20:00", "2026-04-02T20:00"}));
    QStringList utc;
    for (const Occurrence& o : all)
        utc << time::toStorage(time::fromWallClock(o.start.date(), o.start.time(), berlin));
    EXPECT_EQ(utc, L({"2026-03-19T19:00:00Z", "2026-03-26T19:00:00Z", "2026-04-02T18:00:00Z"}));
    // And back in autumn (25 October 2026).
    const ContentItem autumn = series("2026-10-22T20:00", "FREQ=WEEKLY;COUNT=2");
    const QList<Occurrence> fall = expand(autumn, {}, at("2026-10-01T00:00"), kFar);
    ASSERT_EQ(fall.size(), 2);
    EXPECT_EQ(fall[1].start.time(), QTime(20, 0));
    EXPECT_EQ(time::fromWallClock(fall[1].start.date(), fall[1].start.time(), berlin),
              QDateTime(QDate(2026, 10, 29), QTime(19, 0), QTimeZone::utc()));
}

TEST(Recurrence, ExceptionsSkipMoveAndEditOneOccurrence) {
    const ContentItem item = series("2026-05-04T20:00", "FREQ=DAILY;COUNT=5", 60);
    ContentException skip;
    skip.originalStart = at("2026-05-05T20:00");
    skip.status = QStringLiteral("skipped");
    ContentException move;
    move.originalStart = at("2026-05-06T20:00");
    move.newStart = at("2026-05-06T21:30");
    move.title = QStringLiteral("改期");
    move.durationMin = 15;
    ContentException stale; // not an occurrence of the rule: ignored
    stale.originalStart = at("2026-05-06T09:00");
    stale.newStart = at("2026-05-07T09:00");
    const QList<Occurrence> all =
        expand(item, {skip, move, stale}, at("2026-05-01T00:00"), at("2026-06-01T00:00"));
    EXPECT_EQ(starts(all), L({"2026-05-04T20:00", "2026-05-05T20:00!", "2026-05-06T21:30",
                              "2026-05-07T20:00", "2026-05-08T20:00"}));
    EXPECT_EQ(all[2].title, QStringLiteral("改期"));
    EXPECT_EQ(all[2].durationMin, 15);
    EXPECT_EQ(all[2].originalStart, at("2026-05-06T20:00"));
    EXPECT_TRUE(all[2].changed);
    EXPECT_FALSE(all[3].changed);
}

TEST(Recurrence, MovedOccurrencesEnterAndLeaveTheWindow) {
    const ContentItem item = series("2026-05-04T20:00", "FREQ=WEEKLY", 60);
    ContentException intoWindow; // 11 May moved to 19 May
    intoWindow.originalStart = at("2026-05-11T20:00");
    intoWindow.newStart = at("2026-05-19T20:00");
    ContentException outOfWindow; // 18 May moved to 2 May
    outOfWindow.originalStart = at("2026-05-18T20:00");
    outOfWindow.newStart = at("2026-05-02T20:00");
    EXPECT_EQ(starts(expand(item, {intoWindow, outOfWindow}, at("2026-05-15T00:00"),
                            at("2026-05-26T00:00"))),
              L({"2026-05-19T20:00", "2026-05-25T20:00"}));
}

TEST(Recurrence, OccurrencesOverlappingTheWindowStartShow) {
    const ContentItem item = series("2026-05-01T23:30", "FREQ=DAILY", 60);
    EXPECT_EQ(starts(expand(item, {}, at("2026-05-03T00:00"), at("2026-05-04T00:00"))),
              L({"2026-05-02T23:30", "2026-05-03T23:30"}));
    ContentItem single = series("2026-05-02T23:30", "", 60);
    EXPECT_EQ(expand(single, {}, at("2026-05-03T00:00"), at("2026-05-04T00:00")).size(), 1);
    EXPECT_TRUE(expand(single, {}, at("2026-05-03T00:30"), at("2026-05-04T00:00")).isEmpty());
}
