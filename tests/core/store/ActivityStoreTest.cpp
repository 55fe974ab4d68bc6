// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/ActivityStore.h"

#include "TempWorkspace.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

const QDate kDay1(2026, 5, 3);
const QDate kDay2(2026, 5, 4);

qint64 addGroup(Database& db, const QString& name) {
    Group g;
    g.name = name;
    return GroupStore(db).create(g).value();
}

void addMember(Database& db, qint64 id) {
    auto q = sql::exec(db.connection(),
                       QStringLiteral("INSERT INTO members (id, display_name, created_at, "
                                      "updated_at) VALUES (:id, '成员', 'x', 'x')"),
                       {{QStringLiteral(":id"), id}});
    ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
}

Message message(qint64 member, const QDate& day, int hour, const QString& source) {
    Message m;
    m.memberId = member;
    m.sentAt = QDateTime(day, QTime(hour, 0), QTimeZone::utc());
    m.authorName = member > 0 ? QStringLiteral("小红") : QStringLiteral("陌生人");
    m.body = QStringLiteral("今天的团购什么时候开始？");
    m.sourceId = source;
    return m;
}

// The first batch: member 1 twice and member 2 once on day 1, an unknown author on day 2.
QList<Message> firstBatch() {
    return {message(1, kDay1, 1, QStringLiteral("m1")), message(1, kDay1, 2, QStringLiteral("m2")),
            message(2, kDay1, 3, QStringLiteral("m3")), message(0, kDay2, 4, QStringLiteral("m4"))};
}

// member_day_activity.messages of one row, 0 when the row is absent.
qint64 dayActivity(Database& db, qint64 group, qint64 member, const QDate& day) {
    return sql::scalar(db.connection(),
                       QStringLiteral("SELECT messages FROM member_day_activity WHERE group_id = "
                                      ":g AND member_id = :m AND day = :d"),
                       {{QStringLiteral(":g"), group},
                        {QStringLiteral(":m"), member},
                        {QStringLiteral(":d"), day.toString(Qt::ISODate)}},
                       0)
        .value()
        .toLongLong();
}

qint64 activityRows(Database& db) {
    return sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM member_day_activity"))
        .value()
        .toLongLong();
}

class ActivityStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        group = addGroup(ws.db(), QStringLiteral("宝妈交流群"));
        addMember(ws.db(), 1);
        addMember(ws.db(), 2);
    }

    test::TempWorkspace ws;
    ActivityStore store{ws.db()};
    qint64 group = 0;
};

} // namespace

TEST_F(ActivityStoreTest, AddMessagesStoresRowsAndDailyActivity) {
    auto added = store.addMessages(group, firstBatch());
    ASSERT_TRUE(added.ok()) << added.error().toString().toStdString();
    EXPECT_EQ(added->inserted, 4);
    EXPECT_EQ(added->duplicates, 0);
    EXPECT_EQ(dayActivity(ws.db(), group, 1, kDay1), 2);
    EXPECT_EQ(dayActivity(ws.db(), group, 2, kDay1), 1);
    EXPECT_EQ(activityRows(ws.db()), 2); // the unknown author has no aggregate row
    EXPECT_EQ(store.messageCount(group, kDay1, kDay2).value(), 4);
    EXPECT_EQ(store.messageCount(group, kDay1, kDay1).value(), 3);
    EXPECT_EQ(store.messageCount(group, kDay2, kDay2).value(), 1);
    auto body = sql::scalar(ws.db().connection(),
                            QStringLiteral("SELECT body FROM messages WHERE source_id = 'm3'"));
    EXPECT_EQ(body->toString(), QStringLiteral("今天的团购什么时候开始？"));
}

// The store takes each message's day in the workspace's zone, whatever zone the caller's
// QDateTime carries: 02:00 UTC on 4 May is still 3 May in New York, already 4 May in Shanghai.
TEST_F(ActivityStoreTest, DayIsDerivedInTheWorkspaceZone) {
    ASSERT_TRUE(SettingsStore(ws.db()).setTimeZone(QTimeZone("America/New_York")).ok());
    Message late = message(1, kDay2, 2, QStringLiteral("ny"));
    late.sentAt = late.sentAt.toTimeZone(QTimeZone("Asia/Shanghai"));
    ASSERT_EQ(store.addMessages(group, {late})->inserted, 1);
    EXPECT_EQ(dayActivity(ws.db(), group, 1, kDay1), 1);
    EXPECT_EQ(dayActivity(ws.db(), group, 1, kDay2), 0);
    EXPECT_EQ(sql::scalar(ws.db().connection(),
                          QStringLiteral("SELECT day || ' ' || sent_at FROM messages"))
                  ->toString(),
              QStringLiteral("2026-05-03 2026-05-04T02:00:00Z"));

    ASSERT_TRUE(SettingsStore(ws.db()).setTimeZone(QTimeZone("Asia/Shanghai")).ok());
    ASSERT_EQ(store.addMessages(group, {message(1, kDay2, 2, QStringLiteral("sh"))})->inserted, 1);
    EXPECT_EQ(dayActivity(ws.db(), group, 1, kDay2), 1);
}

TEST_F(ActivityStoreTest, SecondAddOfSameBatchChangesNothing) {
    ASSERT_TRUE(store.addMessages(group, firstBatch()).ok());
    auto again = store.addMessages(group, firstBatch());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->inserted, 0);
    EXPECT_EQ(again->duplicates, 4);
    EXPECT_EQ(dayActivity(ws.db(), group, 1, kDay1), 2);
    EXPECT_EQ(dayActivity(ws.db(), group, 2, kDay1), 1);
    EXPECT_EQ(activityRows(ws.db()), 2);
    EXPECT_EQ(store.messageCount(group, kDay1, kDay2).value(), 4);
}

