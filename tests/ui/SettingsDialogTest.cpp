// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/SettingsDialog.h"

#include "TempWorkspace.h"
#include "UiFixture.h"
#include "db/Sql.h"
#include "shell/LanguageManager.h"
#include "store/SettingsStore.h"

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
