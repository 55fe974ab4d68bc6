// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/CalendarService.h"

#include "../services/ServicesFixture.h"
#include "calendar/Recurrence.h"
#include "store/ContentStore.h"

using namespace qundesk;

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

class CalendarServiceTest : public test::ServicesFixture {
protected:
    qint64 createSeries(const char* start, const char* rrule) {
        ContentItem c;
        c.groupId = groupId;
        c.title = QStringLiteral("每周直播");
        c.channel = QStringLiteral("live");
        c.contentLine = QStringLiteral("activity");
        c.status = QStringLiteral("scheduled");
        c.startsAt = at(start);
        c.durationMin = 60;
        c.rrule = QString::fromLatin1(rrule);
        auto id = CalendarService::create(ws.db(), c);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? id.value() : 0;
    }
    // "start[!]" of every occurrence of every item in May and June 2026.
    QStringList plan() {
        ContentStore store(ws.db());
        QStringList out;
        const QDateTime from = at("2026-05-01T00:00");
        const QDateTime to = at("2026-07-01T00:00");
        const QList<ContentItem> items = store.listOverlapping(0, from, to).value();
        for (const ContentItem& item : items) {
            const QList<ContentException> exceptions = store.exceptionsFor(item.id).value();
            for (const calendar::Occurrence& o : calendar::expand(item, exceptions, from, to)) {
                out << localTime::toStorage(o.start) +
                           (o.skipped() ? QStringLiteral("!") : QString());
            }
        }
        out.sort();
        return out;
    }
    ContentItem item(qint64 id) { return ContentStore(ws.db()).get(id).value(); }
};

} // namespace

TEST_F(CalendarServiceTest, CreateRefusesABadRuleAndWritesNothing) {
    ContentItem c;
    c.title = QStringLiteral("x");
    c.startsAt = at("2026-05-04T20:00");
    c.rrule = QStringLiteral("FREQ=NEVER");
    EXPECT_FALSE(CalendarService::create(ws.db(), c).ok());
    EXPECT_EQ(count(QStringLiteral("content_items")), 0);
}

TEST_F(CalendarServiceTest, MoveOneOccurrenceAndUndoIt) {
    const qint64 id = createSeries("2026-05-04T20:00", "FREQ=WEEKLY;COUNT=3");
    auto change = CalendarService::moveOccurrence(ws.db(), id, at("2026-05-11T20:00"),
                                                  at("2026-05-13T19:00"));
    ASSERT_TRUE(change.ok()) << change.error().message.toStdString();
    EXPECT_EQ(plan(), L({"2026-05-04T20:00", "2026-05-13T19:00", "2026-05-18T20:00"}));
    // Moving it back to where it was leaves no exception behind.
    auto back = CalendarService::moveOccurrence(ws.db(), id, at("2026-05-11T20:00"),
                                                at("2026-05-11T20:00"));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(count(QStringLiteral("content_exceptions")), 0);
    ASSERT_TRUE(CalendarService::writeBack(ws.db(), back->before, back->created).ok());
    EXPECT_EQ(plan(), L({"2026-05-04T20:00", "2026-05-13T19:00", "2026-05-18T20:00"}));
    ASSERT_TRUE(CalendarService::writeBack(ws.db(), change->before, change->created).ok());
    EXPECT_EQ(plan(), L({"2026-05-04T20:00", "2026-05-11T20:00", "2026-05-18T20:00"}));
    // An occurrence the rule does not have is refused.
    EXPECT_FALSE(
        CalendarService::moveOccurrence(ws.db(), id, at("2026-05-12T20:00"), at("2026-05-13T19:00"))
            .ok());
}

