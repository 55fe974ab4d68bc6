// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/MemberSnapshot.h"

#include "TempWorkspace.h"
#include "db/Sql.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

void run(Database& db, const char* statement) {
    auto q = sql::exec(db.connection(), QString::fromUtf8(statement));
    ASSERT_TRUE(q.ok()) << statement << ": " << q.error().toString().toStdString();
}

// Every row of a table as text, in rowid order: equal dumps mean identical contents.
QString dump(Database& db, const QString& table) {
    auto q =
        sql::exec(db.connection(), QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
    EXPECT_TRUE(q.ok());
    QStringList lines;
    while (q.ok() && q->next()) {
        QStringList cells;
        for (int i = 0; i < q->record().count(); ++i)
            cells << (q->value(i).isNull() ? QStringLiteral("∅") : q->value(i).toString());
        lines << cells.join(QLatin1Char('|'));
    }
    lines.sort(); // tables without an integer key get new rowids on restore
    return lines.join(QLatin1Char('\n'));
}

const QStringList kTables = {QStringLiteral("members"),       QStringLiteral("member_identities"),
                             QStringLiteral("memberships"),   QStringLiteral("member_tags"),
                             QStringLiteral("member_status"), QStringLiteral("member_day_activity"),
                             QStringLiteral("touches"),       QStringLiteral("sop_runs"),
                             QStringLiteral("sop_tasks"),     QStringLiteral("messages"),
                             QStringLiteral("orders"),        QStringLiteral("tags"),
                             QStringLiteral("chat_groups")};

QMap<QString, QString> dumpAll(Database& db) {
    QMap<QString, QString> all;
    for (const QString& t : kTables)
        all.insert(t, dump(db, t));
    return all;
}

// Members 1..5: 2 invited by 1, 3 and 4 linked to 1 as one person, 5 invited by 2; 1 and 2
// have identities, memberships, tags, status, activity, touches, an SOP run with tasks,
// messages and orders.
void seed(Database& db) {
    run(db, "INSERT INTO chat_groups (id, name, created_at) VALUES (1, '宝妈群', "
            "'2026-01-01T00:00:00Z')");
    run(db, "INSERT INTO members (id, display_name, created_at, updated_at) VALUES "
            "(1, '小红', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    run(db, "INSERT INTO members (id, display_name, referrer_id, city, created_at, updated_at) "
            "VALUES (2, '小明', 1, '杭州', '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z')");
    run(db, "INSERT INTO members (id, display_name, person_id, created_at, updated_at) VALUES "
            "(3, 'Red', 1, '2026-01-03T00:00:00Z', '2026-01-03T00:00:00Z'), "
            "(4, 'Hong', 1, '2026-01-03T00:00:00Z', '2026-01-03T00:00:00Z')");
    run(db, "INSERT INTO members (id, display_name, referrer_id, created_at, updated_at) VALUES "
            "(5, '阿五', 2, '2026-01-04T00:00:00Z', '2026-01-04T00:00:00Z')");
    run(db, "INSERT INTO member_identities (id, member_id, platform, platform_uid, handle) VALUES "
            "(10, 1, 'wechat', 'u1', 'xh'), (11, 2, 'wechat', 'u2', 'xm'), (12, 3, 'telegram', "
            "'t3', 'red')");
    run(db, "INSERT INTO memberships (id, group_id, member_id, role, joined_at) VALUES "
            "(20, 1, 1, 'admin', '2026-01-01T00:00:00Z'), (21, 1, 2, 'member', "
            "'2026-01-02T00:00:00Z'), "
            "(22, 1, 5, 'member', '2026-01-04T00:00:00Z')");
    run(db, "INSERT INTO tags (id, name) VALUES (30, 'VIP'), (31, '宝妈')");
    run(db, "INSERT INTO member_tags (member_id, tag_id, origin, created_at) VALUES "
            "(1, 30, 'manual', '2026-02-01T00:00:00Z'), (2, 31, 'rule', '2026-02-02T00:00:00Z'), "
            "(5, 30, 'import', '2026-02-03T00:00:00Z')");
    run(db, "INSERT INTO member_status (member_id, stage, messages, computed_on) VALUES "
            "(1, 'mature', 3, '2026-03-01'), (2, 'declining', 1, '2026-03-01')");
    run(db, "INSERT INTO member_day_activity (group_id, member_id, day, messages) VALUES "
            "(1, 1, '2026-02-01', 2), (1, 2, '2026-02-02', 1), (1, 5, '2026-02-02', 4)");
    run(db, "INSERT INTO messages (id, group_id, member_id, sent_at, day, body, source_id) VALUES "
            "(40, 1, 1, '2026-02-01T01:00:00Z', '2026-02-01', 'hi', 's40'), "
            "(41, 1, 2, '2026-02-02T01:00:00Z', '2026-02-02', 'yo', 's41'), "
            "(42, 1, 5, '2026-02-02T02:00:00Z', '2026-02-02', 'ok', 's42')");
    run(db, "INSERT INTO orders (id, member_id, group_id, ordered_at, amount_cents, created_at) "
            "VALUES (50, 1, 1, '2026-02-05T00:00:00Z', 9900, '2026-02-05T00:00:00Z'), "
            "(51, 5, 1, '2026-02-06T00:00:00Z', 1200, '2026-02-06T00:00:00Z')");
    run(db, "INSERT INTO sop_templates (id, name, created_at, updated_at) VALUES "
            "(60, 'welcome', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    run(db, "INSERT INTO sop_steps (id, template_id, position, title) VALUES (61, 60, 1, 'hello')");
    run(db,
        "INSERT INTO sop_runs (id, template_id, target_kind, member_id, started_on, created_at) "
        "VALUES (70, 60, 'member', 1, '2026-02-01', '2026-02-01T00:00:00Z')");
    // Task 81 belongs to member 5 but to member 1's run: it goes with the run.
    run(db,
        "INSERT INTO sop_tasks (id, run_id, step_id, member_id, group_id, due_at) VALUES "
        "(80, 70, 61, 1, 1, '2026-02-01T12:00:00Z'), (81, 70, 61, 5, 1, '2026-02-01T12:00:00Z')");
    run(db, "INSERT INTO touches (id, member_id, group_id, channel, touched_at, note, sop_task_id) "
            "VALUES (90, 1, 1, 'private', '2026-02-01T12:00:00Z', 'note', 80), "
            "(91, 5, 1, 'group', '2026-02-01T13:00:00Z', NULL, 81)");
}

int count(Database& db, const char* statement) {
    return sql::scalar(db.connection(), QString::fromUtf8(statement), {}, 0)->toInt();
}

} // namespace

TEST(MemberSnapshot, CaptureDeleteRestoreGivesIdenticalTables) {
    test::TempWorkspace ws;
    seed(ws.db());
    const auto before = dumpAll(ws.db());

    auto snapshot = MemberSnapshot::captureAndRemove(ws.db(), {1, 2});
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().toString().toStdString();
    EXPECT_EQ(count(ws.db(), "SELECT COUNT(*) FROM members"), 3);
    EXPECT_EQ(count(ws.db(), "SELECT COUNT(*) FROM member_tags"), 1);
    EXPECT_EQ(count(ws.db(), "SELECT COUNT(*) FROM messages WHERE member_id IS NULL"), 2);
    EXPECT_EQ(count(ws.db(), "SELECT COUNT(*) FROM sop_tasks"), 0);
    EXPECT_EQ(count(ws.db(), "SELECT COUNT(*) FROM members WHERE person_id IS NULL"),
              2); // 3 re-rooted, 5
    EXPECT_EQ(snapshot->rows(QStringLiteral("members")).size(), 2);
    EXPECT_EQ(snapshot->rows(QStringLiteral("sop_tasks")).size(), 2);
    EXPECT_NE(dumpAll(ws.db()), before);

    ASSERT_TRUE(snapshot->restore(ws.db()).ok());
    const auto after = dumpAll(ws.db());
    for (const QString& table : kTables)
        EXPECT_EQ(after.value(table), before.value(table)) << table.toStdString();
}

TEST(MemberSnapshot, RestoresAPersonRootWithItsFollowers) {
    test::TempWorkspace ws;
    seed(ws.db());
    const auto before = dumpAll(ws.db());
    auto snapshot = MemberSnapshot::captureAndRemove(ws.db(), {1});
    ASSERT_TRUE(snapshot.ok());
    // Re-rooted: member 3 is the new root, 4 follows it.
    EXPECT_EQ(count(ws.db(), "SELECT person_id FROM members WHERE id = 4"), 3);
    ASSERT_TRUE(snapshot->restore(ws.db()).ok());
    EXPECT_EQ(dumpAll(ws.db()), before);
}

TEST(MemberSnapshot, RestoreIsAllOrNothing) {
    test::TempWorkspace ws;
    seed(ws.db());
    auto snapshot = MemberSnapshot::capture(ws.db(), {2});
    ASSERT_TRUE(snapshot.ok());
    // Member 2 still exists, so inserting it again fails and nothing changes.
    const auto before = dumpAll(ws.db());
    EXPECT_FALSE(snapshot->restore(ws.db()).ok());
    EXPECT_EQ(dumpAll(ws.db()), before);
}

TEST(MemberTagRows, UntagThenRestoreKeepsOriginAndTime) {
    test::TempWorkspace ws;
    seed(ws.db());
    const QString before = dump(ws.db(), QStringLiteral("member_tags"));
    auto rows = MemberTagRows::capture(ws.db(), {1, 2, 5}, 30);
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->memberIds(), (QList<qint64>{1, 5}));
    run(ws.db(), "DELETE FROM member_tags WHERE tag_id = 30");
    ASSERT_TRUE(rows->restore(ws.db()).ok());
    EXPECT_EQ(dump(ws.db(), QStringLiteral("member_tags")), before);
}
