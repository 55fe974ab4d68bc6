// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "DemoTestSupport.h"
#include "TempWorkspace.h"
#include "db/Sql.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace qundesk;

TEST(DemoWorkspace, SameSeedAndDayGiveIdenticalTables) {
    test::TempWorkspace first;
    test::TempWorkspace second;
    auto a = DemoWorkspace::generate(first.db(), test::demoOptions(7));
    auto b = DemoWorkspace::generate(second.db(), test::demoOptions(7));
    ASSERT_TRUE(a.ok()) << a.error().toString().toStdString();
    ASSERT_TRUE(b.ok()) << b.error().toString().toStdString();
    EXPECT_EQ(a->messages, b->messages);
    for (const QString& table : test::userTables(first.db())) {
        const QString dumpA = test::dumpTable(first.db(), table);
        EXPECT_FALSE(dumpA.isEmpty() && table != QLatin1String("imports") &&
                     table != QLatin1String("import_mappings"))
            << "demo leaves table empty: " << table.toStdString();
        EXPECT_TRUE(dumpA == test::dumpTable(second.db(), table))
            << "table differs between two runs: " << table.toStdString();
    }
}

TEST(DemoWorkspace, DifferentSeedGivesDifferentContent) {
    test::TempWorkspace first;
    test::TempWorkspace second;
    ASSERT_TRUE(DemoWorkspace::generate(first.db(), test::demoOptions(1)).ok());
    ASSERT_TRUE(DemoWorkspace::generate(second.db(), test::demoOptions(2)).ok());
    EXPECT_NE(test::dumpTable(first.db(), QStringLiteral("members")),
              test::dumpTable(second.db(), QStringLiteral("members")));
    EXPECT_NE(test::dumpTable(first.db(), QStringLiteral("messages")),
              test::dumpTable(second.db(), QStringLiteral("messages")));
    // The groups are the same six, whatever the seed.
    EXPECT_EQ(test::dumpTable(first.db(), QStringLiteral("chat_groups")),
              test::dumpTable(second.db(), QStringLiteral("chat_groups")));
}

TEST(DemoWorkspace, StatsMatchStoredRows) {
    test::TempWorkspace ws;
    auto stats = DemoWorkspace::generate(ws.db(), test::demoOptions());
    ASSERT_TRUE(stats.ok()) << stats.error().toString().toStdString();
    EXPECT_EQ(stats->groups, 6);
    EXPECT_EQ(stats->members, test::count(ws.db(), QStringLiteral("SELECT COUNT(*) FROM members")));
    EXPECT_EQ(stats->messages,
              test::count(ws.db(), QStringLiteral("SELECT COUNT(*) FROM messages")));
    EXPECT_EQ(stats->orders, test::count(ws.db(), QStringLiteral("SELECT COUNT(*) FROM orders")));
    EXPECT_EQ(stats->contentItems,
              test::count(ws.db(), QStringLiteral("SELECT COUNT(*) FROM content_items")));
    EXPECT_EQ(stats->sopRuns,
              test::count(ws.db(), QStringLiteral("SELECT COUNT(*) FROM sop_runs")));
    EXPECT_GT(stats->sopRuns, 1);
}

TEST(DemoWorkspace, CancelRollsEverythingBack) {
    test::TempWorkspace ws;
    DemoOptions options = test::demoOptions();
    QList<int> seen;
    options.progress = [&seen](int percent) {
        seen << percent;
        return percent < 40; // cancel in the middle of the messages
    };
    auto result = DemoWorkspace::generate(ws.db(), options);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, QStringLiteral("Cancelled"));
    ASSERT_FALSE(seen.isEmpty());
    EXPECT_GE(seen.last(), 40);
    for (int i = 1; i < seen.size(); ++i)
        EXPECT_GE(seen[i], seen[i - 1]) << "progress goes backwards";
    for (const QString& table : test::userTables(ws.db())) {
        // The workspace's time zone was stored when it was created, before the demo.
        const QString rows = table == QLatin1String("settings")
                                 ? QStringLiteral("SELECT COUNT(*) FROM settings WHERE key <> "
                                                  "'time_zone'")
                                 : QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table);
        EXPECT_EQ(test::count(ws.db(), rows), 0) << table.toStdString();
    }
}

