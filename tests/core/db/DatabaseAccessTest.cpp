// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Database::open's access modes and the workspace lock file.
#include "TempWorkspace.h"
#include "db/Database.h"
#include "db/Schema.h"
#include "db/Sql.h"
#include "db/WorkspaceLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace qundesk;

TEST(DatabaseAccess, ReadOnlyRefusesAnEmptyOrMissingFileWithoutCreatingIt) {
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("z.db"));
    {
        QFile f(empty);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    for (const auto access : {Database::Access::ReadOnly, Database::Access::Inspect}) {
        auto db = Database::open(empty, access);
        ASSERT_FALSE(db.ok());
        EXPECT_TRUE(db.error().message.contains(QStringLiteral("empty")));
        EXPECT_EQ(QFileInfo(empty).size(), 0);
        const QString missing = dir.filePath(QStringLiteral("missing.qundesk"));
        EXPECT_FALSE(Database::open(missing, access).ok());
        EXPECT_FALSE(QFileInfo::exists(missing));
    }
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("z.db")});
}

TEST(DatabaseAccess, ReadOnlyReadsButNeverWrites) {
    test::TempWorkspace ws;
    ws.close();
    auto db = Database::open(ws.path(), Database::Access::ReadOnly);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_TRUE((*db)->isReadOnly());
    EXPECT_EQ((*db)->schemaVersion(), schema::kCurrentVersion);
    EXPECT_TRUE(
        sql::scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM chat_groups"), {}, 0)
            .ok());
    EXPECT_FALSE(sql::exec((*db)->connection(),
                           QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')"))
                     .ok());
    // A second connection for another thread is read-only too.
    auto other = (*db)->openAnother();
    ASSERT_TRUE(other.ok());
    EXPECT_TRUE((*other)->isReadOnly());
    // Reading takes no lock: a restore elsewhere is not held up by a report.
    EXPECT_FALSE(QFileInfo::exists(WorkspaceLock::lockFilePath(ws.path())));
}

TEST(DatabaseAccess, ReadOnlyRefusesAnOlderSchemaThatInspectReads) {
    test::TempWorkspace ws;
    ASSERT_TRUE(sql::exec(ws.db().connection(), QStringLiteral("PRAGMA user_version = 1")).ok());
    ws.close();
    auto readOnly = Database::open(ws.path(), Database::Access::ReadOnly);
    ASSERT_FALSE(readOnly.ok());
    EXPECT_TRUE(readOnly.error().message.contains(QStringLiteral("older")));
    auto inspect = Database::open(ws.path(), Database::Access::Inspect);
    ASSERT_TRUE(inspect.ok()) << inspect.error().toString().toStdString();
    EXPECT_EQ((*inspect)->schemaVersion(), 1);
}

TEST(DatabaseAccess, WriteOpenNeverCreatesFolders) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo/ws.qundesk"));
    auto db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
}

TEST(DatabaseAccess, WriteOpenHoldsTheLockFileUntilTheLastCloses) {
    test::TempWorkspace ws;
    const QString lock = WorkspaceLock::lockFilePath(ws.path());
    EXPECT_TRUE(QFileInfo::exists(lock));
    EXPECT_FALSE(WorkspaceLock::heldElsewhere(ws.path()));
    {
        // Within one process the lock is shared: a second open and a restore may proceed.
        auto second = Database::open(ws.path());
        ASSERT_TRUE(second.ok());
        auto again = WorkspaceLock::acquire(ws.path());
        EXPECT_TRUE(again.ok());
    }
    EXPECT_TRUE(QFileInfo::exists(lock));
    ws.close();
    EXPECT_FALSE(QFileInfo::exists(lock));
}
