// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "metrics/MemberReport.h"

#include "TempWorkspace.h"
#include "db/Sql.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

void exec(Database& db, const char* statement, const QVariantMap& binds = {}) {
    auto q = sql::exec(db.connection(), QString::fromUtf8(statement), binds);
    ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
}

// Groups 1 (VIP) and 2 (Deals); members:
//   1 Ann  — in 1 and 2; posts 4 + 1 messages in group 1 (days 05-02, 05-07), 9 in group 2;
//            tags b-tag, a-tag; stage mature, fan level contributor
//   2 Bo   — in 1, never posted; no tags; stage new, observer
//   3 Cy   — left group 1: not in its report; posted there once
//   4 Di   — in group 2 only; stage declining
//   5 Eve  — in group 1, status never computed
class MemberReportTest : public ::testing::Test {
protected:
    void SetUp() override {
        Database& db = ws.db();
        exec(db, "INSERT INTO chat_groups (id, name, platform, created_at) VALUES "
                 "(1, 'VIP', 'wechat', '2026-01-01T00:00:00Z'), "
                 "(2, 'Deals', 'qq', '2026-01-01T00:00:00Z')");
        exec(db, "INSERT INTO members (id, display_name, created_at, updated_at) VALUES "
                 "(1, 'Ann', 'x', 'x'), (2, 'Bo', 'x', 'x'), (3, 'Cy', 'x', 'x'), "
                 "(4, 'Di', 'x', 'x'), (5, 'Eve', 'x', 'x')");
        exec(db, "INSERT INTO memberships (group_id, member_id, joined_at, left_at, leave_kind) "
                 "VALUES (1, 1, '2026-04-01T00:00:00Z', NULL, NULL), "
                 "(2, 1, '2026-04-01T00:00:00Z', NULL, NULL), "
                 "(1, 2, '2026-05-01T00:00:00Z', NULL, NULL), "
                 "(1, 3, '2026-04-01T00:00:00Z', '2026-05-01T00:00:00Z', 'left'), "
                 "(2, 4, '2026-04-01T00:00:00Z', NULL, NULL), "
                 "(1, 5, '2026-04-01T00:00:00Z', NULL, NULL)");
        exec(db, "INSERT INTO member_day_activity (group_id, member_id, day, messages) VALUES "
                 "(1, 1, '2026-05-02', 4), (1, 1, '2026-05-07', 1), (2, 1, '2026-05-20', 9), "
                 "(1, 3, '2026-04-10', 1)");
        exec(db, "INSERT INTO tags (id, name) VALUES (1, 'b-tag'), (2, 'a-tag')");
        exec(db, "INSERT INTO member_tags (member_id, tag_id, created_at) VALUES "
                 "(1, 1, 'x'), (1, 2, 'x')");
        exec(db,
             "INSERT INTO member_status (member_id, stage, fan_level, computed_on) VALUES "
             "(1, 'mature', 'contributor', '2026-05-21'), (2, 'new', 'observer', '2026-05-21'), "
             "(3, 'declining', 'observer', '2026-05-21'), "
             "(4, 'declining', 'observer', '2026-05-21')");
    }

    test::TempWorkspace ws;
};

} // namespace

