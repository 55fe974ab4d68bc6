// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/TimeZoneChange.h"

#include "RulesFixture.h"
#include "rules/DailyRefresh.h"
#include "store/ActivityStore.h"
#include "util/Time.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <gtest/gtest.h>

using namespace qundesk;

namespace {

const QTimeZone kNewYork("America/New_York");
const QTimeZone kShanghai("Asia/Shanghai");

QDateTime utc(const char* text) {
    return time::fromStorage(QString::fromLatin1(text));
}

class TimeZoneChangeTest : public test::RulesFixture {
protected:
    void SetUp() override {
        RulesFixture::SetUp();
        // 12:00 UTC: 7 April in both zones (20:00 in Shanghai, 08:00 in New York).
        time::setFixedNow(utc("2026-04-07T12:00:00Z"));
    }
    void TearDown() override { time::setFixedNow({}); }

    void message(qint64 memberId, const QDateTime& at, const QString& source, qint64 group = 1) {
        Message m;
        m.memberId = memberId;
        m.sentAt = at;
        m.sourceId = source;
        auto added = ActivityStore(ws.db()).addMessages(group, {m});
        ASSERT_TRUE(added.ok()) << added.error().message.toStdString();
        ASSERT_EQ(added->inserted, 1);
    }

    // Every row of the tables a zone change may touch, as text, in a fixed order.
    QStringList dump() {
        QStringList rows;
        const QStringList statements = {
            QStringLiteral("SELECT id, sent_at, day FROM messages ORDER BY id"),
            QStringLiteral("SELECT group_id, member_id, day, messages FROM member_day_activity "
                           "ORDER BY 1, 2, 3"),
            QStringLiteral("SELECT * FROM member_status ORDER BY member_id"),
            QStringLiteral("SELECT member_id, tag_id, origin FROM member_tags ORDER BY 1, 2"),
            QStringLiteral("SELECT * FROM settings ORDER BY key"),
            QStringLiteral("SELECT id, due_at FROM sop_tasks ORDER BY id"),
            QStringLiteral("SELECT id, starts_at FROM content_items ORDER BY id"),
        };
        for (const QString& statement : statements) {
            auto q = sql::exec(ws.db().connection(), statement);
            EXPECT_TRUE(q.ok());
            if (!q)
                continue;
            while (q->next()) {
                QStringList cells;
                for (int i = 0; i < q->record().count(); ++i)
                    cells << q->value(i).toString();
                rows << cells.join(QLatin1Char('|'));
            }
        }
        return rows;
    }

    // Every stored message day equals its instant's day in `zone`, and the aggregate equals a
    // fresh count of the messages.
    void expectDaysIn(const QTimeZone& zone) {
        auto q =
            sql::exec(ws.db().connection(), QStringLiteral("SELECT sent_at, day FROM messages"));
        ASSERT_TRUE(q.ok());
        int rows = 0;
        while (q->next()) {
            ++rows;
            const QDateTime sent = time::fromStorage(q->value(0).toString());
            EXPECT_EQ(q->value(1).toString(), time::dayToStorage(time::localDay(sent, zone)))
                << q->value(0).toString().toStdString() << " in " << zone.id().constData();
        }
        EXPECT_GT(rows, 0);
        auto mismatch = sql::scalar(
            ws.db().connection(),
            QStringLiteral("SELECT (SELECT COUNT(*) FROM (SELECT group_id, member_id, day, "
                           "COUNT(*) FROM messages WHERE member_id IS NOT NULL GROUP BY 1, 2, 3 "
                           "EXCEPT SELECT group_id, member_id, day, messages FROM "
                           "member_day_activity)) + (SELECT COUNT(*) FROM (SELECT group_id, "
                           "member_id, day, messages FROM member_day_activity EXCEPT SELECT "
                           "group_id, member_id, day, COUNT(*) FROM messages WHERE member_id IS "
                           "NOT NULL GROUP BY 1, 2, 3))"));
        ASSERT_TRUE(mismatch.ok());
        EXPECT_EQ(mismatch->toInt(), 0) << "member_day_activity matches the messages";
    }

