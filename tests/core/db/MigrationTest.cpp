// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Schema.h"
#include "db/Sql.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

// A raw connection to a version-0 (empty) database, as an older build would leave behind.
class RawDatabase : public ::testing::Test {
protected:
    void SetUp() override {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("raw.sqlite")));
        ASSERT_TRUE(m_db.open());
        ASSERT_TRUE(sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON")).ok());
    }
    void TearDown() override {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    int userVersion() {
        return sql::scalar(m_db, QStringLiteral("PRAGMA user_version")).value().toInt();
    }
    QStringList tables() {
        QStringList names;
        auto q = sql::exec(m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                                "'table' ORDER BY name"));
        while (q.ok() && q->next())
            names << q->value(0).toString();
        return names;
    }

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

} // namespace

TEST_F(RawDatabase, StepOneCreatesTheWholeModel) {
    ASSERT_EQ(userVersion(), 0);
    ASSERT_TRUE(schema::applyStep(m_db, 1).ok());
    EXPECT_EQ(userVersion(), 1);
    const QStringList expected = {QStringLiteral("chat_groups"),
                                  QStringLiteral("content_exceptions"),
                                  QStringLiteral("content_items"),
                                  QStringLiteral("import_mappings"),
                                  QStringLiteral("imports"),
                                  QStringLiteral("member_day_activity"),
                                  QStringLiteral("member_identities"),
                                  QStringLiteral("member_tags"),
                                  QStringLiteral("members"),
                                  QStringLiteral("memberships"),
                                  QStringLiteral("messages"),
                                  QStringLiteral("orders"),
                                  QStringLiteral("segments"),
                                  QStringLiteral("settings"),
                                  QStringLiteral("sop_runs"),
                                  QStringLiteral("sop_steps"),
                                  QStringLiteral("sop_tasks"),
                                  QStringLiteral("sop_templates"),
                                  QStringLiteral("tag_rules"),
                                  QStringLiteral("tags"),
                                  QStringLiteral("touches")};
    EXPECT_EQ(tables(), expected);
}

TEST_F(RawDatabase, StepTwoAddsMemberStatusAndKeepsVersionOneData) {
    ASSERT_TRUE(schema::applyStep(m_db, 1).ok());
    ASSERT_TRUE(
        sql::exec(m_db, QStringLiteral("INSERT INTO members (id, display_name, "
                                       "created_at, updated_at) VALUES (7, '小林', 'x', 'x')"))
            .ok());
    ASSERT_TRUE(schema::applyStep(m_db, 2).ok());
    EXPECT_EQ(userVersion(), 2);
    EXPECT_TRUE(tables().contains(QStringLiteral("member_status")));
    EXPECT_EQ(sql::scalar(m_db, QStringLiteral("SELECT display_name FROM members WHERE id = 7"))
                  ->toString(),
              QStringLiteral("小林"));
    ASSERT_TRUE(sql::exec(m_db, QStringLiteral("INSERT INTO member_status (member_id, computed_on) "
                                               "VALUES (7, '2026-06-18')"))
                    .ok());
    EXPECT_EQ(sql::scalar(m_db, QStringLiteral("SELECT stage FROM member_status"))->toString(),
              QStringLiteral("growing"));
}

TEST_F(RawDatabase, StepThreeAddsSearchTextAndKeepsStatusRows) {
    ASSERT_TRUE(schema::applyStep(m_db, 1).ok());
    ASSERT_TRUE(schema::applyStep(m_db, 2).ok());
    ASSERT_TRUE(sql::exec(m_db, QStringLiteral("INSERT INTO members (id, display_name, created_at, "
                                               "updated_at) VALUES (7, 'a', 'x', 'x')"))
                    .ok());
    ASSERT_TRUE(sql::exec(m_db, QStringLiteral("INSERT INTO member_status (member_id, stage, "
                                               "computed_on) VALUES (7, 'mature', '2026-06-18')"))
                    .ok());
    ASSERT_TRUE(schema::applyStep(m_db, 3).ok());
    EXPECT_EQ(userVersion(), 3);
    EXPECT_EQ(sql::scalar(m_db, QStringLiteral("SELECT stage FROM member_status"))->toString(),
              QStringLiteral("mature"));
    EXPECT_TRUE(sql::exec(m_db, QStringLiteral("UPDATE member_status SET search_text = 'a'")).ok());
}

