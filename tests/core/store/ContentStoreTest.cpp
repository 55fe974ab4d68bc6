// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/ContentStore.h"

#include "TempWorkspace.h"
#include "db/Sql.h"
#include "store/GroupStore.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

// A local wall-clock time on a day of May 2026.
QDateTime local(int day, int hour, int minute = 0) {
    return localTime::fromStorage(QStringLiteral("2026-05-%1T%2:%3")
                                      .arg(day, 2, 10, QLatin1Char('0'))
                                      .arg(hour, 2, 10, QLatin1Char('0'))
                                      .arg(minute, 2, 10, QLatin1Char('0')));
}

class ContentStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        Group g;
        g.name = QStringLiteral("新人福利群");
        group = GroupStore(ws.db()).create(g).value();
        g.name = QStringLiteral("VIP会员群");
        otherGroup = GroupStore(ws.db()).create(g).value();
    }

    ContentItem item(const QString& title, const QDateTime& start, int minutes = 30,
                     const QString& rrule = {}) {
        ContentItem c;
        c.groupId = group;
        c.title = title;
        c.body = QStringLiteral("今晚八点直播，宝宝辅食怎么做？");
        c.channel = QStringLiteral("live");
        c.contentLine = QStringLiteral("activity");
        c.status = QStringLiteral("scheduled");
        c.startsAt = start;
        c.durationMin = minutes;
        c.rrule = rrule;
        c.owner = QStringLiteral("小林");
        c.attachments = {QStringLiteral("/tmp/海报.png"), QStringLiteral("/tmp/b.mp4")};
        return c;
    }

    QStringList titlesOverlapping(qint64 groupId, const QDateTime& from, const QDateTime& to) {
        QStringList titles;
        const auto items = store.listOverlapping(groupId, from, to);
        EXPECT_TRUE(items.ok());
        if (items.ok()) {
            for (const ContentItem& c : items.value())
                titles << c.title;
        }
        return titles;
    }

    test::TempWorkspace ws;
    ContentStore store{ws.db()};
    qint64 group = 0;
    qint64 otherGroup = 0;
};

} // namespace

TEST(ContentKeys, EveryKeyHasALabel) {
    EXPECT_EQ(channel::keys().size(), 4);
    EXPECT_EQ(contentLine::keys().size(), 6);
    EXPECT_EQ(contentStatus::keys().size(), 5);
    EXPECT_EQ(channel::label(QStringLiteral("private")), QStringLiteral("Private chat"));
    EXPECT_EQ(contentLine::label(QStringLiteral("feedback")), QStringLiteral("User feedback"));
    EXPECT_EQ(contentStatus::label(QStringLiteral("scheduled")), QStringLiteral("Scheduled"));
    EXPECT_FALSE(channel::isValid(QStringLiteral("sms")));
}

TEST(ContentLocalTime, StorageFormIsMinutePrecisionWallClock) {
    const QDateTime t = localTime::fromStorage(QStringLiteral("2026-03-29T02:30"));
    ASSERT_TRUE(t.isValid());
    EXPECT_EQ(t.date(), QDate(2026, 3, 29));
    EXPECT_EQ(t.time(), QTime(2, 30));
    EXPECT_EQ(localTime::toStorage(t), QStringLiteral("2026-03-29T02:30"));
    EXPECT_EQ(localTime::toStorage(QDateTime(QDate(2026, 5, 1), QTime(20, 0, 59))),
              QStringLiteral("2026-05-01T20:00"));
    EXPECT_FALSE(localTime::fromStorage(QStringLiteral("2026-03-29 02:30")).isValid());
    EXPECT_FALSE(localTime::fromStorage(QStringLiteral("2026-03-29T02:30:00Z")).isValid());
}

TEST_F(ContentStoreTest, CreateAndGetRoundTripsWithAGeneratedUid) {
    auto id = store.create(item(QStringLiteral("辅食直播"), local(10, 20), 90,
                                QStringLiteral("FREQ=WEEKLY;BYDAY=SU")));
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    auto c = store.get(id.value());
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->uid.size(), 36);
    EXPECT_EQ(c->groupId, group);
    EXPECT_EQ(c->title, QStringLiteral("辅食直播"));
    EXPECT_EQ(c->body, QStringLiteral("今晚八点直播，宝宝辅食怎么做？"));
    EXPECT_EQ(c->channel, QStringLiteral("live"));
    EXPECT_EQ(c->contentLine, QStringLiteral("activity"));
    EXPECT_EQ(c->status, QStringLiteral("scheduled"));
    EXPECT_EQ(localTime::toStorage(c->startsAt), QStringLiteral("2026-05-10T20:00"));
    EXPECT_EQ(c->durationMin, 90);
    EXPECT_EQ(c->rrule, QStringLiteral("FREQ=WEEKLY;BYDAY=SU"));
    EXPECT_EQ(c->owner, QStringLiteral("小林"));
    EXPECT_EQ(c->attachments,
              (QStringList{QStringLiteral("/tmp/海报.png"), QStringLiteral("/tmp/b.mp4")}));
    EXPECT_TRUE(c->createdAt.isValid());

    ContentItem moved = c.value();
    moved.uid.clear(); // keeps the stored uid
    moved.startsAt = local(11, 19, 30);
    moved.status = QStringLiteral("published");
    ASSERT_TRUE(store.update(moved).ok());
    auto after = store.get(id.value());
    EXPECT_EQ(after->uid, c->uid);
    EXPECT_EQ(after->startsAt, local(11, 19, 30));
    EXPECT_EQ(after->status, QStringLiteral("published"));
    auto found = store.findByUid(c->uid);
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ(found->value().id, id.value());
}