TEST_F(MemberReportTest, ListsEveryCurrentMemberWithTheirActivityInTheGroup) {
    auto rows = MemberReport::members(ws.db(), 1);
    ASSERT_TRUE(rows.ok()) << rows.error().toString().toStdString();
    ASSERT_EQ(rows->size(), 3); // Ann, Bo, Eve; Cy left
    const MemberReportRow& ann = rows->at(0);
    EXPECT_EQ(ann.name, QStringLiteral("Ann"));
    EXPECT_EQ(ann.messages, 5); // group 2's nine do not count
    EXPECT_EQ(ann.lastMessage, QDate(2026, 5, 7));
    EXPECT_EQ(ann.stage, QStringLiteral("mature"));
    EXPECT_EQ(ann.fanLevel, QStringLiteral("contributor"));
    EXPECT_EQ(ann.tags, (QStringList{QStringLiteral("a-tag"), QStringLiteral("b-tag")}));
    const MemberReportRow& bo = rows->at(1);
    EXPECT_EQ(bo.name, QStringLiteral("Bo"));
    EXPECT_EQ(bo.messages, 0);
    EXPECT_FALSE(bo.lastMessage.isValid());
    EXPECT_EQ(bo.stage, QStringLiteral("new"));
    EXPECT_TRUE(bo.tags.isEmpty());
    EXPECT_EQ(rows->at(2).name, QStringLiteral("Eve"));
    EXPECT_TRUE(rows->at(2).stage.isEmpty());

    auto other = MemberReport::members(ws.db(), 2);
    ASSERT_TRUE(other.ok());
    ASSERT_EQ(other->size(), 2);
    EXPECT_EQ(other->at(0).messages, 9);
    EXPECT_EQ(other->at(0).lastMessage, QDate(2026, 5, 20));
    EXPECT_EQ(other->at(1).name, QStringLiteral("Di"));
}

TEST_F(MemberReportTest, JsonHasTheContractKeysWithNullsForTheUnknown) {
    auto rows = MemberReport::members(ws.db(), 1);
    ASSERT_TRUE(rows.ok());
    const QJsonArray list = MemberReport::toJson(*rows).value(QStringLiteral("members")).toArray();
    ASSERT_EQ(list.size(), 3);
    const QJsonObject ann = list.at(0).toObject();
    EXPECT_EQ(ann.keys(), (QStringList{QStringLiteral("fan_level"), QStringLiteral("last_message"),
                                       QStringLiteral("messages"), QStringLiteral("name"),
                                       QStringLiteral("stage"), QStringLiteral("tags")}));
    EXPECT_EQ(ann.value(QStringLiteral("last_message")).toString(), QStringLiteral("2026-05-07"));
    EXPECT_EQ(ann.value(QStringLiteral("messages")).toInt(), 5);
    EXPECT_EQ(ann.value(QStringLiteral("tags")).toArray(),
              QJsonArray({QStringLiteral("a-tag"), QStringLiteral("b-tag")}));
    EXPECT_TRUE(list.at(1).toObject().value(QStringLiteral("last_message")).isNull());
    EXPECT_TRUE(list.at(2).toObject().value(QStringLiteral("stage")).isNull());
    EXPECT_TRUE(list.at(2).toObject().value(QStringLiteral("fan_level")).isNull());
}

TEST_F(MemberReportTest, LifecycleCountsEveryStageOfAGroupOrOfAll) {
    auto group = MemberReport::lifecycle(ws.db(), 1);
    ASSERT_TRUE(group.ok()) << group.error().toString().toStdString();
    ASSERT_EQ(group->size(), 5);
    QStringList keys;
    QList<int> counts;
    for (const LifecycleCount& s : *group) {
        keys << s.stage;
        counts << s.members;
    }
    EXPECT_EQ(keys, (QStringList{QStringLiteral("new"), QStringLiteral("growing"),
                                 QStringLiteral("mature"), QStringLiteral("extending"),
                                 QStringLiteral("declining")}));
    EXPECT_EQ(counts, (QList<int>{1, 0, 1, 0, 0})); // Bo new, Ann mature; Cy left, Eve unknown

    auto all = MemberReport::lifecycle(ws.db());
    ASSERT_TRUE(all.ok());
    QList<int> allCounts;
    for (const LifecycleCount& s : *all)
        allCounts << s.members;
    EXPECT_EQ(allCounts, (QList<int>{1, 0, 1, 0, 2}));

    const QJsonArray json = MemberReport::toJson(*group).value(QStringLiteral("stages")).toArray();
    ASSERT_EQ(json.size(), 5);
    EXPECT_EQ(json.at(0).toObject().value(QStringLiteral("stage")).toString(),
              QStringLiteral("new"));
    EXPECT_EQ(json.at(0).toObject().value(QStringLiteral("members")).toInt(), 1);
}
