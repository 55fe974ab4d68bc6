// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "DemoTestSupport.h"
#include "TempWorkspace.h"
#include "db/Sql.h"

#include <gtest/gtest.h>
#include <memory>

using namespace qundesk;

namespace {

// One scale-1 demo shared by the shape tests (generating it is the slow part).
class DemoShape : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_ws = std::make_unique<test::TempWorkspace>();
        auto stats = DemoWorkspace::generate(s_ws->db(), test::demoOptions());
        ASSERT_TRUE(stats.ok()) << stats.error().toString().toStdString();
    }
    static void TearDownTestSuite() { s_ws.reset(); }

    static qint64 count(const char* statement) {
        return test::count(s_ws->db(), QString::fromUtf8(statement));
    }

    static std::unique_ptr<test::TempWorkspace> s_ws;
};

std::unique_ptr<test::TempWorkspace> DemoShape::s_ws;

} // namespace

TEST_F(DemoShape, IntegrityCheckPasses) {
    const Status status = s_ws->db().checkIntegrity();
    EXPECT_TRUE(status.ok()) << status.error().toString().toStdString();
}

TEST_F(DemoShape, SixGroupsOnFivePlatforms) {
    EXPECT_EQ(count("SELECT COUNT(*) FROM chat_groups"), 6);
    EXPECT_EQ(count("SELECT COUNT(DISTINCT platform) FROM chat_groups"), 5);
    EXPECT_EQ(count("SELECT capacity FROM chat_groups WHERE name = '新人福利群'"), 500);
    EXPECT_EQ(count("SELECT capacity FROM chat_groups WHERE name = 'VIP会员群'"), 200);
    EXPECT_EQ(count("SELECT COUNT(*) FROM chat_groups WHERE welcome_script LIKE '%{nickname}%' "
                    "AND welcome_script LIKE '%{group}%'"),
              6);
    EXPECT_EQ(count("SELECT COUNT(*) FROM chat_groups WHERE operator_name IS NULL"), 0);
}

TEST_F(DemoShape, AboutFifteenHundredMembers) {
    const qint64 members = count("SELECT COUNT(*) FROM members");
    EXPECT_GE(members, 1300);
    EXPECT_LE(members, 1700);
    // Some people sit in two or three groups.
    EXPECT_GT(count("SELECT COUNT(*) FROM (SELECT member_id FROM memberships GROUP BY member_id "
                    "HAVING COUNT(*) >= 2)"),
              100);
    EXPECT_GT(count("SELECT COUNT(*) FROM (SELECT member_id FROM memberships GROUP BY member_id "
                    "HAVING COUNT(*) >= 3)"),
              5);
    // No group holds more members at the end than its capacity.
    EXPECT_EQ(count("SELECT COUNT(*) FROM chat_groups g WHERE (SELECT COUNT(*) FROM memberships m "
                    "WHERE m.group_id = g.id AND m.left_at IS NULL) > g.capacity"),
              0);
}

TEST_F(DemoShape, EveryMemberHasAnIdentityAndAStay) {
    EXPECT_EQ(count("SELECT COUNT(*) FROM members m WHERE NOT EXISTS (SELECT 1 FROM "
                    "member_identities i WHERE i.member_id = m.id)"),
              0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM members m WHERE NOT EXISTS (SELECT 1 FROM memberships s "
                    "WHERE s.member_id = m.id)"),
              0);
    EXPECT_GT(count("SELECT COUNT(*) FROM (SELECT member_id FROM member_identities GROUP BY "
                    "member_id HAVING COUNT(*) >= 2)"),
              10);
}

TEST_F(DemoShape, ActivityEqualsAggregatedMessages) {
    EXPECT_EQ(
        count("SELECT COUNT(*) FROM member_day_activity"),
        count("SELECT COUNT(*) FROM (SELECT 1 FROM messages GROUP BY group_id, member_id, day)"));
    EXPECT_EQ(
        count("SELECT COUNT(*) FROM member_day_activity a LEFT JOIN (SELECT group_id, "
              "member_id, day, COUNT(*) AS n FROM messages GROUP BY group_id, member_id, day) "
              "m ON m.group_id = a.group_id AND m.member_id = a.member_id AND m.day = a.day "
              "WHERE m.n IS NULL OR m.n <> a.messages"),
        0);
    EXPECT_EQ(count("SELECT SUM(messages) FROM member_day_activity"),
              count("SELECT COUNT(*) FROM messages"));
}

TEST_F(DemoShape, MessagesStayInsideTheWindowAndTheStay) {
    EXPECT_EQ(count("SELECT MIN(day) = '2026-02-21' AND MAX(day) = '2026-06-20' FROM messages"), 1);
    // Nobody speaks in a group before joining it or after leaving it.
    EXPECT_EQ(count("SELECT COUNT(*) FROM messages x WHERE NOT EXISTS (SELECT 1 FROM memberships s "
                    "INDEXED BY "
                    "idx_memberships_member WHERE s.group_id = x.group_id AND s.member_id = "
                    "x.member_id AND s.joined_at <= "
                    "x.sent_at AND (s.left_at IS NULL OR s.left_at >= x.sent_at))"),
              0);
    // day is the Shanghai calendar day of sent_at (UTC+8, no daylight saving).
    EXPECT_EQ(count("SELECT COUNT(*) FROM messages WHERE day <> date(sent_at, '+8 hours')"), 0);
    EXPECT_EQ(
        count("SELECT COUNT(*) FROM settings WHERE key = 'time_zone' AND value = 'Asia/Shanghai'"),
        1);
}

