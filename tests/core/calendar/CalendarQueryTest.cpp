// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/CalendarQuery.h"

#include "../services/ServicesFixture.h"
#include "services/CalendarService.h"
#include "store/MemberStore.h"
#include "store/MembershipStore.h"
#include "store/TouchStore.h"
#include "util/Time.h"

using namespace qundesk;
using namespace qundesk::calendar;

namespace {

QDateTime at(const char* text) {
    return localTime::fromStorage(QString::fromLatin1(text));
}

class CalendarQueryTest : public test::ServicesFixture {
protected:
    qint64 member(const char* name, bool dnd) {
        Member m;
        m.displayName = QString::fromUtf8(name);
        m.dnd = dnd;
        const qint64 id = MemberStore(ws.db()).create(m).value();
        EXPECT_TRUE(MembershipStore(ws.db()).join(groupId, id).ok());
        return id;
    }
    void plan(const char* title, const char* start, const char* channel, const char* rrule = "",
              qint64 group = -1) {
        ContentItem c;
        c.groupId = group < 0 ? groupId : group;
        c.title = QString::fromUtf8(title);
        c.channel = QString::fromLatin1(channel);
        c.startsAt = at(start);
        c.rrule = QString::fromLatin1(rrule);
        auto id = CalendarService::create(ws.db(), c);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    }
};

} // namespace

TEST_F(CalendarQueryTest, OccurrencesOfAGroupIncludeAllGroupItemsAndSeries) {
    Group other;
    other.name = QStringLiteral("VIP群");
    const qint64 otherId = GroupStore(ws.db()).create(other).value();
    plan("每日早安", "2026-05-04T08:00", "group", "FREQ=DAILY;COUNT=10");
    plan("全群公告", "2026-05-05T12:00", "group", "", 0);
    plan("VIP专属", "2026-05-05T13:00", "group", "", otherId);
    auto mine = occurrencesBetween(ws.db(), groupId, QDate(2026, 5, 5), QDate(2026, 5, 7));
    ASSERT_TRUE(mine.ok());
    QStringList titles;
    for (const Occurrence& o : mine.value())
        titles << o.title + QLatin1Char('@') + localTime::toStorage(o.start);
    EXPECT_EQ(titles, (QStringList{QStringLiteral("每日早安@2026-05-05T08:00"),
                                   QStringLiteral("全群公告@2026-05-05T12:00"),
                                   QStringLiteral("每日早安@2026-05-06T08:00")}));
    EXPECT_EQ(occurrencesBetween(ws.db(), 0, QDate(2026, 5, 5), QDate(2026, 5, 7))->size(), 4);
}

TEST_F(CalendarQueryTest, WarningsReadMembersDoNotDisturbLoggedTouchesAndThresholds) {
    const qint64 open = member("小红", false);
    member("老王", true); // on do-not-disturb: never counted
    plan("回访", "2026-05-05T10:00", "private", "FREQ=DAILY;COUNT=3");
    auto none = fatigueWarnings(ws.db(), groupId, QDate(2026, 5, 4), QDate(2026, 5, 11));
    ASSERT_TRUE(none.ok()) << none.error().message.toStdString();
    EXPECT_TRUE(none->isEmpty());

    // A private touch logged on 3 May (Shanghai) makes four in the 7 days from 3 May.
    Touch t;
    t.memberId = open;
    t.channel = QStringLiteral("private");
    t.touchedAt = time::fromWallClock(QDate(2026, 5, 3), QTime(9, 0), QTimeZone("Asia/Shanghai"));
    ASSERT_TRUE(TouchStore(ws.db()).add(t).ok());
    auto warnings = fatigueWarnings(ws.db(), groupId, QDate(2026, 5, 4), QDate(2026, 5, 11));
    ASSERT_TRUE(warnings.ok());
    ASSERT_EQ(warnings->size(), 1);
    EXPECT_EQ(warnings->first().rule, FatigueRule::PrivateTouches);
    EXPECT_EQ(warnings->first().memberIds, QList<qint64>{open});
    EXPECT_EQ(warnings->first().count, 4);

    // Raising the cap in the settings clears it.
    SettingsStore settings(ws.db());
    Thresholds th = settings.thresholds();
    th.maxPrivateTouchesPerWeek = 4;
    ASSERT_TRUE(settings.setThresholds(th).ok());
    EXPECT_TRUE(
        fatigueWarnings(ws.db(), groupId, QDate(2026, 5, 4), QDate(2026, 5, 11))->isEmpty());
}

TEST_F(CalendarQueryTest, AWarningAppearsAndGoesAwayWhenAnOccurrenceMoves) {
    for (int i = 0; i < 4; ++i)
        plan("帖子", "2026-05-06T09:00", "group");
    plan("每周福利", "2026-04-29T12:00", "group", "FREQ=WEEKLY");
    auto w = fatigueWarnings(ws.db(), groupId, QDate(2026, 5, 4), QDate(2026, 5, 11));
    ASSERT_EQ(w->size(), 1);
    EXPECT_EQ(w->first().rule, FatigueRule::PostsPerDay);
    const qint64 series = w->first().items.last().itemId;
    ASSERT_TRUE(CalendarService::moveOccurrence(ws.db(), series, at("2026-05-06T12:00"),
                                                at("2026-05-07T12:00"))
                    .ok());
    EXPECT_TRUE(
        fatigueWarnings(ws.db(), groupId, QDate(2026, 5, 4), QDate(2026, 5, 11))->isEmpty());
}
