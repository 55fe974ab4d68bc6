// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/SettingsStore.h"

#include "TempWorkspace.h"

#include <gtest/gtest.h>

using namespace qundesk;

TEST(SettingsStore, ValuesRoundTripAndOverwrite) {
    test::TempWorkspace ws;
    SettingsStore store(ws.db());
    EXPECT_EQ(store.value(QStringLiteral("k"), QStringLiteral("dflt")), QStringLiteral("dflt"));
    ASSERT_TRUE(store.setValue(QStringLiteral("k"), QStringLiteral("一")).ok());
    ASSERT_TRUE(store.setValue(QStringLiteral("k"), QStringLiteral("二")).ok());
    EXPECT_EQ(store.value(QStringLiteral("k")), QStringLiteral("二"));
}

TEST(SettingsStore, TimeZoneFallsBackToSystemWhenUnknown) {
    test::TempWorkspace ws;
    SettingsStore store(ws.db());
    ASSERT_TRUE(store.setValue(QStringLiteral("time_zone"), QStringLiteral("Mars/Olympus")).ok());
    EXPECT_EQ(store.timeZone(), QTimeZone::systemTimeZone());
    ASSERT_TRUE(store.setTimeZone(QTimeZone("Europe/Berlin")).ok());
    EXPECT_EQ(store.timeZone().id(), QByteArray("Europe/Berlin"));
}

TEST(SettingsStore, ThresholdsDefaultAndPersist) {
    test::TempWorkspace ws;
    SettingsStore store(ws.db());
    Thresholds t = store.thresholds();
    EXPECT_EQ(t.silentDays, 30);
    EXPECT_EQ(t.maxPostsPerGroupDay, 4);
    EXPECT_EQ(t.quietStart, QStringLiteral("22:00"));
    t.silentDays = 21;
    t.quietEnd = QStringLiteral("07:30");
    ASSERT_TRUE(store.setThresholds(t).ok());
    const Thresholds again = SettingsStore(ws.db()).thresholds();
    EXPECT_EQ(again.silentDays, 21);
    EXPECT_EQ(again.quietEnd, QStringLiteral("07:30"));
    EXPECT_EQ(again.newMemberDays, 14);
}