TEST_F(DemoShape, ReferrersAreEarlierMembersInDeepTrees) {
    EXPECT_GT(count("SELECT COUNT(*) FROM members WHERE referrer_id IS NOT NULL"), 100);
    EXPECT_EQ(count("SELECT COUNT(*) FROM members m JOIN members r ON r.id = m.referrer_id "
                    "WHERE r.id >= m.id OR r.created_at > m.created_at"),
              0);
    // At least three levels: someone whose referrer's referrer was referred too.
    EXPECT_GT(count("SELECT COUNT(*) FROM members a JOIN members b ON b.id = a.referrer_id "
                    "JOIN members c ON c.id = b.referrer_id WHERE c.referrer_id IS NOT NULL"),
              0);
}

TEST_F(DemoShape, LongTailAndDailyRhythm) {
    const qint64 members = count("SELECT COUNT(*) FROM members");
    const qint64 silent = count("SELECT COUNT(*) FROM members m WHERE NOT EXISTS (SELECT 1 FROM "
                                "messages x WHERE x.member_id = m.id)");
    EXPECT_GT(silent, members / 4) << "lurkers who never posted";
    EXPECT_LT(silent, members * 3 / 4);
    const qint64 messages = count("SELECT COUNT(*) FROM messages");
    EXPECT_GT(messages, 60000);
    EXPECT_LT(messages, 160000);
    // Local hour = UTC hour + 8 in Shanghai.
    const qint64 at3 =
        count("SELECT COUNT(*) FROM messages WHERE strftime('%H', sent_at, '+8 hours') = '03'");
    const qint64 at20 =
        count("SELECT COUNT(*) FROM messages WHERE strftime('%H', sent_at, '+8 hours') = '20'");
    EXPECT_GT(at20, 20 * at3);
    // The most active tenth of posters writes most of the messages.
    EXPECT_GT(
        count("SELECT SUM(n) FROM (SELECT COUNT(*) AS n FROM messages GROUP BY member_id "
              "ORDER BY n DESC LIMIT (SELECT COUNT(DISTINCT member_id) / 10 FROM messages))") *
            2,
        messages);
    EXPECT_GT(count("SELECT COUNT(*) FROM memberships WHERE role IN ('koc', 'kol')"), 10);
    EXPECT_EQ(count("SELECT COUNT(*) FROM memberships WHERE role = 'owner'"), 6);
}

TEST_F(DemoShape, JoinsAndLeavesInTheWindow) {
    EXPECT_GT(count("SELECT COUNT(*) FROM memberships WHERE joined_at >= '2026-02-21'"), 200);
    EXPECT_GT(count("SELECT COUNT(*) FROM memberships WHERE joined_at < '2026-02-20'"), 600);
    EXPECT_GT(count("SELECT COUNT(*) FROM memberships WHERE leave_kind = 'left'"), 50);
    EXPECT_GT(count("SELECT COUNT(*) FROM memberships WHERE leave_kind = 'removed'"), 5);
    EXPECT_EQ(
        count("SELECT COUNT(*) FROM memberships WHERE (left_at IS NULL) <> (leave_kind IS NULL)"),
        0);
}

TEST_F(DemoShape, OrdersTagsAndPlans) {
    const qint64 buyers = count("SELECT COUNT(DISTINCT member_id) FROM orders");
    EXPECT_GT(buyers, 200);
    EXPECT_GT(count("SELECT COUNT(*) FROM (SELECT member_id FROM orders GROUP BY member_id HAVING "
                    "COUNT(*) >= 2)"),
              50);
    EXPECT_EQ(count("SELECT COUNT(*) FROM orders WHERE amount_cents <= 0 OR currency <> 'CNY'"), 0);
    EXPECT_GE(count("SELECT COUNT(*) FROM tags WHERE name IN ('高意向', '宝妈', '老客户', 'KOC', "
                    "'沉默用户', 'VIP')"),
              6);
    EXPECT_GT(count("SELECT COUNT(*) FROM member_tags"), 300);
    EXPECT_GE(count("SELECT COUNT(*) FROM tag_rules WHERE json_valid(definition)"), 3);
    EXPECT_GE(count("SELECT COUNT(*) FROM segments WHERE json_valid(definition)"), 3);
    // Four weeks of content from today, on every channel, some of them series.
    EXPECT_EQ(count("SELECT MIN(starts_at) >= '2026-06-20' AND MAX(starts_at) < '2026-07-18' FROM "
                    "content_items"),
              1);
    EXPECT_EQ(count("SELECT COUNT(DISTINCT channel) FROM content_items"), 4);
    EXPECT_GE(
        count("SELECT COUNT(*) FROM content_items WHERE rrule = 'FREQ=WEEKLY;BYDAY=MO,WE,FR'"), 1);
    EXPECT_GE(
        count("SELECT COUNT(*) FROM sop_templates WHERE name IN ('新人7天破冰SOP', '沉默唤醒SOP')"),
        2);
    EXPECT_GE(count("SELECT COUNT(*) FROM sop_steps"), 8);
    EXPECT_GT(count("SELECT COUNT(*) FROM sop_tasks WHERE status = 'done'"), 10);
    EXPECT_GT(count("SELECT COUNT(*) FROM sop_tasks WHERE status = 'pending'"), 10);
    EXPECT_EQ(count("SELECT COUNT(*) FROM sop_tasks t WHERE t.status = 'done' AND NOT EXISTS "
                    "(SELECT 1 FROM touches x WHERE x.sop_task_id = t.id)"),
              0);
}
