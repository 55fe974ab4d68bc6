// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/SettingsDialog.h"

#include "TempWorkspace.h"
#include "UiFixture.h"
#include "db/Sql.h"
#include "rules/MemberStatusUpdater.h"
#include "shell/JobRunner.h"
#include "shell/LanguageManager.h"
#include "store/ActivityStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimeEdit>

using namespace qundesk;

namespace {
template <typename T>
T* child(QWidget& parent, const char* name) {
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}
} // namespace

using SettingsDialogTest = test::UiFixture;

TEST_F(SettingsDialogTest, OkSavesTimeZoneThresholdsAndLanguage) {
    test::TempWorkspace ws;
    SettingsDialog dialog(&ws.db());
    auto* zone = child<QComboBox>(dialog, "timeZoneCombo");
    const int berlin = zone->findData(QByteArray("Europe/Berlin"));
    ASSERT_GE(berlin, 0);
    zone->setCurrentIndex(berlin);
    child<QSpinBox>(dialog, "silentDaysSpin")->setValue(45);
    child<QSpinBox>(dialog, "maxPostsSpin")->setValue(6);
    child<QTimeEdit>(dialog, "quietStartEdit")->setTime(QTime(21, 30));
    auto* languages = child<QComboBox>(dialog, "languageCombo");
    languages->setCurrentIndex(languages->findData(QStringLiteral("zh_TW")));

    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(messages.isEmpty());

    const SettingsStore store(ws.db());
    EXPECT_EQ(store.timeZone().id(), QByteArray("Europe/Berlin"));
    const Thresholds saved = store.thresholds();
    EXPECT_EQ(saved.silentDays, 45);
    EXPECT_EQ(saved.maxPostsPerGroupDay, 6);
    EXPECT_EQ(saved.quietStart, QStringLiteral("21:30"));
    EXPECT_EQ(saved.quietEnd, QStringLiteral("08:00"));
    EXPECT_EQ(LanguageManager::storedChoice(), QStringLiteral("zh_TW"));
    EXPECT_EQ(dialog.language(), QStringLiteral("zh_TW"));
}

TEST_F(SettingsDialogTest, ShowsTheStoredValuesAndCancelChangesNothing) {
    test::TempWorkspace ws;
    SettingsStore store(ws.db());
    ASSERT_TRUE(store.setTimeZone(QTimeZone(QByteArray("America/New_York"))).ok());
    Thresholds t;
    t.newMemberDays = 21;
    ASSERT_TRUE(store.setThresholds(t).ok());

    SettingsDialog dialog(&ws.db());
    EXPECT_EQ(child<QComboBox>(dialog, "timeZoneCombo")->currentData().toByteArray(),
              QByteArray("America/New_York"));
    EXPECT_EQ(child<QSpinBox>(dialog, "newMemberDaysSpin")->value(), 21);
    child<QSpinBox>(dialog, "newMemberDaysSpin")->setValue(3);
    dialog.reject();
    EXPECT_EQ(SettingsStore(ws.db()).thresholds().newMemberDays, 21);
}

namespace {
// A workspace with one member who joined 100 days ago and last spoke 20 days ago, no orders:
// Growing under "silent after 30 days", Declining under "silent after 10 days".
void seedQuietMember(test::TempWorkspace& ws) {
    const auto exec = [&ws](const QString& statement) {
        auto r = sql::exec(ws.db().connection(), statement);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    };
    const QDate today = time::today(SettingsStore(ws.db()).timeZone());
    exec(QStringLiteral("INSERT INTO chat_groups (id, name, created_at) VALUES (1, 'g', "
                        "'2026-01-01T00:00:00Z')"));
    exec(QStringLiteral("INSERT INTO members (id, display_name, created_at, updated_at) VALUES "
                        "(1, '王%1', 'x', 'x')"));
    exec(QStringLiteral("INSERT INTO memberships (group_id, member_id, joined_at) VALUES (1, 1, "
                        "'%1T04:00:00Z')")
             .arg(today.addDays(-100).toString(Qt::ISODate)));
    exec(QStringLiteral("INSERT INTO member_day_activity (group_id, member_id, day, messages) "
                        "VALUES (1, 1, '%1', 2)")
             .arg(today.addDays(-20).toString(Qt::ISODate)));
    ASSERT_TRUE(MemberStatusUpdater::recompute(ws.db()).ok());
}

QString stageOf(test::TempWorkspace& ws) {
    return sql::scalar(ws.db().connection(), QStringLiteral("SELECT stage FROM member_status"))
        ->toString();
}
} // namespace

