// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/Money.h"
#include "util/Time.h"

#include <gtest/gtest.h>

using namespace qundesk;

// The fast converter must agree with QDateTime's own conversion everywhere, daylight-saving
// changes and half- and quarter-hour zones included.
TEST(LocalDays, AgreesWithQtAcrossDstAndOddOffsets) {
    for (const char* id : {"America/New_York", "Europe/Berlin", "Asia/Kolkata", "Asia/Kathmandu",
                           "Australia/Lord_Howe", "Asia/Shanghai"}) {
        const QTimeZone zone(id);
        ASSERT_TRUE(zone.isValid()) << id;
        time::LocalDays days(zone);
        QDateTime t(QDate(2026, 3, 1), QTime(0, 7, 13), QTimeZone::utc());
        const QDateTime end(QDate(2026, 11, 15), QTime(0, 0), QTimeZone::utc());
        for (; t < end; t = t.addSecs(47 * 60 + 11)) {
            const QString stored = time::toStorage(t);
            ASSERT_EQ(days.dayOf(stored), time::localDay(t, zone))
                << id << " " << stored.toStdString();
        }
    }
}

TEST(LocalDays, FallsBackOnOtherForms) {
    time::LocalDays days(QTimeZone("Asia/Shanghai"));
    EXPECT_EQ(days.dayOf(QStringLiteral("2026-06-03T17:30:00+00:00")), QDate(2026, 6, 4));
    EXPECT_EQ(days.dayOf(QStringLiteral("2026-06-03T17:30:00.250Z")), QDate(2026, 6, 4));
    EXPECT_FALSE(days.dayOf(QStringLiteral("not a time")).isValid());
}

TEST(TimeStorage, WritesWhatQtWritesInUtc) {
    const QTimeZone shanghai("Asia/Shanghai");
    for (QDateTime t(QDate(2024, 1, 1), QTime(0, 0), shanghai); t.date().year() < 2028;
         t = t.addSecs(7 * 3600 + 23 * 60 + 41))
        ASSERT_EQ(time::toStorage(t), t.toUTC().toString(Qt::ISODate)) << qPrintable(t.toString());
    EXPECT_EQ(time::toStorage(QDateTime(QDate(2026, 6, 3), QTime(1, 2, 3, 456), shanghai)),
              QStringLiteral("2026-06-02T17:02:03Z"));
    EXPECT_EQ(time::fromStorage(
                  time::toStorage(QDateTime(QDate(2026, 6, 3), QTime(9, 8, 7), QTimeZone::utc()))),
              QDateTime(QDate(2026, 6, 3), QTime(9, 8, 7), QTimeZone::utc()));
    EXPECT_TRUE(time::toStorage(QDateTime()).isEmpty());
}

TEST(TimeStorage, ADayStartsAtItsFirstMomentEvenWhereMidnightIsSkipped) {
    EXPECT_EQ(time::dayStartToStorage(QDate(2026, 6, 3), QTimeZone("Asia/Shanghai")),
              QStringLiteral("2026-06-02T16:00:00Z"));
    // São Paulo skipped from 00:00 to 01:00 on 4 November 2018 (UTC-3 before).
    EXPECT_EQ(time::dayStartToStorage(QDate(2018, 11, 4), QTimeZone("America/Sao_Paulo")),
              QStringLiteral("2018-11-04T03:00:00Z"));
}

TEST(DayStorage, WritesWhatQtWritesForEveryDayOfFourYears) {
    for (QDate day(2024, 1, 1); day < QDate(2028, 1, 1); day = day.addDays(1))
        ASSERT_EQ(time::dayToStorage(day), day.toString(Qt::ISODate));
    EXPECT_EQ(time::dayToStorage(QDate(987, 6, 5)), QStringLiteral("0987-06-05"));
    EXPECT_TRUE(time::dayToStorage(QDate()).isEmpty());
    EXPECT_EQ(time::dayFromStorage(time::dayToStorage(QDate(2026, 2, 28))), QDate(2026, 2, 28));
}

TEST(Money, AmountsCarryTheirCurrencysSymbolInTheLocalesDigits) {
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    EXPECT_EQ(money::format(123456, QStringLiteral("CNY"), english), QStringLiteral("¥1,234.56"));
    EXPECT_EQ(money::format(990, QStringLiteral("usd"), english), QStringLiteral("$9.90"));
    EXPECT_EQ(money::format(500, QStringLiteral("EUR"), english), QStringLiteral("€5.00"));
    EXPECT_EQ(money::format(1250, QStringLiteral("CHF"), english), QStringLiteral("CHF 12.50"))
        << "a code without a known symbol is written out";
    EXPECT_EQ(
        money::format(129990, QStringLiteral("CNY"), QLocale(QLocale::Chinese, QLocale::China)),
        QStringLiteral("¥1,299.90"));
    EXPECT_EQ(money::symbol(QStringLiteral("TWD")), QStringLiteral("NT$"));
    EXPECT_NE(money::symbol(QStringLiteral("JPY")), money::symbol(QStringLiteral("CNY")))
        << "totals in two currencies must not read alike";
}