TEST_F(RawDatabase, StepFourTurnsSilentDaysIntoTheDaySilenceBegan) {
    for (int v = 1; v <= 3; ++v)
        ASSERT_TRUE(schema::applyStep(m_db, v).ok());
    for (const char* statement :
         {"INSERT INTO members (id, display_name, created_at, updated_at) VALUES (7, 'a', 'x', "
          "'x'), (8, 'b', 'x', 'x'), (9, 'c', 'x', 'x')",
          "INSERT INTO member_status (member_id, first_joined_day, last_message_day, silent_days, "
          "computed_on) VALUES (7, '2026-01-05', '2026-03-01', 9, '2026-03-10'), (8, "
          "'2026-02-01', NULL, 37, '2026-03-10'), (9, NULL, NULL, NULL, '2026-03-10')"})
        ASSERT_TRUE(sql::exec(m_db, QString::fromUtf8(statement)).ok());
    ASSERT_TRUE(schema::applyStep(m_db, 4).ok());
    EXPECT_EQ(userVersion(), 4);
    auto q = sql::exec(m_db, QStringLiteral("SELECT member_id, silent_since_day FROM "
                                            "member_status ORDER BY member_id"));
    ASSERT_TRUE(q.ok());
    QStringList since;
    while (q->next())
        since << (q->value(1).isNull() ? QStringLiteral("NULL") : q->value(1).toString());
    EXPECT_EQ(since, (QStringList{QStringLiteral("2026-03-01"), QStringLiteral("2026-02-01"),
                                  QStringLiteral("NULL")}));
    EXPECT_FALSE(sql::exec(m_db, QStringLiteral("SELECT silent_days FROM member_status")).ok())
        << "the stale count is gone";
}

TEST_F(RawDatabase, StepFiveRebuildsStaysTagsAndStatusKeepingRowsAndChecks) {
    for (int v = 1; v <= 4; ++v)
        ASSERT_TRUE(schema::applyStep(m_db, v).ok());
    for (const char* statement :
         {"INSERT INTO chat_groups (id, name, platform, created_at) VALUES (1, 'g', 'wechat', 'x')",
          "INSERT INTO tags (id, name) VALUES (3, 't')",
          "INSERT INTO members (id, display_name, created_at, updated_at) VALUES (7, 'a', 'x', "
          "'x')",
          "INSERT INTO memberships (id, group_id, member_id, role, joined_at, left_at, leave_kind) "
          "VALUES (11, 1, 7, 'koc', '2026-01-05', '2026-02-01', 'left')",
          "INSERT INTO member_tags (member_id, tag_id, origin, created_at) VALUES (7, 3, 'rule', "
          "'x')",
          "INSERT INTO member_status (member_id, stage, fan_level, computed_on, search_text, "
          "silent_since_day) VALUES (7, 'declining', 'advocate', '2026-03-10', 'a', "
          "'2026-02-01')"})
        ASSERT_TRUE(sql::exec(m_db, QString::fromUtf8(statement)).ok()) << statement;
    ASSERT_TRUE(schema::applyStep(m_db, 5).ok());
    EXPECT_EQ(userVersion(), 5);

    const auto text = [&](const char* statement) {
        auto value = sql::scalar(m_db, QString::fromUtf8(statement));
        return value.ok() ? value->toString() : QStringLiteral("<error>");
    };
    EXPECT_EQ(text("SELECT id || role || left_at || leave_kind FROM memberships"),
              QStringLiteral("11koc2026-02-01left"));
    EXPECT_EQ(text("SELECT origin FROM member_tags WHERE member_id = 7 AND tag_id = 3"),
              QStringLiteral("rule"));
    EXPECT_EQ(text("SELECT stage || fan_level || search_text || silent_since_day FROM "
                   "member_status"),
              QStringLiteral("decliningadvocatea2026-02-01"));
    for (const char* index :
         {"idx_memberships_group", "idx_memberships_member", "idx_member_tags_tag",
          "idx_member_status_stage", "idx_member_status_last", "idx_member_status_silent"}) {
        EXPECT_EQ(text(qPrintable(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name "
                                                 "= '%1'")
                                      .arg(QString::fromUtf8(index)))),
                  QStringLiteral("1"))
            << index;
    }
    // The words allowed are the same as before; anything else is still refused.
    for (const char* refused :
         {"UPDATE memberships SET role = 'boss'", "UPDATE member_tags SET origin = 'guess'",
          "UPDATE member_status SET stage = 'asleep'", "UPDATE member_status SET fan_level = 'fan'",
          "UPDATE memberships SET left_at = '2025-01-01'"})
        EXPECT_FALSE(sql::exec(m_db, QString::fromUtf8(refused)).ok()) << refused;
    for (const char* allowed :
         {"UPDATE memberships SET role = 'assistant'", "UPDATE member_tags SET origin = 'import'",
          "UPDATE member_status SET stage = 'new', fan_level = 'observer'"})
        EXPECT_TRUE(sql::exec(m_db, QString::fromUtf8(allowed)).ok()) << allowed;
    // Foreign keys still hold: deleting the member takes its stay, tag and status along.
    ASSERT_TRUE(sql::exec(m_db, QStringLiteral("DELETE FROM members WHERE id = 7")).ok());
    EXPECT_EQ(text("SELECT (SELECT COUNT(*) FROM memberships) + (SELECT COUNT(*) FROM "
                   "member_tags) + (SELECT COUNT(*) FROM member_status)"),
              QStringLiteral("0"));
}

