// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/DailyRefresh.h"

#include "RulesFixture.h"
#include "util/Time.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace qundesk;

namespace {

const QDate kToday = test::kRulesToday;

class DailyRefreshTest : public test::RulesFixture {};

TEST_F(DailyRefreshTest, RunsOnceADayAndMovesStagesWithTheDays) {
    // Joined and posted on 1 June: Growing on 18 June; silent 30 days on 1 July (Declining).
    member(1, QStringLiteral("2026-05-01T02:00:00Z"));
    active(1, QDate(2026, 6, 1));
    run(QStringLiteral("INSERT INTO tags (id, name) VALUES (7, '沉默')"));
    run(QStringLiteral(
        "INSERT INTO tag_rules (tag_id, name, definition, updated_at) VALUES (7, 'silent', "
        "'{\"conditions\":[{\"field\":\"silent_days\",\"op\":\">=\",\"value\":30}]}', 'x')"));

    auto first = dailyrefresh::run(ws.db(), kToday);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_TRUE(first.value());
    EXPECT_EQ(status(1, "stage").toString(), QStringLiteral("growing"));
    EXPECT_EQ(SettingsStore(ws.db()).value(QString::fromLatin1(dailyrefresh::kSettingKey)),
              time::dayToStorage(kToday));

    auto again = dailyrefresh::run(ws.db(), kToday);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again.value()) << "already done today";

    auto later = dailyrefresh::run(ws.db(), QDate(2026, 7, 1));
    ASSERT_TRUE(later.ok());
    EXPECT_TRUE(later.value());
    EXPECT_EQ(status(1, "stage").toString(), QStringLiteral("declining"));
    EXPECT_EQ(sql::scalar(ws.db().connection(),
                          QStringLiteral("SELECT COUNT(*) FROM member_tags WHERE tag_id = 7"))
                  ->toInt(),
              1)
        << "the rule tag follows the day too";
}

TEST_F(DailyRefreshTest, ReportsProgressFromZeroToAHundredOnlyWhenItRuns) {
    for (qint64 id = 1; id <= 5000; ++id) // enough for the status pass to report on its way
        member(id, QStringLiteral("2026-05-01T02:00:00Z"));
    QList<int> heard;
    auto ran = dailyrefresh::run(ws.db(), kToday, [&heard](int percent) { heard << percent; });
    ASSERT_TRUE(ran.ok() && ran.value());
    ASSERT_GE(heard.size(), 3);
    EXPECT_EQ(heard.first(), 0);
    EXPECT_EQ(heard.last(), 100);
    EXPECT_TRUE(std::is_sorted(heard.cbegin(), heard.cend())) << "never backwards";
    heard.clear();
    ASSERT_TRUE(
        dailyrefresh::run(ws.db(), kToday, [&heard](int percent) { heard << percent; }).ok());
    EXPECT_TRUE(heard.isEmpty()) << "nothing to do, nothing to show";
}

} // namespace