TEST(DemoWorkspace, CancelBeforeStartWritesNothing) {
    test::TempWorkspace ws;
    DemoOptions options = test::demoOptions();
    options.progress = [](int) {
        return false;
    };
    EXPECT_FALSE(DemoWorkspace::generate(ws.db(), options).ok());
    EXPECT_EQ(test::count(ws.db(), QStringLiteral("SELECT COUNT(*) FROM chat_groups")), 0);
}

TEST(DemoWorkspace, ProgressReachesHundred) {
    test::TempWorkspace ws;
    DemoOptions options = test::demoOptions();
    int last = -1;
    options.progress = [&last](int percent) {
        last = percent;
        return true;
    };
    ASSERT_TRUE(DemoWorkspace::generate(ws.db(), options).ok());
    EXPECT_EQ(last, 100);
}

TEST(DemoWorkspace, RefusesWorkspaceWithGroups) {
    test::TempWorkspace ws;
    ASSERT_TRUE(SettingsStore(ws.db()).setTimeZone(QTimeZone("Europe/Berlin")).ok());
    Group g;
    g.name = QStringLiteral("我的群");
    ASSERT_TRUE(GroupStore(ws.db()).create(g).ok());
    auto result = DemoWorkspace::generate(ws.db(), test::demoOptions());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("empty")));
    EXPECT_EQ(test::count(ws.db(), QStringLiteral("SELECT COUNT(*) FROM chat_groups")), 1);
    EXPECT_EQ(test::count(ws.db(), QStringLiteral("SELECT COUNT(*) FROM members")), 0);
    EXPECT_EQ(SettingsStore(ws.db()).value(QStringLiteral("time_zone")),
              QStringLiteral("Europe/Berlin"));
}

TEST(DemoWorkspace, DaysFollowTheWorkspaceZoneAcrossDaylightSaving) {
    test::TempWorkspace ws;
    DemoOptions options = test::demoOptions();
    options.timeZone = "America/New_York"; // clocks go forward on 8 March 2026, in the window
    ASSERT_TRUE(DemoWorkspace::generate(ws.db(), options).ok());
    EXPECT_EQ(test::count(ws.db(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = "
                                                  "'time_zone' AND value = 'America/New_York'")),
              1);
    const QTimeZone zone("America/New_York");
    auto q = sql::exec(ws.db().connection(), QStringLiteral("SELECT sent_at, day FROM messages"));
    ASSERT_TRUE(q.ok());
    int wrongDay = 0;
    int at3 = 0;
    int at20 = 0;
    while (q->next()) {
        const QDateTime local =
            QDateTime::fromString(q->value(0).toString(), Qt::ISODate).toTimeZone(zone);
        wrongDay += local.date().toString(Qt::ISODate) != q->value(1).toString() ? 1 : 0;
        at3 += local.time().hour() == 3 ? 1 : 0;
        at20 += local.time().hour() == 20 ? 1 : 0;
    }
    EXPECT_EQ(wrongDay, 0);
    EXPECT_GT(at20, 20 * at3) << "the evening peak is in local time, also after the change";
}

TEST(DemoWorkspace, NoDayGivenMeansTodayInTheZone) {
    test::TempWorkspace ws;
    time::setFixedNow(
        QDateTime(QDate(2026, 3, 1), QTime(20, 0), QTimeZone::utc())); // 2 March in Shanghai
    DemoOptions options;
    options.seed = 3;
    auto stats = DemoWorkspace::generate(ws.db(), options);
    time::setFixedNow({});
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(test::count(ws.db(), QStringLiteral("SELECT MAX(day) = '2026-03-02' FROM messages")),
              1);
    EXPECT_EQ(test::count(ws.db(), QStringLiteral("SELECT MIN(starts_at) >= '2026-03-02' FROM "
                                                  "content_items")),
              1);
}