    // A member-targeted SOP run with one task due `dueUtc`, and a calendar item at 20:00.
    void plan(const QString& dueUtc) {
        run(QStringLiteral("INSERT INTO sop_templates (id, name, created_at, updated_at) VALUES "
                           "(1, 'welcome', 'x', 'x')"));
        run(QStringLiteral("INSERT INTO sop_runs (id, template_id, target_kind, member_id, "
                           "started_on, created_at) VALUES (1, 1, 'member', 1, '2026-03-01', "
                           "'x')"));
        run(QStringLiteral("INSERT INTO sop_tasks (run_id, member_id, due_at) VALUES (1, 1, :due)"),
            {{QStringLiteral(":due"), dueUtc}});
        run(QStringLiteral("INSERT INTO content_items (uid, group_id, title, starts_at, "
                           "created_at, updated_at) VALUES ('u1', 1, 'post', '2026-03-10T20:00', "
                           "'x', 'x')"));
    }

    // Changes the zone, failing the test with the error when it fails.
    void change(const QTimeZone& zone, const std::function<void(int)>& progress = {}) {
        const Status s = changeTimeZone(ws.db(), zone, progress);
        ASSERT_TRUE(s.ok()) << s.error().toString().toStdString();
    }

    QString scalarText(const QString& statement) {
        return sql::scalar(ws.db().connection(), statement)->toString();
    }
};

// Around the start of daylight-saving time in New York (2026-03-08 02:00 local = 07:00 UTC) a
// fixed offset would put messages on the wrong day; the change takes each instant's own offset.
TEST_F(TimeZoneChangeTest, RebuildsDaysAcrossADaylightSavingChange) {
    member(1, QStringLiteral("2026-01-05T02:00:00Z"));
    member(2, QStringLiteral("2026-01-05T02:00:00Z"));
    message(1, utc("2026-03-08T04:30:00Z"), QStringLiteral("a")); // NY 7 Mar 23:30 EST
    message(2, utc("2026-03-09T04:30:00Z"), QStringLiteral("b")); // NY 9 Mar 00:30 EDT
    message(0, utc("2026-03-01T20:00:00Z"), QStringLiteral("c")); // an unknown author
    // Every 37 minutes over both DST changes of 2026 (March and November).
    for (QDateTime t = utc("2026-03-06T00:00:00Z"); t < utc("2026-03-11T00:00:00Z");
         t = t.addSecs(37 * 60))
        message(1 + t.time().minute() % 2, t, QStringLiteral("m") + time::toStorage(t));
    for (QDateTime t = utc("2026-10-31T00:00:00Z"); t < utc("2026-11-03T00:00:00Z");
         t = t.addSecs(37 * 60))
        message(1, t, QStringLiteral("n") + time::toStorage(t), 2);
    expectDaysIn(kShanghai);
    EXPECT_EQ(scalarText(QStringLiteral("SELECT day FROM messages WHERE source_id = 'a'")),
              QStringLiteral("2026-03-08"));

    change(kNewYork);
    EXPECT_EQ(SettingsStore(ws.db()).storedTimeZone()->id(), kNewYork.id());
    expectDaysIn(kNewYork);
    EXPECT_EQ(scalarText(QStringLiteral("SELECT day FROM messages WHERE source_id = 'a'")),
              QStringLiteral("2026-03-07"));
    EXPECT_EQ(scalarText(QStringLiteral("SELECT day FROM messages WHERE source_id = 'b'")),
              QStringLiteral("2026-03-09"));
    EXPECT_EQ(scalarText(QStringLiteral("SELECT day FROM messages WHERE source_id = 'c'")),
              QStringLiteral("2026-03-01"));

    // And back: the same rows as a workspace that was in Shanghai all along.
    change(kShanghai);
    expectDaysIn(kShanghai);
}

TEST_F(TimeZoneChangeTest, StagesFollowTheNewZonesDays) {
    // Last message at 20:00 UTC on 8 March: 9 March in Shanghai (29 days silent on 7 April,
    // Growing), 8 March in New York (30 days silent, Declining).
    member(1, QStringLiteral("2026-01-05T02:00:00Z"));
    message(1, utc("2026-03-08T20:00:00Z"), QStringLiteral("a"));
    ASSERT_TRUE(recompute(QDate(2026, 4, 7)).ok());
    EXPECT_EQ(status(1, "stage").toString(), QStringLiteral("growing"));
    EXPECT_EQ(status(1, "last_message_day").toString(), QStringLiteral("2026-03-09"));

    QList<int> heard;
    change(kNewYork, [&heard](int p) { heard << p; });
    EXPECT_EQ(status(1, "stage").toString(), QStringLiteral("declining"));
    EXPECT_EQ(status(1, "last_message_day").toString(), QStringLiteral("2026-03-08"));
    EXPECT_EQ(status(1, "silent_since_day").toString(), QStringLiteral("2026-03-08"));
    EXPECT_EQ(SettingsStore(ws.db()).value(QString::fromLatin1(dailyrefresh::kSettingKey)),
              QStringLiteral("2026-04-07"));
    ASSERT_GE(heard.size(), 2);
    EXPECT_EQ(heard.first(), 0);
    EXPECT_EQ(heard.last(), 100);
    EXPECT_TRUE(std::is_sorted(heard.cbegin(), heard.cend()));
}

TEST_F(TimeZoneChangeTest, PlannedTimesKeepTheirWallClockTime) {
    member(1, QStringLiteral("2026-01-05T02:00:00Z"));
    message(1, utc("2026-03-08T20:00:00Z"), QStringLiteral("a"));
    plan(QStringLiteral("2026-03-10T12:00:00Z")); // 20:00 in Shanghai
    change(kNewYork);
    // 20:00 in New York (EDT, UTC-4) on 10 March.
    EXPECT_EQ(scalarText(QStringLiteral("SELECT due_at FROM sop_tasks")),
              QStringLiteral("2026-03-11T00:00:00Z"));
    EXPECT_EQ(scalarText(QStringLiteral("SELECT starts_at FROM content_items")),
              QStringLiteral("2026-03-10T20:00"));
}

TEST_F(TimeZoneChangeTest, CancelLeavesEverythingAsItWas) {
    member(1, QStringLiteral("2026-01-05T02:00:00Z"));
    member(2, QStringLiteral("2026-03-01T02:00:00Z"));
    for (QDateTime t = utc("2026-03-01T00:00:00Z"); t < utc("2026-03-20T00:00:00Z");
         t = t.addSecs(3 * 3600 + 7 * 60))
        message(1 + t.time().hour() % 2, t, time::toStorage(t));
    plan(QStringLiteral("2026-03-10T12:00:00Z"));
    ASSERT_TRUE(recompute(QDate(2026, 4, 1)).ok());
    const QStringList before = dump();

    // Cancelled early, after the message days, and after the status pass.
    for (const int cancelAt : {0, 45, 60, 95, 99}) {
        int last = -1;
        const Status s = changeTimeZone(
            ws.db(), kNewYork, [&last](int p) { last = p; },
            [&last, cancelAt] { return last >= cancelAt; });
        ASSERT_FALSE(s.ok()) << "cancelled at " << cancelAt;
        EXPECT_EQ(s.error().message, QStringLiteral("Cancelled."));
        EXPECT_EQ(dump(), before) << "cancelled at " << cancelAt;
    }
    change(kNewYork);
    EXPECT_NE(dump(), before);
}

TEST_F(TimeZoneChangeTest, RefusesAnUnknownZoneAndIgnoresTheSameZone) {
    member(1, QStringLiteral("2026-01-05T02:00:00Z"));
    message(1, utc("2026-03-08T20:00:00Z"), QStringLiteral("a"));
    const QStringList before = dump();
    EXPECT_FALSE(changeTimeZone(ws.db(), QTimeZone("Mars/Olympus")).ok());
    EXPECT_TRUE(changeTimeZone(ws.db(), kShanghai).ok());
    EXPECT_EQ(dump(), before);
}

} // namespace