TEST_F(CalendarServiceTest, SkipAndRemoveOccurrences) {
    const qint64 id = createSeries("2026-05-04T20:00", "FREQ=WEEKLY;COUNT=4");
    ASSERT_TRUE(CalendarService::skipOccurrence(ws.db(), id, at("2026-05-11T20:00")).ok());
    EXPECT_EQ(plan(),
              L({"2026-05-04T20:00", "2026-05-11T20:00!", "2026-05-18T20:00", "2026-05-25T20:00"}));
    auto cut = CalendarService::removeOccurrence(ws.db(), id, at("2026-05-18T20:00"),
                                                 EditScope::ThisAndFollowing);
    ASSERT_TRUE(cut.ok());
    EXPECT_EQ(item(id).rrule, QStringLiteral("FREQ=WEEKLY;COUNT=2"));
    EXPECT_EQ(plan(), L({"2026-05-04T20:00", "2026-05-11T20:00!"}));
    auto all =
        CalendarService::removeOccurrence(ws.db(), id, at("2026-05-11T20:00"), EditScope::All);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(count(QStringLiteral("content_items")), 0);
    ASSERT_TRUE(CalendarService::writeBack(ws.db(), all->before, all->created).ok());
    EXPECT_EQ(item(id).rrule, QStringLiteral("FREQ=WEEKLY;COUNT=2"));
    EXPECT_EQ(count(QStringLiteral("content_exceptions")), 1);
}

TEST_F(CalendarServiceTest, ThisAndFollowingSplitsACountedSeries) {
    const qint64 id = createSeries("2026-05-04T20:00", "FREQ=WEEKLY;COUNT=5");
    ASSERT_TRUE(
        CalendarService::moveOccurrence(ws.db(), id, at("2026-06-01T20:00"), at("2026-06-02T20:00"))
            .ok());
    ContentItem edited = item(id);
    edited.title = QStringLiteral("新版直播");
    edited.startsAt = at("2026-05-18T21:00");
    auto change = CalendarService::editOccurrence(ws.db(), id, at("2026-05-18T20:00"), edited,
                                                  EditScope::ThisAndFollowing);
    ASSERT_TRUE(change.ok()) << change.error().message.toStdString();
    ASSERT_EQ(change->created.size(), 1);
    const ContentItem old = item(id);
    const ContentItem next = item(change->created.first());
    EXPECT_EQ(old.rrule, QStringLiteral("FREQ=WEEKLY;COUNT=2"));
    EXPECT_EQ(next.rrule, QStringLiteral("FREQ=WEEKLY;COUNT=3"));
    EXPECT_EQ(next.title, QStringLiteral("新版直播"));
    EXPECT_NE(next.uid, old.uid);
    // The moved 1 June occurrence follows to the new series, shifted by the same hour.
    auto moved = ContentStore(ws.db()).exceptionsFor(next.id).value();
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved[0].originalStart, at("2026-06-01T21:00"));
    EXPECT_EQ(plan(), L({"2026-05-04T20:00", "2026-05-11T20:00", "2026-05-18T21:00",
                         "2026-05-25T21:00", "2026-06-02T20:00"}));

    ASSERT_TRUE(CalendarService::writeBack(ws.db(), change->before, change->created).ok());
    EXPECT_EQ(count(QStringLiteral("content_items")), 1);
    EXPECT_EQ(item(id).rrule, QStringLiteral("FREQ=WEEKLY;COUNT=5"));
    EXPECT_EQ(plan(), L({"2026-05-04T20:00", "2026-05-11T20:00", "2026-05-18T20:00",
                         "2026-05-25T20:00", "2026-06-02T20:00"}));
}

TEST_F(CalendarServiceTest, ThisAndFollowingEndsAnOpenSeriesTheMinuteBefore) {
    const qint64 id = createSeries("2026-05-04T20:00", "FREQ=WEEKLY;BYDAY=MO");
    ContentItem edited = item(id);
    edited.rrule = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
    edited.startsAt = at("2026-06-02T20:00");
    auto change = CalendarService::editOccurrence(ws.db(), id, at("2026-06-01T20:00"), edited,
                                                  EditScope::ThisAndFollowing);
    ASSERT_TRUE(change.ok());
    EXPECT_EQ(item(id).rrule, QStringLiteral("FREQ=WEEKLY;BYDAY=MO;UNTIL=20260601T195900"));
    const QStringList p = plan();
    EXPECT_TRUE(p.contains(QStringLiteral("2026-05-25T20:00")));
    EXPECT_FALSE(p.contains(QStringLiteral("2026-06-01T20:00")));
    EXPECT_TRUE(p.contains(QStringLiteral("2026-06-02T20:00")));
    EXPECT_TRUE(p.contains(QStringLiteral("2026-06-30T20:00")));
}

