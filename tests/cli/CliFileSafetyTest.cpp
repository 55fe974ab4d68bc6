// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// What export and backup never write over: the workspace and its files, devices, pipes,
// folders, read-only files; and what a failure prints (one line) and leaves (nothing).
#include "CliRunner.h"
#include "CliTestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace qundesk;
using qundesk::test::CliRunner;

namespace {

QStringList exportArgs(const QString& ws, const QString& target) {
    return {QStringLiteral("--db"), ws, QStringLiteral("export"), QStringLiteral("members"),
            target};
}

} // namespace

// issue 13.1: `cp ws.db ws.csv && Q --db ws.csv export members ws.csv` turned the workspace
// into CSV text.
TEST(CliFileSafety, ExportNeverWritesOverTheWorkspace) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.csv"));
    test::makeWorkspace(ws, {QStringLiteral("群一")});
    const QByteArray before = test::fileBytes(ws);
    const QString link = cli.filePath(QStringLiteral("link.xlsx"));
    ASSERT_TRUE(QFile::link(ws, link));
    for (const QString& target :
         {ws, link, cli.filePath(QStringLiteral("./ws.csv")), ws + QStringLiteral("-wal")}) {
        const auto run = cli.run(exportArgs(ws, target));
        EXPECT_EQ(run.exitCode, 1) << target.toStdString();
        ASSERT_EQ(run.errLines().size(), 1) << run.err.constData();
        EXPECT_TRUE(run.errLines().first().contains(QDir::cleanPath(target)))
            << run.err.constData();
        EXPECT_EQ(test::fileBytes(ws), before);
    }
    const auto backup = cli.run({QStringLiteral("--db"), ws, QStringLiteral("backup"), link});
    EXPECT_EQ(backup.exitCode, 1);
    EXPECT_EQ(test::fileBytes(ws), before);
    EXPECT_TRUE(QFileInfo(link).isSymLink());
}

