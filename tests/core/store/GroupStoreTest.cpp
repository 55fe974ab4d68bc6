// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/GroupStore.h"

#include "TempWorkspace.h"
#include "db/Sql.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {
Group sampleGroup(const QString& name) {
    Group g;
    g.name = name;
    g.platform = QStringLiteral("wecom");
    g.purpose = QStringLiteral("vip");
    g.capacity = 200;
    g.rulesText = QStringLiteral("禁止广告");
    g.welcomeScript = QStringLiteral("欢迎 {nickname} 加入 {group}");
    g.operatorName = QStringLiteral("小林");
    return g;
}
} // namespace

TEST(GroupStore, CreateAndGetRoundTrips) {
    test::TempWorkspace ws;
    GroupStore store(ws.db());
    auto id = store.create(sampleGroup(QStringLiteral("VIP会员群")));
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    auto g = store.get(id.value());
    ASSERT_TRUE(g.ok());
    EXPECT_EQ(g->name, QStringLiteral("VIP会员群"));
    EXPECT_EQ(g->platform, QStringLiteral("wecom"));
    EXPECT_EQ(g->purpose, QStringLiteral("vip"));
    EXPECT_EQ(g->capacity, 200);
    EXPECT_EQ(g->welcomeScript, QStringLiteral("欢迎 {nickname} 加入 {group}"));
    EXPECT_FALSE(g->archived);
    EXPECT_TRUE(g->createdAt.isValid());
}

TEST(GroupStore, RejectsEmptyAndDuplicateNames) {
    test::TempWorkspace ws;
    GroupStore store(ws.db());
    EXPECT_FALSE(store.create(sampleGroup(QStringLiteral("  "))).ok());
    ASSERT_TRUE(store.create(sampleGroup(QStringLiteral("宝妈交流群"))).ok());
    EXPECT_FALSE(store.create(sampleGroup(QStringLiteral("宝妈交流群"))).ok());
    EXPECT_EQ(store.list()->size(), 1);
}

TEST(GroupStore, UpdateArchiveAndListActiveOnly) {
    test::TempWorkspace ws;
    GroupStore store(ws.db());
    const qint64 a = store.create(sampleGroup(QStringLiteral("A"))).value();
    ASSERT_TRUE(store.create(sampleGroup(QStringLiteral("B"))).ok());
    Group g = store.get(a).value();
    g.archived = true;
    g.capacity = 450;
    ASSERT_TRUE(store.update(g).ok());
    EXPECT_EQ(store.get(a)->capacity, 450);
    EXPECT_EQ(store.list(true)->size(), 2);
    ASSERT_EQ(store.list(false)->size(), 1);
    EXPECT_EQ(store.list(false)->first().name, QStringLiteral("B"));
    // Names by id keep the archived group: old stays and orders still name it.
    auto names = store.names();
    ASSERT_TRUE(names.ok());
    EXPECT_EQ(names->size(), 2);
    EXPECT_EQ(names->value(a), QStringLiteral("A"));
}

TEST(GroupStore, RemoveDeletesAndMissingIsError) {
    test::TempWorkspace ws;
    GroupStore store(ws.db());
    const qint64 id = store.create(sampleGroup(QStringLiteral("A"))).value();
    ASSERT_TRUE(store.remove(id).ok());
    EXPECT_FALSE(store.get(id).ok());
    EXPECT_FALSE(store.remove(id).ok());
    Group ghost = sampleGroup(QStringLiteral("ghost"));
    ghost.id = id;
    EXPECT_FALSE(store.update(ghost).ok());
}

TEST(GroupStore, RestorePutsARemovedGroupBackUnderItsId) {
    test::TempWorkspace ws;
    GroupStore store(ws.db());
    const qint64 id = store.create(sampleGroup(QStringLiteral("新人福利群"))).value();
    const Group before = store.get(id).value();
    const qint64 later = store.create(sampleGroup(QStringLiteral("后来的群"))).value();
    ASSERT_TRUE(store.remove(id).ok()); // no longer the newest: a plain insert gets a new id

    ASSERT_TRUE(store.restore(before).ok());
    auto back = store.get(id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->name, QStringLiteral("新人福利群"));
    EXPECT_EQ(back->createdAt, before.createdAt);
    EXPECT_EQ(back->welcomeScript, before.welcomeScript);
    EXPECT_EQ(back->capacity, 200);

    EXPECT_FALSE(store.restore(before).ok()); // the id is taken
    Group sameName = before;
    sameName.id = later + 10;
    EXPECT_FALSE(store.restore(sameName).ok());
    Group noId = before;
    noId.id = 0;
    EXPECT_FALSE(store.restore(noId).ok());
    EXPECT_EQ(store.list()->size(), 2);
}

TEST(GroupStore, FindByNameAndSummariesCountCurrentMembers) {
    test::TempWorkspace ws;
    GroupStore store(ws.db());
    const qint64 id = store.create(sampleGroup(QStringLiteral("新人福利群"))).value();
    auto conn = ws.db().connection();
    for (int i = 1; i <= 3; ++i) {
        ASSERT_TRUE(sql::exec(conn,
                              QStringLiteral("INSERT INTO members (id, display_name, "
                                             "created_at, updated_at) VALUES (:id, 'm', "
                                             "'x', 'x')"),
                              {{QStringLiteral(":id"), i}})
                        .ok());
    }
    const QString insert = QStringLiteral("INSERT INTO memberships (group_id, member_id, "
                                          "joined_at, left_at) VALUES (:g, :m, "
                                          "'2026-01-01T00:00:00Z', :left)");
    ASSERT_TRUE(sql::exec(conn, insert,
                          {{QStringLiteral(":g"), id},
                           {QStringLiteral(":m"), 1},
                           {QStringLiteral(":left"), QVariant()}})
                    .ok());
    ASSERT_TRUE(sql::exec(conn, insert,
                          {{QStringLiteral(":g"), id},
                           {QStringLiteral(":m"), 2},
                           {QStringLiteral(":left"), QVariant()}})
                    .ok());
    ASSERT_TRUE(sql::exec(conn, insert,
                          {{QStringLiteral(":g"), id},
                           {QStringLiteral(":m"), 3},
                           {QStringLiteral(":left"), QStringLiteral("2026-02-01T00:00:00Z")}})
                    .ok());
    auto found = store.findByName(QStringLiteral("新人福利群"));
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ(found->value().id, id);
    EXPECT_FALSE(store.findByName(QStringLiteral("nope"))->has_value());
    auto summaries = store.summaries();
    ASSERT_TRUE(summaries.ok());
    ASSERT_EQ(summaries->size(), 1);
    EXPECT_EQ(summaries->first().members, 2);
}

TEST(OperatorLoad, ThresholdsFollowDesign) {
    EXPECT_EQ(operatorLoad(5), OperatorLoad::Green);
    EXPECT_EQ(operatorLoad(6), OperatorLoad::Amber);
    EXPECT_EQ(operatorLoad(7), OperatorLoad::Amber);
    EXPECT_EQ(operatorLoad(8), OperatorLoad::Red);
}