TEST_F(CalendarServiceTest, AllShiftsTheSeriesAndItsExceptions) {
    const qint64 id = createSeries("2026-05-04T20:00", "FREQ=DAILY;COUNT=3");
    ASSERT_TRUE(CalendarService::skipOccurrence(ws.db(), id, at("2026-05-06T20:00")).ok());
    auto change = CalendarService::moveOccurrence(ws.db(), id, at("2026-05-05T20:00"),
                                                  at("2026-05-05T18:30"), EditScope::All);
    ASSERT_TRUE(change.ok());
    EXPECT_EQ(item(id).startsAt, at("2026-05-04T18:30"));
    EXPECT_EQ(plan(), L({"2026-05-04T18:30", "2026-05-05T18:30", "2026-05-06T18:30!"}));
}

TEST_F(CalendarServiceTest, ThisOneKeepsOverridesAndDetachesWhatItCannotHold) {
    const qint64 id = createSeries("2026-05-04T20:00", "FREQ=DAILY;COUNT=3");
    ContentItem edited = item(id);
    edited.title = QStringLiteral("特别场");
    edited.status = QStringLiteral("draft");
    edited.startsAt = at("2026-05-05T21:00");
    ASSERT_TRUE(CalendarService::editOccurrence(ws.db(), id, at("2026-05-05T20:00"), edited,
                                                EditScope::ThisOne)
                    .ok());
    auto e = ContentStore(ws.db()).exceptionsFor(id).value();
    ASSERT_EQ(e.size(), 1);
    EXPECT_EQ(e[0].title, QStringLiteral("特别场"));
    EXPECT_EQ(e[0].status, QStringLiteral("draft"));
    EXPECT_EQ(e[0].newStart, at("2026-05-05T21:00"));
    EXPECT_TRUE(e[0].body.isEmpty());

    ContentItem otherLine = item(id);
    otherLine.contentLine = QStringLiteral("marketing");
    otherLine.startsAt = at("2026-05-06T20:00");
    auto detached = CalendarService::editOccurrence(ws.db(), id, at("2026-05-06T20:00"), otherLine,
                                                    EditScope::ThisOne);
    ASSERT_TRUE(detached.ok());
    ASSERT_EQ(detached->created.size(), 1);
    const ContentItem single = item(detached->created.first());
    EXPECT_TRUE(single.rrule.isEmpty());
    EXPECT_EQ(single.contentLine, QStringLiteral("marketing"));
    EXPECT_EQ(plan(),
              L({"2026-05-04T20:00", "2026-05-05T21:00", "2026-05-06T20:00", "2026-05-06T20:00!"}));
}

TEST_F(CalendarServiceTest, AFailedWriteLeavesTheSeriesAsItWas) {
    const qint64 id = createSeries("2026-05-04T20:00", "FREQ=WEEKLY;COUNT=5");
    refuse(QStringLiteral("content_exceptions"));
    ContentItem edited = item(id);
    edited.startsAt = at("2026-05-18T21:00");
    ASSERT_TRUE(
        CalendarService::moveOccurrence(ws.db(), id, at("2026-06-01T20:00"), at("2026-06-02T20:00"))
            .ok() == false);
    refuse(QStringLiteral("content_items"));
    EXPECT_FALSE(CalendarService::editOccurrence(ws.db(), id, at("2026-05-18T20:00"), edited,
                                                 EditScope::ThisAndFollowing)
                     .ok());
    EXPECT_EQ(count(QStringLiteral("content_items")), 1);
    EXPECT_EQ(item(id).rrule, QStringLiteral("FREQ=WEEKLY;COUNT=5"));
}