TEST_F(SettingsDialogTest, ANewSilenceThresholdReclassifiesMembersOnSave) {
    test::TempWorkspace ws;
    seedQuietMember(ws);
    const auto stage = [&ws] { return stageOf(ws); };
    ASSERT_EQ(stage(), QStringLiteral("growing"));

    SettingsDialog dialog(&ws.db());
    child<QSpinBox>(dialog, "silentDaysSpin")->setValue(10);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(messages.isEmpty());
    EXPECT_TRUE(dialog.stagesRecomputed());
    EXPECT_EQ(stage(), QStringLiteral("declining")) << "at once, not from tomorrow on";
}

// From the window, the recompute runs as a background job on the window's runner (its own
// connection) and a time-zone change likewise; the result is the same.
TEST_F(SettingsDialogTest, WithTheWindowsRunnerTheRecomputeAndZoneChangeRunAsJobs) {
    test::TempWorkspace ws;
    seedQuietMember(ws);
    const auto stage = [&ws] { return stageOf(ws); };
    ASSERT_EQ(stage(), QStringLiteral("growing"));

    JobRunner runner;
    runner.setWorkspacePath(ws.path());
    QSignalSpy started(&runner, &JobRunner::started);
    SettingsDialog dialog(&ws.db());
    dialog.setJobRunner(&runner);
    child<QSpinBox>(dialog, "silentDaysSpin")->setValue(10);
    auto* zone = child<QComboBox>(dialog, "timeZoneCombo");
    zone->setCurrentIndex(zone->findData(QByteArray("America/New_York")));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(messages.isEmpty());
    EXPECT_TRUE(dialog.stagesRecomputed());
    EXPECT_EQ(stage(), QStringLiteral("declining")) << "at once, not from tomorrow on";
    EXPECT_EQ(started.size(), 2); // the zone change, then the recompute
    EXPECT_EQ(SettingsStore(ws.db()).storedTimeZone()->id(), QByteArray("America/New_York"));
    EXPECT_FALSE(runner.isBusy());
}

TEST_F(SettingsDialogTest, TimeZoneListIsSearchable) {
    test::TempWorkspace ws;
    SettingsDialog dialog(&ws.db());
    auto* zone = child<QComboBox>(dialog, "timeZoneCombo");
    ASSERT_TRUE(zone->isEditable());
    ASSERT_NE(zone->completer(), nullptr);
    zone->completer()->setCompletionPrefix(QStringLiteral("york"));
    QAbstractItemModel* found = zone->completer()->completionModel();
    ASSERT_GE(found->rowCount(), 1);
    QStringList names;
    for (int row = 0; row < found->rowCount(); ++row)
        names << found->index(row, 0).data().toString();
    EXPECT_TRUE(names.contains(QStringLiteral("America/New_York")))
        << names.join(u' ').toStdString();
    for (const QString& name : std::as_const(names))
        EXPECT_TRUE(name.contains(QStringLiteral("york"), Qt::CaseInsensitive));
    EXPECT_FALSE(child<QLabel>(dialog, "timeZoneNote")->text().isEmpty());
}