TEST_F(ContentStoreTest, RejectsInvalidItemsDuplicateUidAndMissingRows) {
    EXPECT_FALSE(store.create(item(QStringLiteral(" "), local(10, 20))).ok());
    EXPECT_FALSE(store.create(item(QStringLiteral("x"), QDateTime())).ok());
    EXPECT_FALSE(store.create(item(QStringLiteral("x"), local(10, 20), -5)).ok());
    EXPECT_FALSE(store.create(item(QStringLiteral("x"), local(10, 20), 8 * 24 * 60)).ok());
    ContentItem badLine = item(QStringLiteral("x"), local(10, 20));
    badLine.contentLine = QStringLiteral("ads");
    EXPECT_FALSE(store.create(badLine).ok());

    ContentItem withUid = item(QStringLiteral("x"), local(10, 20));
    withUid.uid = QStringLiteral("fixed-uid@qundesk");
    const qint64 id = store.create(withUid).value();
    EXPECT_EQ(store.get(id)->uid, QStringLiteral("fixed-uid@qundesk"));
    EXPECT_FALSE(store.create(withUid).ok());

    ASSERT_TRUE(store.remove(id).ok());
    EXPECT_FALSE(store.get(id).ok());
    EXPECT_FALSE(store.remove(id).ok());
    withUid.id = id;
    EXPECT_FALSE(store.update(withUid).ok());
}

TEST_F(ContentStoreTest, ListOverlappingReturnsSinglesInRangeAndEarlierSeries) {
    const QDateTime from = local(10, 0);
    const QDateTime to = local(17, 0);
    ASSERT_TRUE(store.create(item(QStringLiteral("inside"), local(12, 20))).ok());
    ASSERT_TRUE(store.create(item(QStringLiteral("runs into range"), local(9, 23, 50), 20)).ok());
    ASSERT_TRUE(store.create(item(QStringLiteral("ends before"), local(9, 23, 0), 30)).ok());
    ASSERT_TRUE(store.create(item(QStringLiteral("starts at to"), local(17, 0))).ok());
    ASSERT_TRUE(store.create(item(QStringLiteral("zero at from"), local(10, 0), 0)).ok());
    ASSERT_TRUE(
        store
            .create(item(QStringLiteral("series"), local(1, 20), 30, QStringLiteral("FREQ=WEEKLY")))
            .ok());
    ASSERT_TRUE(store
                    .create(item(QStringLiteral("later series"), local(20, 20), 30,
                                 QStringLiteral("FREQ=DAILY")))
                    .ok());
    ContentItem elsewhere = item(QStringLiteral("other group"), local(13, 9));
    elsewhere.groupId = otherGroup;
    ASSERT_TRUE(store.create(elsewhere).ok());

    EXPECT_EQ(titlesOverlapping(group, from, to),
              (QStringList{QStringLiteral("series"), QStringLiteral("runs into range"),
                           QStringLiteral("zero at from"), QStringLiteral("inside")}));
    EXPECT_EQ(titlesOverlapping(0, from, to).size(), 5);
    EXPECT_TRUE(titlesOverlapping(0, from, to).contains(QStringLiteral("other group")));
}

TEST_F(ContentStoreTest, ExceptionsMoveAndSkipOccurrences) {
    const qint64 id =
        store
            .create(item(QStringLiteral("每日早安"), local(1, 8), 10, QStringLiteral("FREQ=DAILY")))
            .value();
    ASSERT_TRUE(store.setException(id, local(5, 8), local(5, 9, 30), QString()).ok());
    ASSERT_TRUE(store.setException(id, local(3, 8), QDateTime(), QStringLiteral("skipped")).ok());
    // A second change of the same occurrence replaces the first.
    ASSERT_TRUE(store.setException(id, local(5, 8), local(5, 10), QStringLiteral("draft")).ok());

    auto exceptions = store.exceptionsFor(id);
    ASSERT_TRUE(exceptions.ok());
    ASSERT_EQ(exceptions->size(), 2);
    EXPECT_EQ(exceptions->at(0).originalStart, local(3, 8));
    EXPECT_FALSE(exceptions->at(0).newStart.isValid());
    EXPECT_EQ(exceptions->at(0).status, QStringLiteral("skipped"));
    EXPECT_EQ(exceptions->at(1).originalStart, local(5, 8));
    EXPECT_EQ(exceptions->at(1).newStart, local(5, 10));
    EXPECT_EQ(exceptions->at(1).status, QStringLiteral("draft"));

    ASSERT_TRUE(store.removeException(id, local(3, 8)).ok());
    EXPECT_FALSE(store.removeException(id, local(3, 8)).ok());
    EXPECT_EQ(store.exceptionsFor(id)->size(), 1);
    EXPECT_FALSE(store.setException(id, local(6, 8), QDateTime(), QStringLiteral("gone")).ok());
    EXPECT_FALSE(store.setException(id + 100, local(6, 8), QDateTime(), QString()).ok());
}

