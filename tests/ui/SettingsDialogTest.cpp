// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/SettingsDialog.h"

#include "TempWorkspace.h"
#include "UiFixture.h"
#include "db/Sql.h"
#include "rules/MemberStatusUpdater.h"
#include "shell/LanguageManager.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QComboBox>
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

TEST_F(SettingsDialogTest, ANewSilenceThresholdReclassifiesMembersOnSave) {
    test::TempWorkspace ws;
    const auto exec = [&ws](const QString& statement) {
        auto r = sql::exec(ws.db().connection(), statement);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    };
    // Joined 100 days ago, last spoke 20 days ago, no orders: Growing under "silent after 30
    // days", Declining under "silent after 10 days".
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
    const auto stage = [&ws] {
        return sql::scalar(ws.db().connection(), QStringLiteral("SELECT stage FROM member_status"))
            ->toString();
    };
    ASSERT_EQ(stage(), QStringLiteral("growing"));

    SettingsDialog dialog(&ws.db());
    child<QSpinBox>(dialog, "silentDaysSpin")->setValue(10);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(messages.isEmpty());
    EXPECT_TRUE(dialog.stagesRecomputed());
    EXPECT_EQ(stage(), QStringLiteral("declining")) << "at once, not from tomorrow on";
}