// issue 13.2: a CSV export through a link replaced what the link pointed to.
TEST(CliFileSafety, ExportRefusesPipesFoldersAndLinksToThem) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    test::makeWorkspace(ws, {});
    const QString fifo = cli.filePath(QStringLiteral("pipe"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString linkToFifo = cli.filePath(QStringLiteral("to-pipe.csv"));
    ASSERT_TRUE(QFile::link(fifo, linkToFifo));
    const QString linkToNull = cli.filePath(QStringLiteral("to-null.csv"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/null"), linkToNull));
    const QString folder = cli.filePath(QStringLiteral("folder.csv"));
    ASSERT_TRUE(QDir().mkdir(folder));

    for (const QString& target : {linkToFifo, linkToNull, folder}) {
        const auto run = cli.run(exportArgs(ws, target));
        EXPECT_EQ(run.exitCode, 1) << target.toStdString();
        ASSERT_EQ(run.errLines().size(), 1) << run.err.constData();
        EXPECT_TRUE(run.errLines().first().contains(target));
    }
    struct stat st {};
    ASSERT_EQ(::stat(QFile::encodeName(fifo).constData(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
    EXPECT_TRUE(QFileInfo(linkToNull).isSymLink());
    EXPECT_TRUE(QFileInfo(folder).isDir());
}

TEST(CliFileSafety, ExportThroughALinkWritesTheFileItNames) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    test::makeWorkspace(ws, {});
    const QString real = cli.filePath(QStringLiteral("real.csv"));
    test::writeFile(real, "old");
    const QString link = cli.filePath(QStringLiteral("link.csv"));
    ASSERT_TRUE(QFile::link(real, link));
    const auto run = cli.run(exportArgs(ws, link));
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_TRUE(test::fileBytes(real).startsWith("\xEF\xBB\xBF"));
}

// issue 13.3: .xlsx replaced a read-only file (444 became 644) where .csv refused.
TEST(CliFileSafety, ReadOnlyTargetIsRefusedForCsvAndXlsx) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    test::makeWorkspace(ws, {});
    for (const QString& name : {QStringLiteral("ro.xlsx"), QStringLiteral("ro.csv")}) {
        const QString target = cli.filePath(name);
        test::writeFile(target, "keep");
        ASSERT_EQ(::chmod(QFile::encodeName(target).constData(), 0444), 0);
        const auto run = cli.run(exportArgs(ws, target));
        EXPECT_EQ(run.exitCode, 1) << name.toStdString();
        ASSERT_EQ(run.errLines().size(), 1) << run.err.constData();
        EXPECT_TRUE(run.errLines().first().contains(QStringLiteral("read-only")));
        EXPECT_EQ(test::fileMode(target), 0444);
        EXPECT_EQ(test::fileBytes(target), QByteArray("keep"));
    }
}

TEST(CliFileSafety, ReplacedExportKeepsTheFileMode) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    test::makeWorkspace(ws, {});
    const QString target = cli.filePath(QStringLiteral("m.xlsx"));
    test::writeFile(target, "old");
    ASSERT_EQ(::chmod(QFile::encodeName(target).constData(), 0640), 0);
    const auto run = cli.run(exportArgs(ws, target));
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_EQ(test::fileMode(target), 0640);
    EXPECT_TRUE(test::fileBytes(target).startsWith("PK"));
}

// issue 13.10: xlsx errors printed 2-3 lines ("[ERROR] workbook_close()…").
TEST(CliFileSafety, XlsxMissingFolderIsOneLine) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    test::makeWorkspace(ws, {});
    const QString target = cli.filePath(QStringLiteral("nowhere/m.xlsx"));
    const auto run = cli.run(exportArgs(ws, target));
    EXPECT_EQ(run.exitCode, 1);
    ASSERT_EQ(run.errLines().size(), 1) << run.err.constData();
    EXPECT_TRUE(run.errLines().first().contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFileInfo::exists(cli.filePath(QStringLiteral("nowhere"))));
}

TEST(CliFileSafety, FullDiskIsOneLineAndLeavesNoFile) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    test::makeWorkspace(ws, {QStringLiteral("VIP")}, true);
    for (const QString& name : {QStringLiteral("m.xlsx"), QStringLiteral("m.csv")}) {
        const QString target = cli.filePath(name);
        const auto run = cli.runWithFileLimit(exportArgs(ws, target), 0);
        EXPECT_EQ(run.exitCode, 1) << name.toStdString() << run.err.constData();
        ASSERT_EQ(run.errLines().size(), 1) << run.err.constData();
        EXPECT_TRUE(run.errLines().first().contains(target)) << run.err.constData();
        EXPECT_FALSE(run.err.contains("[ERROR]"));
        EXPECT_FALSE(QFileInfo::exists(target));
    }
    EXPECT_EQ(QDir(cli.dir()).entryList({QStringLiteral("*m.*")}, QDir::Files | QDir::Hidden),
              QStringList());
}

// issue 13.12: a failed backup left a ".partial-…-journal" beside the target.
TEST(CliFileSafety, FailedBackupLeavesNothing) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    test::makeWorkspace(ws, {QStringLiteral("VIP")}, true);
    ASSERT_TRUE(QDir(cli.dir()).mkdir(QStringLiteral("saved")));
    const QString target = cli.filePath(QStringLiteral("saved/b.qundesk"));
    const auto run =
        cli.runWithFileLimit({QStringLiteral("--db"), ws, QStringLiteral("backup"), target}, 8);
    EXPECT_EQ(run.exitCode, 1) << run.err.constData();
    ASSERT_EQ(run.errLines().size(), 1) << run.err.constData();
    EXPECT_EQ(QDir(cli.filePath(QStringLiteral("saved")))
                  .entryList(QDir::Files | QDir::Hidden | QDir::System),
              QStringList());
}

// issue 13.13: a mistyped folder silently became new folders and a new workspace.
TEST(CliFileSafety, WriteCommandsNeverCreateFolders) {
    CliRunner cli;
    const QString missing = cli.filePath(QStringLiteral("typo/sub/ws.qundesk"));
    const QString members = cli.filePath(QStringLiteral("m.csv"));
    test::writeFile(members, "name\n小王\n");
    const QList<QStringList> commands = {
        {QStringLiteral("demo")},
        {QStringLiteral("import"), QStringLiteral("members"), members},
    };
    for (const QStringList& command : commands) {
        const auto run = cli.run(QStringList{QStringLiteral("--db"), missing} + command);
        EXPECT_EQ(run.exitCode, 1) << command.join(QLatin1Char(' ')).toStdString();
        ASSERT_EQ(run.errLines().size(), 1) << run.err.constData();
        EXPECT_TRUE(run.errLines().first().contains(QStringLiteral("does not exist")));
        EXPECT_FALSE(QFileInfo::exists(cli.filePath(QStringLiteral("typo"))));
    }
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    test::makeWorkspace(ws, {});
    const auto backup = cli.run({QStringLiteral("--db"), ws, QStringLiteral("backup"),
                                 cli.filePath(QStringLiteral("typo/b.qundesk"))});
    EXPECT_EQ(backup.exitCode, 1);
    EXPECT_TRUE(backup.errLines().value(0).contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFileInfo::exists(cli.filePath(QStringLiteral("typo"))));

    // A new workspace file in an existing folder is fine.
    const auto created =
        cli.run({QStringLiteral("--db"), cli.filePath(QStringLiteral("new.qundesk")),
                 QStringLiteral("import"), QStringLiteral("members"), members});
    EXPECT_EQ(created.exitCode, 0) << created.err.constData();
}
