// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/SettingsService.h"

#include "ServicesFixture.h"
#include "rules/MemberStatusUpdater.h"
#include "util/Time.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

class SettingsServiceTest : public test::ServicesFixture {
protected:
    // A member who joined 100 days ago and last spoke 20 days ago, without orders: Growing
    // while "silent" starts at 30 days, Declining once it starts at 10.
    qint64 quietMember() {
        const QDate today = time::today(QTimeZone("Asia/Shanghai"));
        run(QStringLiteral("INSERT INTO members (id, display_name, created_at, updated_at) "
                           "VALUES (1, '王%1', 'x', 'x')"));
        run(QStringLiteral("INSERT INTO memberships (group_id, member_id, joined_at) VALUES "
                           "(:g, 1, :joined)"),
            {{QStringLiteral(":g"), groupId},
             {QStringLiteral(":joined"),
              QDateTime(today.addDays(-100), QTime(4, 0), QTimeZone::utc())
                  .toString(Qt::ISODate)}});
        run(QStringLiteral("INSERT INTO member_day_activity (group_id, member_id, day, messages) "
                           "VALUES (:g, 1, :day, 3)"),
            {{QStringLiteral(":g"), groupId},
             {QStringLiteral(":day"), today.addDays(-20).toString(Qt::ISODate)}});
        EXPECT_TRUE(MemberStatusUpdater::recompute(ws.db()).ok());
        return 1;
    }
    QString stage() { return scalar(QStringLiteral("SELECT stage FROM member_status")).toString(); }
    WorkspaceSettings settings(int silentDays) {
        WorkspaceSettings s;
        s.timeZone = QTimeZone("Europe/Berlin");
        s.thresholds = SettingsStore(ws.db()).thresholds();
        s.thresholds.silentDays = silentDays;
        s.thresholds.quietStart = QStringLiteral("21:30");
        return s;
    }
};

} // namespace

TEST_F(SettingsServiceTest, SaveIsAllOrNothing) {
    // The zone and the first thresholds are written, then quiet_start fails: nothing is kept.
    run(QStringLiteral("CREATE TEMP TRIGGER refuse_quiet BEFORE INSERT ON settings WHEN "
                       "NEW.key = 'quiet_start' BEGIN SELECT RAISE(ABORT, 'refused'); END"));
    auto saved = SettingsService::save(ws.db(), settings(10));
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(SettingsStore(ws.db()).timeZone().id(), QByteArray("Asia/Shanghai"));
    EXPECT_EQ(SettingsStore(ws.db()).thresholds().silentDays, 30);

    run(QStringLiteral("DROP TRIGGER refuse_quiet"));
    saved = SettingsService::save(ws.db(), settings(10));
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_TRUE(saved->stagesNeedRecompute);
    EXPECT_EQ(SettingsStore(ws.db()).timeZone().id(), QByteArray("Europe/Berlin"));
    EXPECT_EQ(SettingsStore(ws.db()).thresholds().quietStart, QStringLiteral("21:30"));
    EXPECT_FALSE(SettingsService::save(ws.db(), settings(10))->stagesNeedRecompute)
        << "nothing that decides stages changed";
}

TEST_F(SettingsServiceTest, AThresholdChangeReclassifiesMembersAtOnce) {
    quietMember();
    EXPECT_EQ(stage(), QStringLiteral("growing"));
    WorkspaceSettings s = settings(10);
    s.timeZone = QTimeZone("Asia/Shanghai");
    auto saved = SettingsService::save(ws.db(), s);
    ASSERT_TRUE(saved.ok());
    ASSERT_TRUE(saved->stagesNeedRecompute);
    EXPECT_EQ(stage(), QStringLiteral("growing")) << "saving alone does not reclassify";
    QList<int> heard;
    auto ran = SettingsService::recomputeStatuses(ws.db(), [&](int p) { heard << p; });
    ASSERT_TRUE(ran.ok()) << ran.error().message.toStdString();
    EXPECT_EQ(ran.value(), 1);
    EXPECT_EQ(stage(), QStringLiteral("declining"));
    ASSERT_FALSE(heard.isEmpty());
    EXPECT_EQ(heard.last(), 100);
}

TEST_F(SettingsServiceTest, ACancelledRecomputeWritesNothing) {
    quietMember();
    WorkspaceSettings s = settings(10);
    s.timeZone = QTimeZone("Asia/Shanghai");
    ASSERT_TRUE(SettingsService::save(ws.db(), s).ok());
    auto ran = SettingsService::recomputeStatuses(ws.db(), {}, [] { return true; });
    ASSERT_FALSE(ran.ok());
    EXPECT_EQ(stage(), QStringLiteral("growing"));
}

TEST_F(SettingsServiceTest, TheCurrencySavesWithTheRestOrNotAtAll) {
    // The thresholds are written, then the currency fails: neither is kept.
    run(QStringLiteral("CREATE TEMP TRIGGER refuse_currency BEFORE INSERT ON settings WHEN "
                       "NEW.key = 'currency' BEGIN SELECT RAISE(ABORT, 'refused'); END"));
    WorkspaceSettings s = settings(10);
    s.currency = QStringLiteral("usd");
    ASSERT_FALSE(SettingsService::save(ws.db(), s).ok());
    EXPECT_EQ(SettingsStore(ws.db()).currency(), QStringLiteral("CNY"));
    EXPECT_EQ(SettingsStore(ws.db()).thresholds().silentDays, 30);

    run(QStringLiteral("DROP TRIGGER refuse_currency"));
    ASSERT_TRUE(SettingsService::save(ws.db(), s).ok());
    EXPECT_EQ(SettingsStore(ws.db()).currency(), QStringLiteral("USD"));
    EXPECT_EQ(SettingsStore(ws.db()).thresholds().silentDays, 10);

    s.currency = QStringLiteral("dollars"); // not a code: refused, nothing saved
    s.thresholds.silentDays = 20;
    EXPECT_FALSE(SettingsService::save(ws.db(), s).ok());
    EXPECT_EQ(SettingsStore(ws.db()).currency(), QStringLiteral("USD"));
    EXPECT_EQ(SettingsStore(ws.db()).thresholds().silentDays, 10);
}
