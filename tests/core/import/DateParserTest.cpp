// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/DateParser.h"

#include <gtest/gtest.h>

using namespace qundesk;

TEST(DateParser, ReadsTheFormsOfChineseSpreadsheets) {
    const DateParser p;
    EXPECT_EQ(p.parseDate(QStringLiteral("2026-05-03")), QDate(2026, 5, 3));
    EXPECT_EQ(p.parseDate(QStringLiteral("2026/5/3")), QDate(2026, 5, 3));
    EXPECT_EQ(p.parseDate(QStringLiteral("2026.05.03")), QDate(2026, 5, 3));
    EXPECT_EQ(p.parseDate(QStringLiteral("2026年5月3日")), QDate(2026, 5, 3));
    EXPECT_EQ(p.parseDate(QStringLiteral("46145")), QDate(2026, 5, 3)) << "Excel serial";
    EXPECT_FALSE(p.parseDate(QStringLiteral("2026-02-30")).isValid());
    EXPECT_FALSE(p.parseDate(QStringLiteral("yesterday")).isValid());
    EXPECT_FALSE(p.parseDate(QStringLiteral("12")).isValid());
}

TEST(DateParser, DayMonthOrderIsTheCallersChoice) {
    EXPECT_EQ(DateParser(DateOrder::DMY).parseDate(QStringLiteral("03/05/2026")),
              QDate(2026, 5, 3));
    EXPECT_EQ(DateParser(DateOrder::MDY).parseDate(QStringLiteral("03/05/2026")),
              QDate(2026, 3, 5));
    EXPECT_EQ(DateParser(DateOrder::DMY).parseDate(QStringLiteral("3.5.26")), QDate(2026, 5, 3));
}

TEST(DateParser, TimesAreWallClockInTheZone) {
    const QDateTime t =
        DateParser().parseDateTime(QStringLiteral("2026-03-02 20:15"), QTimeZone("Asia/Shanghai"));
    ASSERT_TRUE(t.isValid());
    EXPECT_EQ(t.toUTC(), QDateTime(QDate(2026, 3, 2), QTime(12, 15), QTimeZone::utc()));
    EXPECT_FALSE(
        DateParser().parseDateTime(QStringLiteral("2026-03-02 25:00"), QTimeZone::utc()).isValid());
}

TEST(DateParser, CommonShapesReadAsThePatternReadsThem) {
    // "yyyy-MM-dd[ HH:mm[:ss]]" is read without the pattern; every variant must agree with it.
    const QTimeZone utc = QTimeZone::utc();
    const DateParser p;
    const auto at = [&](const char* text) {
        return p.parseDateTime(QString::fromUtf8(text), utc);
    };
    EXPECT_EQ(at("2026-03-02T20:15"), QDateTime(QDate(2026, 3, 2), QTime(20, 15), utc));
    EXPECT_EQ(at("2026/03/02 20:15:09"), QDateTime(QDate(2026, 3, 2), QTime(20, 15, 9), utc));
    EXPECT_EQ(at(" 2026.03.02 "), QDateTime(QDate(2026, 3, 2), QTime(0, 0), utc));
    EXPECT_EQ(at("2026-03-02 9:05"), QDateTime(QDate(2026, 3, 2), QTime(9, 5), utc));
    EXPECT_EQ(at("2026-3-02"), QDateTime(QDate(2026, 3, 2), QTime(0, 0), utc));
    EXPECT_EQ(at("2026-03-02 20：15"), QDateTime(QDate(2026, 3, 2), QTime(20, 15), utc));
    EXPECT_FALSE(at("2026-13-02").isValid());
    EXPECT_FALSE(at("2026-03-02 20:60").isValid());
    EXPECT_FALSE(at("2026-03-02 20:15:61").isValid());
    EXPECT_FALSE(at("2026-03-0x").isValid());
    EXPECT_FALSE(at("2026-03-02x20:15").isValid());
    EXPECT_FALSE(at("2026-03-02 20-15").isValid());
}