TEST_F(ContentStoreTest, DeletingAGroupRemovesItsItemsAndExceptions) {
    const qint64 id = store.create(item(QStringLiteral("周末团购"), local(9, 20))).value();
    ContentItem kept = item(QStringLiteral("VIP专属"), local(9, 21));
    kept.groupId = otherGroup;
    const qint64 keptId = store.create(kept).value();
    ASSERT_TRUE(store.setException(id, local(9, 20), local(9, 22), QString()).ok());
    ASSERT_TRUE(GroupStore(ws.db()).remove(group).ok());
    EXPECT_FALSE(store.get(id).ok());
    EXPECT_TRUE(store.get(keptId).ok());
    auto left = sql::scalar(ws.db().connection(),
                            QStringLiteral("SELECT COUNT(*) FROM content_exceptions"));
    EXPECT_EQ(left->toInt(), 0);
}

TEST_F(ContentStoreTest, RejectsRulesLibicalCannotRead) {
    EXPECT_FALSE(store
                     .create(item(QStringLiteral("x"), local(10, 20), 30,
                                  QStringLiteral("FREQ=FORTNIGHTLY")))
                     .ok());
    EXPECT_TRUE(store
                    .create(item(QStringLiteral("x"), local(10, 20), 30,
                                 QStringLiteral("FREQ=MONTHLY;BYDAY=2TU;COUNT=4")))
                    .ok());
}

TEST_F(ContentStoreTest, AllGroupItemsShowInEveryGroup) {
    ContentItem everywhere = item(QStringLiteral("全群通知"), local(12, 9));
    everywhere.groupId = 0;
    ASSERT_TRUE(store.create(everywhere).ok());
    EXPECT_EQ(titlesOverlapping(group, local(12, 0), local(13, 0)),
              QStringList{QStringLiteral("全群通知")});
    EXPECT_EQ(titlesOverlapping(otherGroup, local(12, 0), local(13, 0)),
              QStringList{QStringLiteral("全群通知")});
    EXPECT_EQ(store.listAll(otherGroup)->size(), 1);
    EXPECT_EQ(store.get(store.listAll()->first().id)->groupId, 0);
}

TEST_F(ContentStoreTest, ExceptionOverridesAndRestoreKeepIdUidAndTouches) {
    const qint64 id =
        store
            .create(item(QStringLiteral("每日早安"), local(1, 8), 10, QStringLiteral("FREQ=DAILY")))
            .value();
    ContentException e;
    e.itemId = id;
    e.originalStart = local(2, 8);
    e.title = QStringLiteral("特别版");
    e.body = QStringLiteral("正文");
    e.durationMin = 45;
    ASSERT_TRUE(store.putException(e).ok());
    auto many = store.exceptionsForItems({id, id + 50});
    ASSERT_TRUE(many.ok());
    ASSERT_EQ(many->value(id).size(), 1);
    EXPECT_EQ(many->value(id).first().title, QStringLiteral("特别版"));
    EXPECT_EQ(many->value(id).first().body, QStringLiteral("正文"));
    EXPECT_EQ(many->value(id).first().durationMin, 45);
    EXPECT_EQ(store.exceptionsFor(id)->first().durationMin, 45);

    const ContentItem before = store.get(id).value();
    ASSERT_TRUE(sql::exec(ws.db().connection(),
                          QStringLiteral("INSERT INTO touches (channel, touched_at, "
                                         "content_item_id) VALUES ('group', 'x', :id)"),
                          {{QStringLiteral(":id"), id}})
                    .ok());
    ContentItem changed = before;
    changed.title = QStringLiteral("改了");
    ASSERT_TRUE(store.update(changed).ok());
    ASSERT_TRUE(store.restore(before).ok()); // in place: the touch still points at it
    EXPECT_EQ(store.get(id)->title, QStringLiteral("每日早安"));
    EXPECT_EQ(sql::scalar(
                  ws.db().connection(),
                  QStringLiteral("SELECT COUNT(*) FROM touches WHERE content_item_id = %1").arg(id))
                  ->toInt(),
              1);
    ASSERT_TRUE(store.remove(id).ok());
    ASSERT_TRUE(store.restore(before).ok()); // inserted again under its id and uid
    EXPECT_EQ(store.get(id)->uid, before.uid);
    EXPECT_EQ(store.get(id)->createdAt, before.createdAt);
    e.title = QStringLiteral("再改");
    ASSERT_TRUE(store.replaceExceptions(id, {e, e}).ok()); // one per occurrence: the last wins
    ASSERT_EQ(store.exceptionsFor(id)->size(), 1);
    EXPECT_EQ(store.exceptionsFor(id)->first().title, QStringLiteral("再改"));
}
