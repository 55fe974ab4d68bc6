// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "../services/ServicesFixture.h"
#include "calendar/IcsExport.h"
#include "calendar/RecurrenceRule.h"
#include "services/CalendarImportService.h"
#include "services/CalendarService.h"
#include "store/ContentStore.h"

#include <QFile>

#include <libical/ical.h>

using namespace qundesk;
using namespace qundesk::calendar;

namespace {

QDateTime at(const char* text) {
    return localTime::fromStorage(QString::fromLatin1(text));
}

QString prop(icalcomponent* c, icalproperty_kind kind) {
    icalproperty* p = icalcomponent_get_first_property(c, kind);
    return p ? QString::fromUtf8(icalproperty_as_ical_string(p)).trimmed() : QString();
}

QString xProp(icalcomponent* c, const char* name) {
    for (icalproperty* p = icalcomponent_get_first_property(c, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_X_PROPERTY))
        if (qstrcmp(icalproperty_get_x_name(p), name) == 0)
            return QString::fromUtf8(icalproperty_get_x(p));
    return {};
}

// A Berlin workspace with a weekly series (one occurrence skipped, one moved and retitled)
// and a single item of all groups with an owner and attachments.
class IcsRoundTripTest : public test::ServicesFixture {
protected:
    void SetUp() override {
        test::ServicesFixture::SetUp();
        ASSERT_TRUE(SettingsStore(ws.db()).setTimeZone(QTimeZone("Europe/Berlin")).ok());
        ContentItem s;
        s.groupId = groupId;
        s.title = QStringLiteral("每周直播");
        s.body = QStringLiteral("第一行\n第二行, 带逗号; 分号");
        s.channel = QStringLiteral("live");
        s.contentLine = QStringLiteral("activity");
        s.status = QStringLiteral("scheduled");
        s.startsAt = at("2026-03-19T20:00");
        s.durationMin = 90;
        s.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TH;UNTIL=20260430T235900");
        series = CalendarService::create(ws.db(), s).value();
        ASSERT_TRUE(CalendarService::skipOccurrence(ws.db(), series, at("2026-03-26T20:00")).ok());
        ContentItem edited = ContentStore(ws.db()).get(series).value();
        edited.title = QStringLiteral("特别场");
        edited.startsAt = at("2026-04-03T19:30");
        ASSERT_TRUE(CalendarService::editOccurrence(ws.db(), series, at("2026-04-02T20:00"), edited,
                                                    EditScope::ThisOne)
                        .ok());
        ContentItem one;
        one.title = QStringLiteral("Flash deal");
        one.channel = QStringLiteral("moments");
        one.contentLine = QStringLiteral("marketing");
        one.status = QStringLiteral("draft");
        one.owner = QStringLiteral("小林");
        one.attachments = {QStringLiteral("/home/op/海报 1.png")};
        one.startsAt = at("2026-03-28T09:15");
        one.durationMin = 0;
        single = CalendarService::create(ws.db(), one).value();
    }
    QByteArray exported() {
        auto items = IcsExport::select(ws.db(), {});
        EXPECT_TRUE(items.ok());
        return IcsExport::toIcs(items.value(), {{groupId, QStringLiteral("老客群")}},
                                QTimeZone("Europe/Berlin"),
                                QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::utc()));
    }

    qint64 series = 0;
    qint64 single = 0;
};

} // namespace

