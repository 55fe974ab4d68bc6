// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// restore: refused while another process has the workspace open, in place otherwise (the
// file keeps its inode and mode), and nothing left beside the backup.
#include "CliRunner.h"
#include "CliTestWorkspace.h"
#include "db/WorkspaceLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLockFile>
#include <QProcess>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace qundesk;
using qundesk::test::CliRunner;

namespace {

QStringList groupNames(const CliRunner& cli, const QString& ws) {
    const auto run = cli.run({QStringLiteral("--db"), ws, QStringLiteral("--json"),
                              QStringLiteral("group"), QStringLiteral("list")});
    QStringList names;
    const QJsonArray groups = run.json().value(QStringLiteral("groups")).toArray();
    for (const auto& g : groups)
        names << g.toObject().value(QStringLiteral("name")).toString();
    return names;
}

quint64 inode(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}

// A backup of `ws` holding `groups` (made with the CLI, so a real backup file).
QString makeBackup(const CliRunner& cli, const QString& name, const QStringList& groups) {
    const QString source = cli.filePath(name + QStringLiteral(".src"));
    test::makeWorkspace(source, groups);
    const QString backup = cli.filePath(name);
    const auto run = cli.run({QStringLiteral("--db"), source, QStringLiteral("backup"), backup});
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    return backup;
}

QStringList restoreArgs(const QString& ws, const QString& backup) {
    return {QStringLiteral("--db"), ws, QStringLiteral("restore"), backup};
}

} // namespace

// issue 13.4: restore exited 0 under a process that had the workspace open, whose later
// commit was then lost.
TEST(CliRestore, RefusedWhileAnotherProcessHoldsTheWorkspace) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    test::makeWorkspace(ws, {QStringLiteral("Current")});
    const QString backup = makeBackup(cli, QStringLiteral("b.qundesk"), {QStringLiteral("Old")});
    {
        // This test program is the other process: it holds the lock as the window would.
        auto held = WorkspaceLock::acquire(ws);
        ASSERT_TRUE(held.ok()) << held.error().toString().toStdString();
        ASSERT_TRUE(QFileInfo::exists(ws + QStringLiteral(".lock")));
        const QByteArray before = test::fileBytes(ws);
        const auto run = cli.run(restoreArgs(ws, backup));
        EXPECT_EQ(run.exitCode, 1);
        ASSERT_EQ(run.errLines().size(), 1) << run.err.constData();
        EXPECT_TRUE(run.errLines().first().contains(QStringLiteral("in use by another program"),
                                                    Qt::CaseInsensitive))
            << run.err.constData();
        EXPECT_EQ(test::fileBytes(ws), before);
        EXPECT_TRUE(QDir(cli.dir())
                        .entryList({QStringLiteral("ws.qundesk.before-restore-*")}, QDir::Files)
                        .isEmpty());
    }
    EXPECT_FALSE(QFileInfo::exists(ws + QStringLiteral(".lock")));
    const auto run = cli.run(restoreArgs(ws, backup));
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_EQ(groupNames(cli, ws), QStringList{QStringLiteral("Old")});
}

TEST(CliRestore, StaleLockOfAFinishedProcessIsTakenOver) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    test::makeWorkspace(ws, {QStringLiteral("Current")});
    const QString backup = makeBackup(cli, QStringLiteral("b.qundesk"), {QStringLiteral("Old")});

    // The lock file a process leaves when it is killed: a real lock's content with the pid of
    // a process that has finished.
    QProcess gone;
    gone.start(QStringLiteral("/bin/true"), {});
    ASSERT_TRUE(gone.waitForFinished(10000));
    const qint64 deadPid = gone.processId() != 0 ? gone.processId() : 0;
    QByteArray content;
    {
        QLockFile real(cli.filePath(QStringLiteral("probe.lock")));
        ASSERT_TRUE(real.tryLock(0));
        content = test::fileBytes(cli.filePath(QStringLiteral("probe.lock")));
    }
    ASSERT_FALSE(content.isEmpty());
    const qsizetype eol = content.indexOf('\n');
    const QByteArray pid = QByteArray::number(deadPid > 0 ? deadPid : 999999);
    test::writeFile(ws + QStringLiteral(".lock"), pid + content.mid(eol));

    const auto run = cli.run(restoreArgs(ws, backup));
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_EQ(groupNames(cli, ws), QStringList{QStringLiteral("Old")});
    EXPECT_FALSE(QFileInfo::exists(ws + QStringLiteral(".lock")));
}

// issue 13.12: the restored workspace was 0600 instead of its mode before; and in place, it
// is the same file (links to it and processes that have it open keep it).
TEST(CliRestore, RestoresInPlaceKeepingTheFileAndItsMode) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    test::makeWorkspace(ws, {QStringLiteral("Current")});
    ASSERT_EQ(::chmod(QFile::encodeName(ws).constData(), 0640), 0);
    const quint64 before = inode(ws);
    const QString backup = makeBackup(cli, QStringLiteral("b.qundesk"), {QStringLiteral("Old")});

    const auto run = cli.run(restoreArgs(ws, backup));
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_EQ(inode(ws), before);
    EXPECT_EQ(test::fileMode(ws), 0640);
    EXPECT_EQ(groupNames(cli, ws), QStringList{QStringLiteral("Old")});
    // The content before is kept, and it is the workspace as it was.
    const QStringList kept =
        QDir(cli.dir()).entryList({QStringLiteral("ws.qundesk.before-restore-*")}, QDir::Files);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(groupNames(cli, cli.filePath(kept.first())), QStringList{QStringLiteral("Current")});
}

// issue 13.12: restore left -wal/-shm beside the backup.
TEST(CliRestore, LeavesNothingBesideTheBackup) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    test::makeWorkspace(ws, {QStringLiteral("Current")});
    ASSERT_TRUE(QDir(cli.dir()).mkdir(QStringLiteral("saved")));
    // A copy of a closed workspace: a WAL-mode file, as users copy them by hand.
    const QString source = cli.filePath(QStringLiteral("saved/src.qundesk"));
    test::makeWorkspace(source, {QStringLiteral("Copied")});
    const QString backup = cli.filePath(QStringLiteral("saved/copy.qundesk"));
    ASSERT_TRUE(QFile::rename(source, backup));
    const QByteArray bytes = test::fileBytes(backup);

    const auto run = cli.run(restoreArgs(ws, backup));
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_EQ(QDir(cli.filePath(QStringLiteral("saved"))).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("copy.qundesk")});
    EXPECT_EQ(test::fileBytes(backup), bytes);
    EXPECT_EQ(groupNames(cli, ws), QStringList{QStringLiteral("Copied")});
}
