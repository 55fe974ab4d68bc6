// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/SegmentStore.h"

#include "TempWorkspace.h"
#include "db/Sql.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

const QString kSilent = QStringLiteral(
    R"({"match":"all","conditions":[{"field":"silent_days","op":">=","value":30}]})");

Segment makeSegment(const QString& name, const QString& definition = kSilent,
                    bool builtin = false) {
    Segment s;
    s.name = name;
    s.definition = definition;
    s.builtin = builtin;
    return s;
}

} // namespace

TEST(SegmentStore, CrudRoundTripsChineseText) {
    test::TempWorkspace ws;
    SegmentStore store(ws.db());
    const qint64 id = store.create(makeSegment(QStringLiteral("沉默会员"))).value();
    auto got = store.get(id);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(got->name, QStringLiteral("沉默会员"));
    EXPECT_EQ(got->definition, kSilent);
    EXPECT_FALSE(got->builtin);
    EXPECT_TRUE(got->createdAt.isValid());

    got->name = QStringLiteral("沉默45天会员");
    got->definition = QStringLiteral(R"({"match":"any","conditions":[]})");
    ASSERT_TRUE(store.update(*got).ok());
    auto found = store.findByName(QStringLiteral("沉默45天会员"));
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ(found->value().definition, QStringLiteral(R"({"match":"any","conditions":[]})"));
    EXPECT_FALSE(store.findByName(QStringLiteral("沉默会员"))->has_value());

    ASSERT_TRUE(store.remove(id).ok());
    EXPECT_FALSE(store.get(id).ok());
    EXPECT_FALSE(store.remove(id).ok());
}

TEST(SegmentStore, ListsBuiltinFirstThenByName) {
    test::TempWorkspace ws;
    SegmentStore store(ws.db());
    ASSERT_TRUE(store.create(makeSegment(QStringLiteral("B 自定义"))).ok());
    ASSERT_TRUE(store.create(makeSegment(QStringLiteral("Z 内置"), kSilent, true)).ok());
    ASSERT_TRUE(store.create(makeSegment(QStringLiteral("A 自定义"))).ok());
    auto all = store.list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).name, QStringLiteral("Z 内置"));
    EXPECT_TRUE(all->at(0).builtin);
    EXPECT_EQ(all->at(1).name, QStringLiteral("A 自定义"));
    EXPECT_EQ(all->at(2).name, QStringLiteral("B 自定义"));
}

TEST(SegmentStore, RejectsEmptyOrDuplicateNameAndBadJson) {
    test::TempWorkspace ws;
    SegmentStore store(ws.db());
    EXPECT_FALSE(store.create(makeSegment(QStringLiteral("  "))).ok());
    const qint64 id = store.create(makeSegment(QStringLiteral("生日本月"))).value();
    auto duplicate = store.create(makeSegment(QStringLiteral("生日本月")));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_TRUE(duplicate.error().message.contains(QStringLiteral("already exists")));
    auto broken = store.create(makeSegment(QStringLiteral("坏定义"), QStringLiteral("{oops")));
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("not valid JSON")));
    EXPECT_FALSE(store.create(makeSegment(QStringLiteral("字符串"), QStringLiteral("\"x\""))).ok());
    EXPECT_FALSE(store.create(makeSegment(QStringLiteral("空"), QString())).ok());

    Segment existing = store.get(id).value();
    existing.definition = QStringLiteral("[]");
    EXPECT_FALSE(store.update(existing).ok());
    EXPECT_EQ(store.get(id)->definition, kSilent);
    Segment ghost = makeSegment(QStringLiteral("幽灵"));
    ghost.id = 999;
    EXPECT_FALSE(store.update(ghost).ok());
    EXPECT_EQ(store.list()->size(), 1);
}

TEST(SegmentStore, RemovingASegmentKeepsSopRunsWithoutIt) {
    test::TempWorkspace ws;
    SegmentStore store(ws.db());
    const qint64 id = store.create(makeSegment(QStringLiteral("高意向"))).value();
    auto conn = ws.db().connection();
    ASSERT_TRUE(sql::exec(conn, QStringLiteral("INSERT INTO sop_templates (id, name, created_at, "
                                               "updated_at) VALUES (1, 'SOP', 'x', 'x')"))
                    .ok());
    ASSERT_TRUE(sql::exec(conn,
                          QStringLiteral("INSERT INTO sop_runs (template_id, target_kind, "
                                         "segment_id, started_on, created_at) VALUES (1, "
                                         "'segment', :s, '2026-03-01', 'x')"),
                          {{QStringLiteral(":s"), id}})
                    .ok());
    ASSERT_TRUE(store.remove(id).ok());
    auto segment = sql::scalar(conn, QStringLiteral("SELECT segment_id FROM sop_runs"));
    ASSERT_TRUE(segment.ok());
    EXPECT_TRUE(segment->isNull());
}