TEST_F(ActivityStoreTest, SameSourceIdInAnotherGroupIsNotADuplicate) {
    const qint64 other = addGroup(ws.db(), QStringLiteral("VIP群"));
    ASSERT_TRUE(store.addMessages(group, firstBatch()).ok());
    auto added = store.addMessages(other, firstBatch());
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added->inserted, 4);
    EXPECT_EQ(dayActivity(ws.db(), other, 1, kDay1), 2);
}

TEST_F(ActivityStoreTest, TwoBatchesAccumulateAndRebuildAgrees) {
    ASSERT_TRUE(store.addMessages(group, firstBatch()).ok());
    const QList<Message> second{message(1, kDay1, 2, QStringLiteral("m2")), // duplicate
                                message(1, kDay1, 5, QStringLiteral("m5")),
                                message(1, kDay2, 6, QStringLiteral("m6")),
                                message(2, kDay2, 7, QStringLiteral("m7"))};
    auto added = store.addMessages(group, second);
    ASSERT_TRUE(added.ok());
    EXPECT_EQ(added->inserted, 3);
    EXPECT_EQ(added->duplicates, 1);
    EXPECT_EQ(dayActivity(ws.db(), group, 1, kDay1), 3);
    EXPECT_EQ(dayActivity(ws.db(), group, 1, kDay2), 1);
    EXPECT_EQ(dayActivity(ws.db(), group, 2, kDay1), 1);
    EXPECT_EQ(dayActivity(ws.db(), group, 2, kDay2), 1);

    // Spoil the aggregate, then rebuild it from the messages.
    ASSERT_TRUE(sql::exec(ws.db().connection(),
                          QStringLiteral("UPDATE member_day_activity SET messages = 99"))
                    .ok());
    ASSERT_TRUE(sql::exec(ws.db().connection(),
                          QStringLiteral("DELETE FROM member_day_activity WHERE member_id = 2"))
                    .ok());
    ASSERT_TRUE(store.rebuildDailyActivity(group).ok());
    EXPECT_EQ(dayActivity(ws.db(), group, 1, kDay1), 3);
    EXPECT_EQ(dayActivity(ws.db(), group, 1, kDay2), 1);
    EXPECT_EQ(dayActivity(ws.db(), group, 2, kDay1), 1);
    EXPECT_EQ(dayActivity(ws.db(), group, 2, kDay2), 1);
    EXPECT_EQ(activityRows(ws.db()), 4);
}

TEST_F(ActivityStoreTest, RunsInsideTheCallersTransaction) {
    {
        Transaction tx(ws.db().connection());
        ASSERT_TRUE(tx.isActive());
        ASSERT_EQ(store.addMessages(group, firstBatch())->inserted, 4);
        // No commit: the guard rolls everything back, aggregates included.
    }
    EXPECT_EQ(store.messageCount(group, kDay1, kDay2).value(), 0);
    EXPECT_EQ(activityRows(ws.db()), 0);
}

TEST_F(ActivityStoreTest, RejectsMessageWithoutSourceId) {
    QList<Message> batch = firstBatch();
    batch[2].sourceId.clear();
    auto added = store.addMessages(group, batch);
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(added.error().message.contains(QLatin1Char('3')));
}

TEST_F(ActivityStoreTest, LastMessageAtPerGroupAndOverall) {
    const qint64 other = addGroup(ws.db(), QStringLiteral("VIP群"));
    ASSERT_TRUE(store.addMessages(group, firstBatch()).ok());
    ASSERT_TRUE(store.addMessages(other, {message(1, kDay2, 9, QStringLiteral("x1"))}).ok());
    EXPECT_EQ(store.lastMessageAt(1, group).value(),
              QDateTime(kDay1, QTime(2, 0), QTimeZone::utc()));
    EXPECT_EQ(store.lastMessageAt(1).value(), QDateTime(kDay2, QTime(9, 0), QTimeZone::utc()));
    addMember(ws.db(), 3);
    EXPECT_FALSE(store.lastMessageAt(3).value().isValid());
}

TEST_F(ActivityStoreTest, ImportLogIsFoundByDigest) {
    auto id = store.recordImport(QStringLiteral("chat"), QStringLiteral("wechat-csv"),
                                 QStringLiteral("聊天记录.csv"), QStringLiteral("ABCDEF01"), group,
                                 QString());
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    ASSERT_TRUE(store.addMessages(group, firstBatch(), id.value()).ok());
    ASSERT_TRUE(store.setImportReport(id.value(), QStringLiteral(R"({"imported":4})")).ok());

    auto found = store.findImportBySha256(QStringLiteral("abcdef01"));
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ(found->value().id, id.value());
    EXPECT_EQ(found->value().fileName, QStringLiteral("聊天记录.csv"));
    EXPECT_EQ(found->value().groupId, group);
    EXPECT_EQ(found->value().reportJson, QStringLiteral(R"({"imported":4})"));
    EXPECT_TRUE(found->value().importedAt.isValid());
    EXPECT_FALSE(store.findImportBySha256(QStringLiteral("ffff"))->has_value());

    auto tagged = sql::scalar(ws.db().connection(),
                              QStringLiteral("SELECT COUNT(*) FROM messages WHERE import_id = :i"),
                              {{QStringLiteral(":i"), id.value()}});
    EXPECT_EQ(tagged->toInt(), 4);
    EXPECT_FALSE(store
                     .recordImport(QStringLiteral("photos"), QStringLiteral("x"),
                                   QStringLiteral("a"), QString(), 0, QString())
                     .ok());
    EXPECT_FALSE(store.setImportReport(id.value() + 100, QStringLiteral("{}")).ok());
}
