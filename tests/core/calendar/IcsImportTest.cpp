// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "../services/ServicesFixture.h"
#include "calendar/CalendarQuery.h"
#include "services/CalendarImportService.h"
#include "store/ContentStore.h"

using namespace qundesk;

namespace {

QDateTime at(const char* text) {
    return localTime::fromStorage(QString::fromLatin1(text));
}

// A Shanghai workspace importing files of other calendar programs.
class IcsImportTest : public test::ServicesFixture {
protected:
    Result<CalendarImportReport> import(const char* fixture, const QString& group = {}) {
        return CalendarImportService::importFile(
            ws.db(),
            test::copyFixture(QStringLiteral("calendar/") + QLatin1String(fixture), ws.dir()),
            group);
    }
    ContentItem byUid(const char* uid) {
        auto found = ContentStore(ws.db()).findByUid(QString::fromLatin1(uid));
        EXPECT_TRUE(found.ok() && found->has_value()) << uid;
        return found.ok() && found->has_value() ? found->value() : ContentItem();
    }
    QStringList occurrences(const QDate& from, const QDate& to) {
        QStringList out;
        const auto all = calendar::occurrencesBetween(ws.db(), 0, from, to).value();
        for (const calendar::Occurrence& o : all)
            out << localTime::toStorage(o.start) + QLatin1Char(' ') + o.title +
                       (o.skipped() ? QStringLiteral(" !") : QString());
        return out;
    }
};

} // namespace

TEST_F(IcsImportTest, GoogleCalendarSeriesWithExdateAndAMovedOccurrence) {
    auto report = import("google.ics", QStringLiteral("老客群"));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->imported, 2);
    EXPECT_EQ(report->skipped, 0);
    const ContentItem series = byUid("5v1k3q2r8s@google.com");
    EXPECT_EQ(series.groupId, groupId);
    EXPECT_EQ(series.startsAt, at("2026-05-05T21:00")); // 09:00 New York = 21:00 Shanghai
    EXPECT_EQ(series.durationMin, 30);
    EXPECT_EQ(series.status, QStringLiteral("scheduled"));
    EXPECT_TRUE(series.rrule.contains(QStringLiteral("UNTIL=20260602T205959")));
    EXPECT_EQ(occurrences(QDate(2026, 5, 1), QDate(2026, 6, 10)),
              (QStringList{QStringLiteral("2026-05-05T21:00 Tea tasting Q&A"),
                           QStringLiteral("2026-05-06T10:00 Flash sale teaser"),
                           QStringLiteral("2026-05-12T21:00 Tea tasting Q&A !"),
                           QStringLiteral("2026-05-19T22:00 Tea tasting Q&A (guest host)"),
                           QStringLiteral("2026-05-26T21:00 Tea tasting Q&A")}));
    const ContentItem teaser = byUid("7hq0d1m2kd@google.com");
    EXPECT_EQ(teaser.status, QStringLiteral("draft"));
    EXPECT_EQ(teaser.contentLine, QStringLiteral("marketing"));
    EXPECT_EQ(teaser.durationMin, 60);

    auto again = import("google.ics", QStringLiteral("老客群"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->duplicates, 2);
}

TEST_F(IcsImportTest, OutlookWindowsZoneNamesQuotedTzidAndFoldedLines) {
    auto report = import("outlook.ics");
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->imported, 1);
    const QList<ContentItem> all = ContentStore(ws.db()).listAll().value();
    ASSERT_EQ(all.size(), 1);
    const ContentItem live = all.first();
    // The UID, folded over two lines in the file, is read whole.
    EXPECT_EQ(live.uid.size(), 73 + 69);
    EXPECT_TRUE(live.uid.endsWith(QStringLiteral("0000")));
    EXPECT_EQ(live.title, QStringLiteral("会员日直播"));
    EXPECT_EQ(live.groupId, 0); // no --group: planned for all groups
    EXPECT_EQ(live.startsAt, at("2026-04-14T20:00"));
    EXPECT_EQ(live.durationMin, 60);
    EXPECT_TRUE(live.body.contains(QLatin1Char('\n')));
    EXPECT_EQ(occurrences(QDate(2026, 5, 1), QDate(2026, 7, 1)),
              (QStringList{QStringLiteral("2026-05-12T20:00 会员日直播"),
                           QStringLiteral("2026-06-09T20:00 会员日直播")}));
}

TEST_F(IcsImportTest, PhoneAllDayAndFloatingEventsAndABrokenOneSkippedWithItsLine) {
    auto report = import("phone.ics");
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->imported, 2);
    EXPECT_EQ(report->skipped, 1);
    ASSERT_EQ(report->errors.size(), 1);
    EXPECT_EQ(report->errors.first().line, 26);
    const ContentItem allDay = byUid("9C1D2E3F-4A5B-6C7D-8E9F-0A1B2C3D4E5F");
    EXPECT_EQ(allDay.startsAt, at("2026-05-08T09:00"));
    EXPECT_EQ(allDay.durationMin, 0);
    const ContentItem noon = byUid("1A2B3C4D-0000-1111-2222-333344445555");
    EXPECT_EQ(noon.startsAt, at("2026-05-10T12:00"));
    EXPECT_EQ(occurrences(QDate(2026, 5, 10), QDate(2026, 5, 20)).size(), 3);
}

TEST_F(IcsImportTest, FilesThatAreNotCalendarsOrNamesThatAreNotGroupsChangeNothing) {
    const QString notIcs = ws.writeFile(QStringLiteral("x.ics"), "hello\n");
    auto bad = CalendarImportService::importFile(ws.db(), notIcs);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().file, notIcs);
    EXPECT_FALSE(import("google.ics", QStringLiteral("没有这个群")).ok());
    EXPECT_EQ(count(QStringLiteral("content_items")), 0);
}