// Choosing another zone moves the workspace's days there (core's changeTimeZone behind a
// progress dialog): 17:00 UTC on 7 March is 8 March in Shanghai, 7 March in New York.
TEST_F(SettingsDialogTest, NewZoneRebuildsTheWorkspacesDays) {
    test::TempWorkspace ws;
    ASSERT_TRUE(SettingsStore(ws.db()).setTimeZone(QTimeZone("Asia/Shanghai")).ok());
    auto run = [&ws](const QString& statement) {
        ASSERT_TRUE(sql::exec(ws.db().connection(), statement).ok()) << statement.toStdString();
    };
    run(QStringLiteral("INSERT INTO chat_groups (id, name, created_at) VALUES (1, 'g', 'x')"));
    run(QStringLiteral("INSERT INTO members (id, display_name, created_at, updated_at) VALUES "
                       "(1, 'Ann', 'x', 'x')"));
    Message m;
    m.memberId = 1;
    m.sentAt = QDateTime(QDate(2026, 3, 7), QTime(17, 0), QTimeZone::utc());
    m.sourceId = QStringLiteral("m1");
    ASSERT_EQ(ActivityStore(ws.db()).addMessages(1, {m})->inserted, 1);
    const auto activityDay = [&ws] {
        return sql::scalar(ws.db().connection(),
                           QStringLiteral("SELECT day FROM member_day_activity"))
            ->toString();
    };
    ASSERT_EQ(activityDay(), QStringLiteral("2026-03-08"));

    SettingsDialog dialog(&ws.db());
    auto* zone = child<QComboBox>(dialog, "timeZoneCombo");
    zone->setCurrentIndex(zone->findData(QByteArray("America/New_York")));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(messages.isEmpty());
    EXPECT_EQ(SettingsStore(ws.db()).storedTimeZone()->id(), QByteArray("America/New_York"));
    EXPECT_EQ(activityDay(), QStringLiteral("2026-03-07"));
}

TEST_F(SettingsDialogTest, TypedTextThatIsNoZoneSavesNothing) {
    test::TempWorkspace ws;
    ASSERT_TRUE(SettingsStore(ws.db()).setTimeZone(QTimeZone("Asia/Shanghai")).ok());
    SettingsDialog dialog(&ws.db());
    child<QComboBox>(dialog, "timeZoneCombo")->setEditText(QStringLiteral("Mars/Olympus"));
    child<QSpinBox>(dialog, "silentDaysSpin")->setValue(45);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().text.contains(QStringLiteral("Mars/Olympus")));
    EXPECT_EQ(SettingsStore(ws.db()).timeZone().id(), QByteArray("Asia/Shanghai"));
    EXPECT_EQ(SettingsStore(ws.db()).thresholds().silentDays, 30);
}

TEST_F(SettingsDialogTest, CurrencyIsYuanByDefaultAndOkChangesItWithTheMembersRevenue) {
    test::TempWorkspace ws;
    for (const char* statement :
         {"INSERT INTO members (id, display_name, created_at, updated_at) VALUES (1, 'a', 'x', "
          "'x')",
          "INSERT INTO orders (member_id, ordered_at, amount_cents, currency, created_at) VALUES "
          "(1, '2026-06-01T02:00:00Z', 800, 'CNY', 'x'), (1, '2026-06-02T02:00:00Z', 1250, "
          "'USD', 'x')"})
        ASSERT_TRUE(sql::exec(ws.db().connection(), QString::fromUtf8(statement)).ok());
    SettingsDialog dialog(&ws.db());
    auto* currency = child<QComboBox>(dialog, "currencyCombo");
    EXPECT_EQ(currency->currentText(), QStringLiteral("CNY"));
    currency->setCurrentText(QStringLiteral("USD"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(messages.isEmpty());
    EXPECT_EQ(SettingsStore(ws.db()).currency(), QStringLiteral("USD"));
    auto revenue = sql::scalar(ws.db().connection(),
                               QStringLiteral("SELECT revenue_cents FROM member_status WHERE "
                                              "member_id = 1"));
    ASSERT_TRUE(revenue.ok());
    EXPECT_EQ(revenue->toLongLong(), 1250);

    SettingsDialog again(&ws.db());
    EXPECT_EQ(child<QComboBox>(again, "currencyCombo")->currentText(), QStringLiteral("USD"));
}
