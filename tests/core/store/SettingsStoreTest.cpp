// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/SettingsStore.h"

#include "TempWorkspace.h"
#include "db/Sql.h"

#include <QFile>
#include <QTemporaryDir>

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

// A workspace keeps the zone it was created in; one from before zones were stored gets the
// machine's zone at its first write-open, while a read-only open only falls back to it.
TEST(SettingsStore, MachineZoneIsStoredAtCreationAndFirstWriteOpenNotOnReadOnlyOpen) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.qundesk"));
    QByteArray machine = QTimeZone::systemTimeZone().id();
    if (!QTimeZone::isTimeZoneIdAvailable(machine))
        machine = "UTC";
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(SettingsStore(**db).storedTimeZone().has_value()) << "stored at creation";
        EXPECT_EQ(SettingsStore(**db).storedTimeZone()->id(), machine);
        // As a workspace of an older QunDesk: no zone stored.
        ASSERT_TRUE(sql::exec((*db)->connection(),
                              QStringLiteral("DELETE FROM settings WHERE key = 'time_zone'"))
                        .ok());
    }
    const auto storedRows = [&path] {
        auto db = Database::open(path, Database::Access::ReadOnly);
        EXPECT_TRUE(db.ok());
        return db ? sql::scalar((*db)->connection(),
                                QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = "
                                               "'time_zone'"))
                        ->toInt()
                  : -1;
    };
    {
        auto db = Database::open(path, Database::Access::ReadOnly);
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        EXPECT_TRUE((*db)->isReadOnly());
        EXPECT_FALSE(SettingsStore(**db).storedTimeZone().has_value());
        EXPECT_EQ(SettingsStore(**db).timeZone().id(), machine) << "the fallback";
        EXPECT_FALSE(SettingsStore(**db).storeMachineZoneIfUnset().ok()) << "cannot write";
    }
    EXPECT_EQ(storedRows(), 0) << "a read-only open writes nothing";
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        EXPECT_EQ(SettingsStore(**db).storedTimeZone()->id(), machine) << "first write-open";
        // From now on the stored zone stands, whatever machine opens the file.
        ASSERT_TRUE(SettingsStore(**db).setTimeZone(QTimeZone("America/New_York")).ok());
    }
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        EXPECT_EQ(SettingsStore(**db).timeZone().id(), QByteArray("America/New_York"));
        // An id this machine does not know is kept as it is (only read as the machine's zone).
        ASSERT_TRUE(SettingsStore(**db)
                        .setValue(QStringLiteral("time_zone"), QStringLiteral("Mars/Olympus"))
                        .ok());
    }
    {
        auto db = Database::open(path);
        ASSERT_TRUE(db.ok());
        EXPECT_EQ(SettingsStore(**db).value(QStringLiteral("time_zone")),
                  QStringLiteral("Mars/Olympus"));
    }
    EXPECT_FALSE(
        Database::open(dir.filePath(QStringLiteral("none.qundesk")), Database::Access::ReadOnly)
            .ok());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("none.qundesk"))));
}

TEST(SettingsStore, RefusesAnInvalidZone) {
    test::TempWorkspace ws;
    SettingsStore store(ws.db());
    const QByteArray before = store.timeZone().id();
    EXPECT_FALSE(store.setTimeZone(QTimeZone()).ok());
    EXPECT_EQ(store.timeZone().id(), before);
}
