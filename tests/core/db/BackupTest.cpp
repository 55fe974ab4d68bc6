// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Backup.h"

#include "ForeignLock.h"
#include "TempWorkspace.h"
#include "db/Database.h"
#include "db/NativeSqlite.h"
#include "db/Sql.h"
#include "model/Group.h"
#include "store/GroupStore.h"
#include "util/Time.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace qundesk;

namespace {

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

void addGroup(Database& db, const QString& name) {
    Group g;
    g.name = name;
    auto id = GroupStore(db).create(g);
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
}

QStringList groupNames(const Database& db) {
    QStringList names;
    auto groups = GroupStore(db).list();
    if (!groups)
        return {QStringLiteral("<error>")};
    for (const Group& g : *groups)
        names << g.name;
    names.sort();
    return names;
}

QStringList groupNamesIn(const QString& path) {
    auto db = Database::open(path);
    if (!db)
        return {db.error().toString()};
    return groupNames(*db.value());
}

// Restores the real clock after each test that fixed it.
class BackupTest : public ::testing::Test {
protected:
    void TearDown() override { time::setFixedNow({}); }
};

} // namespace

TEST_F(BackupTest, BackupHoldsTheSameRows) {
    test::TempWorkspace ws;
    addGroup(ws.db(), QStringLiteral("新人福利群"));
    addGroup(ws.db(), QStringLiteral("VIP"));
    ASSERT_TRUE(QDir().mkpath(ws.filePath(QStringLiteral("copies"))));
    const QString target = ws.filePath(QStringLiteral("copies/backup.qundesk"));

    const Status status = backupWorkspace(ws.db(), target);
    ASSERT_TRUE(status.ok()) << status.error().toString().toStdString();
    EXPECT_TRUE(QFileInfo::exists(target));
    EXPECT_EQ(groupNamesIn(target),
              (QStringList{QStringLiteral("VIP"), QStringLiteral("新人福利群")}));
    // No temporary file is left next to the backup.
    EXPECT_EQ(QDir(ws.filePath(QStringLiteral("copies"))).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("backup.qundesk")});
}

TEST_F(BackupTest, RefusesAnExistingTargetAndKeepsIt) {
    test::TempWorkspace ws;
    const QString target = ws.filePath(QStringLiteral("taken.qundesk"));
    {
        QFile f(target);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    const Status status = backupWorkspace(ws.db(), target);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().file, target);
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("already exists")));
    QFile f(target);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArrayLiteral("keep me"));
}

TEST_F(BackupTest, RestoreReplacesContentAndKeepsThePreviousFile) {
    test::TempWorkspace ws;
    addGroup(ws.db(), QStringLiteral("Before"));
    const QString backup = ws.filePath(QStringLiteral("backup.qundesk"));
    ASSERT_TRUE(backupWorkspace(ws.db(), backup).ok());
    addGroup(ws.db(), QStringLiteral("After"));
    ws.close();

    time::setFixedNow(QDateTime(QDate(2026, 6, 18), QTime(9, 30, 0), QTimeZone::utc()));
    const Status status = restoreWorkspace(backup, ws.path());
    ASSERT_TRUE(status.ok()) << status.error().toString().toStdString();

    EXPECT_EQ(groupNamesIn(ws.path()), QStringList{QStringLiteral("Before")});
    const QStringList kept = QDir(ws.dir()).entryList(
        {QStringLiteral("workspace.qundesk.before-restore-*")}, QDir::Files);
    ASSERT_EQ(kept.size(), 1);
    const QString expectedStamp =
        time::now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    EXPECT_EQ(kept.first(), QStringLiteral("workspace.qundesk.before-restore-") + expectedStamp);
    EXPECT_EQ(groupNamesIn(ws.filePath(kept.first())),
              (QStringList{QStringLiteral("After"), QStringLiteral("Before")}));
}

TEST_F(BackupTest, RestoreOfForeignFileFailsAndLeavesWorkspaceUnchanged) {
    test::TempWorkspace ws;
    addGroup(ws.db(), QStringLiteral("Stays"));
    ws.close();
    const QString notes = ws.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(notes);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("this is not a workspace\n");
    }
    const QByteArray before = fileHash(ws.path());
    ASSERT_FALSE(before.isEmpty());

    const Status status = restoreWorkspace(notes, ws.path());
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().file, notes);
    EXPECT_EQ(fileHash(ws.path()), before);
    EXPECT_TRUE(
        QDir(ws.dir()).entryList({QStringLiteral("*before-restore*")}, QDir::Files).isEmpty());
}

TEST_F(BackupTest, RestoreRefusesAMissingBackup) {
    test::TempWorkspace ws;
    ws.close();
    const QByteArray before = fileHash(ws.path());
    const Status status =
        restoreWorkspace(ws.filePath(QStringLiteral("missing.qundesk")), ws.path());
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("does not exist")));
    EXPECT_EQ(fileHash(ws.path()), before);
}