TEST_F(IcsRoundTripTest, WrittenFileReadsBackFieldByFieldInLibical) {
    const QByteArray text = exported();
    icalcomponent* cal = icalparser_parse_string(text.constData());
    ASSERT_NE(cal, nullptr);
    EXPECT_EQ(prop(cal, ICAL_VERSION_PROPERTY), QStringLiteral("VERSION:2.0"));
    icalcomponent* tz = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT);
    ASSERT_NE(tz, nullptr);
    EXPECT_EQ(prop(tz, ICAL_TZID_PROPERTY), QStringLiteral("TZID:Europe/Berlin"));
    EXPECT_TRUE(text.contains("TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200"));
    EXPECT_TRUE(text.contains("DTSTART:20260329T020000")); // the spring change of 2026

    QList<icalcomponent*> events;
    for (icalcomponent* e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT))
        events << e;
    ASSERT_EQ(events.size(), 3); // the series, its edited occurrence, the single item
    const ContentItem s = ContentStore(ws.db()).get(series).value();
    icalcomponent* master = events[0];
    EXPECT_EQ(prop(master, ICAL_UID_PROPERTY), QStringLiteral("UID:") + s.uid);
    EXPECT_EQ(prop(master, ICAL_DTSTART_PROPERTY),
              QStringLiteral("DTSTART;TZID=Europe/Berlin:20260319T200000"));
    EXPECT_EQ(prop(master, ICAL_DTEND_PROPERTY),
              QStringLiteral("DTEND;TZID=Europe/Berlin:20260319T213000"));
    // UNTIL in UTC: 23:59 Berlin summer time is 21:59 UTC.
    EXPECT_EQ(prop(master, ICAL_RRULE_PROPERTY),
              QStringLiteral("RRULE:FREQ=WEEKLY;UNTIL=20260430T215900Z;BYDAY=TH"));
    EXPECT_EQ(prop(master, ICAL_EXDATE_PROPERTY),
              QStringLiteral("EXDATE;TZID=Europe/Berlin:20260326T200000"));
    EXPECT_EQ(QString::fromUtf8(icalcomponent_get_summary(master)), QStringLiteral("每周直播"));
    EXPECT_EQ(QString::fromUtf8(icalcomponent_get_description(master)), s.body);
    EXPECT_EQ(icalcomponent_get_status(master), ICAL_STATUS_CONFIRMED);
    EXPECT_EQ(xProp(master, "X-QUNDESK-CHANNEL"), QStringLiteral("live"));
    EXPECT_EQ(xProp(master, "X-QUNDESK-LINE"), QStringLiteral("activity"));
    EXPECT_EQ(xProp(master, "X-QUNDESK-GROUP"), QStringLiteral("老客群"));
    EXPECT_EQ(prop(master, ICAL_DTSTAMP_PROPERTY), QStringLiteral("DTSTAMP:20260301T080000Z"));

    icalcomponent* moved = events[1];
    EXPECT_EQ(prop(moved, ICAL_UID_PROPERTY), QStringLiteral("UID:") + s.uid);
    EXPECT_EQ(prop(moved, ICAL_RECURRENCEID_PROPERTY),
              QStringLiteral("RECURRENCE-ID;TZID=Europe/Berlin:20260402T200000"));
    EXPECT_EQ(prop(moved, ICAL_DTSTART_PROPERTY),
              QStringLiteral("DTSTART;TZID=Europe/Berlin:20260403T193000"));
    EXPECT_EQ(QString::fromUtf8(icalcomponent_get_summary(moved)), QStringLiteral("特别场"));
    EXPECT_TRUE(prop(moved, ICAL_RRULE_PROPERTY).isEmpty());

    icalcomponent* one = events[2];
    EXPECT_EQ(icalcomponent_get_status(one), ICAL_STATUS_TENTATIVE);
    EXPECT_EQ(xProp(one, "X-QUNDESK-STATUS"), QStringLiteral("draft"));
    EXPECT_EQ(xProp(one, "X-QUNDESK-OWNER"), QStringLiteral("小林"));
    EXPECT_TRUE(xProp(one, "X-QUNDESK-GROUP").isEmpty());
    EXPECT_EQ(prop(one, ICAL_CATEGORIES_PROPERTY), QStringLiteral("CATEGORIES:Marketing"));
    icalattach* attach =
        icalproperty_get_attach(icalcomponent_get_first_property(one, ICAL_ATTACH_PROPERTY));
    EXPECT_EQ(QString::fromUtf8(icalattach_get_url(attach)),
              QStringLiteral("file:///home/op/%E6%B5%B7%E6%8A%A5%201.png"));
    icalcomponent_free(cal);
}

TEST_F(IcsRoundTripTest, ImportIntoAnotherWorkspaceRestoresItemsAndIsIdempotent) {
    const QString file = ws.writeFile(QStringLiteral("plan.ics"), exported());
    test::TempWorkspace other;
    ASSERT_TRUE(SettingsStore(other.db()).setTimeZone(QTimeZone("Europe/Berlin")).ok());
    Group g;
    g.name = QStringLiteral("老客群");
    const qint64 otherGroup = GroupStore(other.db()).create(g).value();

    auto first = CalendarImportService::importFile(other.db(), file);
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->imported, 2);
    EXPECT_EQ(first->duplicates, 0);
    EXPECT_EQ(first->skipped, 0);
    const ContentItem before = ContentStore(ws.db()).get(series).value();
    auto after = ContentStore(other.db()).findByUid(before.uid).value();
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->groupId, otherGroup);
    EXPECT_EQ(after->title, before.title);
    EXPECT_EQ(after->body, before.body);
    EXPECT_EQ(after->startsAt, before.startsAt);
    EXPECT_EQ(after->durationMin, 90);
    EXPECT_EQ(after->channel, QStringLiteral("live"));
    EXPECT_EQ(RecurrenceRule::fromRRule(after->rrule), RecurrenceRule::fromRRule(before.rrule));
    const auto x = ContentStore(other.db()).exceptionsFor(after->id).value();
    ASSERT_EQ(x.size(), 2);
    EXPECT_EQ(x[0].originalStart, at("2026-03-26T20:00"));
    EXPECT_TRUE(x[0].skipped());
    EXPECT_EQ(x[1].originalStart, at("2026-04-02T20:00"));
    EXPECT_EQ(x[1].newStart, at("2026-04-03T19:30"));
    EXPECT_EQ(x[1].title, QStringLiteral("特别场"));
    const ContentItem one = ContentStore(ws.db()).get(single).value();
    auto oneAfter = ContentStore(other.db()).findByUid(one.uid).value();
    ASSERT_TRUE(oneAfter.has_value());
    EXPECT_EQ(oneAfter->groupId, 0);
    EXPECT_EQ(oneAfter->owner, QStringLiteral("小林"));
    EXPECT_EQ(oneAfter->attachments, one.attachments);
    EXPECT_EQ(oneAfter->status, QStringLiteral("draft"));
    EXPECT_EQ(oneAfter->contentLine, QStringLiteral("marketing"));

    auto again = CalendarImportService::importFile(other.db(), file);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->duplicates, 2);
    EXPECT_EQ(again->toJson().value(QStringLiteral("duplicates")).toInt(), 2);
}

TEST_F(IcsRoundTripTest, ARangeSelectsItemsWithAnOccurrenceInIt) {
    IcsExportOptions april;
    april.from = QDate(2026, 4, 10);
    april.to = QDate(2026, 4, 20);
    auto items = IcsExport::select(ws.db(), april);
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 1);
    EXPECT_EQ(items->first().item.id, series);
    const QString path = ws.filePath(QStringLiteral("april.ics"));
    auto written = IcsExport::write(ws.db(), april, path);
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written.value(), 1);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().startsWith("BEGIN:VCALENDAR"));
    EXPECT_FALSE(IcsExport::write(ws.db(), april, ws.path()).ok()); // never the workspace
}