TEST_F(RawDatabase, StepFiveKeepsRowsOfBrokenOldDataAndTurnsForeignKeysBackOn) {
    for (int v = 1; v <= 4; ++v)
        ASSERT_TRUE(schema::applyStep(m_db, v).ok());
    // A tag of a member who is gone, written with foreign keys off by some older build.
    ASSERT_TRUE(sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    ASSERT_TRUE(sql::exec(m_db, QStringLiteral("INSERT INTO member_tags (member_id, tag_id, "
                                               "created_at) VALUES (404, 405, 'x')"))
                    .ok());
    ASSERT_TRUE(sql::exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON")).ok());
    const Status step = schema::applyStep(m_db, 5);
    ASSERT_TRUE(step.ok()) << qPrintable(step.error().message);
    EXPECT_EQ(sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM member_tags"))->toInt(), 1)
        << "the workspace opens; the integrity check still reports the orphan";
    EXPECT_EQ(sql::scalar(m_db, QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
}

TEST_F(RawDatabase, StepEightGivesSopsUidsTasksTheirDayAndRunsTheirTargets) {
    for (int v = 1; v <= 7; ++v)
        ASSERT_TRUE(schema::applyStep(m_db, v).ok());
    for (const char* statement :
         {"INSERT INTO chat_groups (id, name, created_at) VALUES (1, 'g', 'x')",
          "INSERT INTO members (id, display_name, created_at, updated_at) VALUES (7, 'a', 'x', "
          "'x')",
          "INSERT INTO sop_templates (id, name, created_at, updated_at) VALUES (2, 's', 'x', 'x')",
          "INSERT INTO sop_steps (id, template_id, position, title) VALUES (3, 2, 1, 'hi')",
          "INSERT INTO sop_runs (id, template_id, target_kind, group_id, started_on, created_at) "
          "VALUES (4, 2, 'group', 1, '2026-05-01', 'x')",
          "INSERT INTO sop_tasks (id, run_id, step_id, member_id, group_id, due_at) VALUES (5, 4, "
          "3, 7, 1, '2026-05-01T12:00:00Z')"})
        ASSERT_TRUE(sql::exec(m_db, QString::fromUtf8(statement)).ok()) << statement;
    ASSERT_TRUE(schema::applyStep(m_db, 8).ok());
    EXPECT_EQ(userVersion(), 8);
    const auto text = [&](const char* statement) {
        auto value = sql::scalar(m_db, QString::fromUtf8(statement));
        return value.ok() ? value->toString() : QStringLiteral("<error>");
    };
    EXPECT_EQ(text("SELECT length(uid) || scenario FROM sop_templates"),
              QStringLiteral("32new_member"));
    EXPECT_EQ(text("SELECT occurrence FROM sop_tasks"), QStringLiteral("2026-05-01"));
    EXPECT_EQ(text("SELECT member_id || group_id || anchor_day || status FROM sop_run_targets"),
              QStringLiteral("712026-05-01active"));
    EXPECT_EQ(text("SELECT repeat_days FROM sop_steps"), QStringLiteral("0"));
    // One task per run, step, member and day.
    EXPECT_FALSE(sql::exec(m_db, QStringLiteral("INSERT INTO sop_tasks (run_id, step_id, "
                                                "member_id, due_at, occurrence) VALUES (4, 3, 7, "
                                                "'2026-05-01T13:00:00Z', '2026-05-01')"))
                     .ok());
    EXPECT_FALSE(sql::exec(m_db, QStringLiteral("INSERT INTO sop_templates (name, uid, "
                                                "created_at, updated_at) SELECT 't', uid, 'x', "
                                                "'x' FROM sop_templates"))
                     .ok())
        << "uids are unique";
}

TEST_F(RawDatabase, MigrateFromZeroReachesCurrentVersion) {
    ASSERT_TRUE(schema::migrate(m_db, 0).ok());
    EXPECT_EQ(userVersion(), schema::kCurrentVersion);
    auto appId = sql::scalar(m_db, QStringLiteral("PRAGMA application_id"));
    EXPECT_EQ(appId->toLongLong(), schema::kApplicationId);
}

TEST_F(RawDatabase, FailedStepRollsBackAndKeepsVersion) {
    // A table in the way makes step 1 fail half-way; nothing of it may remain.
    ASSERT_TRUE(sql::exec(m_db, QStringLiteral("CREATE TABLE touches (x INTEGER)")).ok());
    const Status status = schema::applyStep(m_db, 1);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(userVersion(), 0);
    EXPECT_EQ(tables(), QStringList{QStringLiteral("touches")});
}

// Found by the crash test (tests/crash): a migration killed after its first steps committed
// left a workspace at a version between the old and the new one.
TEST_F(RawDatabase, MigrationIsOneTransactionAFailedLaterStepKeepsTheStartVersion) {
    ASSERT_TRUE(schema::applyStep(m_db, 1).ok());
    // An index in the way makes step 4 fail, after steps 2 and 3 ran.
    ASSERT_TRUE(
        sql::exec(m_db, QStringLiteral("CREATE INDEX idx_members_phone ON members(phone)")).ok());
    const Status status = schema::migrate(m_db, 1);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(userVersion(), 1);
    EXPECT_FALSE(tables().contains(QStringLiteral("member_status")))
        << "step 2's table stayed behind";
    EXPECT_EQ(sql::scalar(m_db, QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
}

TEST_F(RawDatabase, UnknownStepIsAnError) {
    EXPECT_FALSE(schema::applyStep(m_db, schema::kCurrentVersion + 1).ok());
    EXPECT_EQ(userVersion(), 0);
}

TEST_F(RawDatabase, MigrateOnCurrentVersionIsANoOp) {
    ASSERT_TRUE(schema::migrate(m_db, 0).ok());
    ASSERT_TRUE(schema::migrate(m_db, schema::kCurrentVersion).ok());
    EXPECT_EQ(userVersion(), schema::kCurrentVersion);
}

TEST_F(RawDatabase, SchemaEnforcesChecksAndCascades) {
    ASSERT_TRUE(schema::migrate(m_db, 0).ok());
    EXPECT_FALSE(sql::exec(m_db, QStringLiteral("INSERT INTO memberships (group_id, member_id, "
                                                "joined_at, role) VALUES (1, 1, 'x', 'boss')"))
                     .ok());
    ASSERT_TRUE(sql::exec(m_db, QStringLiteral("INSERT INTO chat_groups (id, name, created_at) "
                                               "VALUES (1, 'g', '2026-01-01T00:00:00Z')"))
                    .ok());
    ASSERT_TRUE(sql::exec(m_db, QStringLiteral("INSERT INTO members (id, display_name, "
                                               "created_at, updated_at) VALUES (1, 'm', 'x', 'x')"))
                    .ok());
    ASSERT_TRUE(sql::exec(m_db, QStringLiteral("INSERT INTO memberships (group_id, member_id, "
                                               "joined_at) VALUES (1, 1, '2026-01-01T00:00:00Z')"))
                    .ok());
    ASSERT_TRUE(sql::exec(m_db, QStringLiteral("DELETE FROM chat_groups WHERE id = 1")).ok());
    EXPECT_EQ(sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM memberships"))->toInt(), 0);
}

TEST_F(RawDatabase, StepSixIndexesActivityByGroupAndDayAndOrdersByTimeKeepingRows) {
    for (int v = 1; v <= 5; ++v)
        ASSERT_TRUE(schema::applyStep(m_db, v).ok());
    for (const char* statement :
         {"INSERT INTO chat_groups (id, name, platform, created_at) VALUES (1, 'g', 'wechat', 'x')",
          "INSERT INTO members (id, display_name, created_at, updated_at) VALUES (7, 'a', 'x', "
          "'x')",
          "INSERT INTO member_day_activity (group_id, member_id, day, messages) VALUES (1, 7, "
          "'2026-06-01', 4)",
          "INSERT INTO orders (member_id, group_id, ordered_at, amount_cents, currency, "
          "created_at) VALUES (7, 1, '2026-06-01T02:00:00Z', 990, 'USD', 'x')"})
        ASSERT_TRUE(sql::exec(m_db, QString::fromUtf8(statement)).ok()) << statement;
    ASSERT_TRUE(schema::applyStep(m_db, 6).ok());
    EXPECT_EQ(userVersion(), 6);

    const auto indexColumns = [&](const char* index) {
        QStringList columns;
        auto q = sql::exec(m_db, QStringLiteral("PRAGMA index_info(%1)").arg(QLatin1String(index)));
        while (q.ok() && q->next())
            columns << q->value(2).toString();
        return columns;
    };
    EXPECT_EQ(indexColumns("idx_activity_group_day"),
              QStringList({QStringLiteral("group_id"), QStringLiteral("day"),
                           QStringLiteral("member_id"), QStringLiteral("messages")}));
    EXPECT_EQ(indexColumns("idx_orders_ordered"), QStringList({QStringLiteral("ordered_at")}));
    EXPECT_TRUE(indexColumns("idx_activity_day").isEmpty()); // replaced
    EXPECT_EQ(
        sql::scalar(m_db, QStringLiteral("SELECT messages FROM member_day_activity"))->toInt(), 4);
    EXPECT_EQ(sql::scalar(m_db, QStringLiteral("SELECT currency FROM orders"))->toString(),
              QStringLiteral("USD"));
}

TEST_F(RawDatabase, StepNineAddsTheGroupAggregatesCountingStoredMessages) {
    for (int v = 1; v <= 8; ++v)
        ASSERT_TRUE(schema::applyStep(m_db, v).ok());
    for (const char* statement :
         {"INSERT INTO chat_groups (id, name, platform, created_at) VALUES (1, 'g', 'wechat', 'x')",
          "INSERT INTO members (id, display_name, created_at, updated_at) VALUES (7, 'a', 'x', "
          "'x'), (8, 'b', 'x', 'x')",
          "INSERT INTO messages (group_id, member_id, sent_at, day, source_id) VALUES "
          "(1, 7, '2026-06-01T02:00:00Z', '2026-06-01', 'a'), "
          "(1, 7, '2026-06-01T03:00:00Z', '2026-06-01', 'b'), "
          "(1, 8, '2026-06-01T04:00:00Z', '2026-06-01', 'c'), "
          "(1, 8, '2026-06-02T04:00:00Z', '2026-06-02', 'd')"})
        ASSERT_TRUE(sql::exec(m_db, QString::fromUtf8(statement)).ok()) << statement;
    ASSERT_TRUE(schema::applyStep(m_db, 9).ok());
    EXPECT_EQ(userVersion(), 9);
    QStringList days;
    auto q = sql::exec(m_db, QStringLiteral("SELECT day, messages, active_members FROM "
                                            "group_day_activity ORDER BY day"));
    while (q.ok() && q->next())
        days << QStringLiteral("%1 %2 %3")
                    .arg(q->value(0).toString(), q->value(1).toString(), q->value(2).toString());
    EXPECT_EQ(days,
              (QStringList{QStringLiteral("2026-06-01 3 2"), QStringLiteral("2026-06-02 1 1")}));
    // The hours need the workspace's zone: Database::open fills them (DatabaseTest).
    EXPECT_EQ(
        sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM group_hour_activity"))->toInt(), 0);
    EXPECT_FALSE(sql::exec(m_db, QStringLiteral("INSERT INTO group_hour_activity (group_id, day, "
                                                "hour, messages) VALUES (1, 'x', 24, 1)"))
                     .ok());
}