TEST_F(BackupTest, RotationKeepsTheNewestN) {
    test::TempWorkspace ws;
    addGroup(ws.db(), QStringLiteral("Rotating"));
    const QString folder = ws.filePath(QStringLiteral("auto"));
    QDir().mkpath(folder);
    {
        QFile unrelated(QDir(folder).filePath(QStringLiteral("notes.txt")));
        ASSERT_TRUE(unrelated.open(QIODevice::WriteOnly));
    }
    const QDateTime start(QDate(2026, 6, 1), QTime(8, 0, 0), QTimeZone::utc());
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        time::setFixedNow(start.addDays(i));
        made << Backup::rotatingFileName(ws.db());
        const Status status = rotateBackups(ws.db(), folder, 3);
        ASSERT_TRUE(status.ok()) << status.error().toString().toStdString();
    }
    // A second backup within the same second gets its own name and still counts.
    const Status again = rotateBackups(ws.db(), folder, 3);
    ASSERT_TRUE(again.ok());

    const QStringList left =
        QDir(folder).entryList({QStringLiteral("*.qundesk")}, QDir::Files, QDir::Name);
    ASSERT_EQ(left.size(), 3);
    EXPECT_EQ(left.at(0), made.at(3));
    EXPECT_EQ(left.at(1), made.at(4));
    EXPECT_TRUE(left.at(2).endsWith(QStringLiteral("_02.qundesk"))) << left.at(2).toStdString();
    EXPECT_TRUE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("notes.txt"))));
    EXPECT_EQ(groupNamesIn(QDir(folder).filePath(left.at(2))),
              QStringList{QStringLiteral("Rotating")});
}

TEST_F(BackupTest, RotationRefusesKeepingNone) {
    test::TempWorkspace ws;
    EXPECT_FALSE(rotateBackups(ws.db(), ws.filePath(QStringLiteral("auto")), 0).ok());
}

TEST_F(BackupTest, RestoreIsRefusedWhileAnotherLiveProcessHoldsTheWorkspace) {
    test::TempWorkspace ws;
    addGroup(ws.db(), QStringLiteral("Before"));
    const QString backup = ws.filePath(QStringLiteral("backup.qundesk"));
    ASSERT_TRUE(backupWorkspace(ws.db(), backup).ok());
    addGroup(ws.db(), QStringLiteral("After"));
    ws.close();
    const QByteArray before = fileHash(ws.path());
    {
        test::ForeignLock other(ws.path());
        ASSERT_TRUE(other.isValid());
        const Status status = restoreWorkspace(backup, ws.path());
        ASSERT_FALSE(status.ok());
        EXPECT_TRUE(status.error().message.contains(QStringLiteral("in use by another program")))
            << status.error().message.toStdString();
        EXPECT_EQ(fileHash(ws.path()), before);
    }
    const Status status = restoreWorkspace(backup, ws.path());
    ASSERT_TRUE(status.ok()) << status.error().toString().toStdString();
    EXPECT_EQ(groupNamesIn(ws.path()), QStringList{QStringLiteral("Before")});
}

TEST_F(BackupTest, RestoreIsInPlaceAndKeepsTheFileMode) {
    test::TempWorkspace ws;
    addGroup(ws.db(), QStringLiteral("Before"));
    const QString backup = ws.filePath(QStringLiteral("backup.qundesk"));
    ASSERT_TRUE(backupWorkspace(ws.db(), backup).ok());
    addGroup(ws.db(), QStringLiteral("After"));
    ws.close();
    ASSERT_EQ(::chmod(QFile::encodeName(ws.path()).constData(), 0604), 0);
    const QString link = ws.filePath(QStringLiteral("link.qundesk"));
    ASSERT_TRUE(QFile::link(ws.path(), link));

    // Restoring through a link restores the file it names; the link stays a link.
    const Status status = restoreWorkspace(backup, link);
    ASSERT_TRUE(status.ok()) << status.error().toString().toStdString();
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(groupNamesIn(ws.path()), QStringList{QStringLiteral("Before")});
    struct stat st {};
    ASSERT_EQ(::stat(QFile::encodeName(ws.path()).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0604u);
}

TEST_F(BackupTest, BackupNeverCreatesFoldersNorWritesOntoTheWorkspace) {
    test::TempWorkspace ws;
    const Status folder = backupWorkspace(ws.db(), ws.filePath(QStringLiteral("none/b.qundesk")));
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().message.contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFileInfo::exists(ws.filePath(QStringLiteral("none"))));
    for (const QString& own :
         {ws.path() + QStringLiteral("-wal"), ws.path() + QStringLiteral("-shm"),
          ws.path() + QStringLiteral("-journal")}) {
        const Status status = backupWorkspace(ws.db(), own);
        EXPECT_FALSE(status.ok()) << own.toStdString();
    }
}

// Where Qt carries its own SQLite the backup API cannot serve its connections: the restore
// copies in SQL, still in place and all or nothing.
TEST_F(BackupTest, RestoreWithoutSqlitesCApiCopiesTheSameContent) {
    test::TempWorkspace ws;
    addGroup(ws.db(), QStringLiteral("Before"));
    const QString backup = ws.filePath(QStringLiteral("backup.qundesk"));
    ASSERT_TRUE(backupWorkspace(ws.db(), backup).ok());
    addGroup(ws.db(), QStringLiteral("After"));
    addGroup(ws.db(), QStringLiteral("Later"));
    ws.close();
    ASSERT_EQ(::chmod(QFile::encodeName(ws.path()).constData(), 0604), 0);

    nativesqlite::setAllowed(false);
    const Status status = restoreWorkspace(backup, ws.path());
    nativesqlite::setAllowed(true);
    ASSERT_TRUE(status.ok()) << status.error().toString().toStdString();
    EXPECT_EQ(groupNamesIn(ws.path()), QStringList{QStringLiteral("Before")});
    struct stat st {};
    ASSERT_EQ(::stat(QFile::encodeName(ws.path()).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0604u);
    auto db = Database::open(ws.path());
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_TRUE((*db)->checkIntegrity().ok());
    // A new group gets the next id after the backup's, as the AUTOINCREMENT counter says.
    addGroup(**db, QStringLiteral("New"));
    EXPECT_EQ(groupNamesIn(ws.path()).size(), 2);
}
