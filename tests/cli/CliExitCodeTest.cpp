// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Exit 2 for a wrong command line, 1 for work that failed; file arguments that are not files
// are named for what they are.
#include "CliRunner.h"
#include "CliTestWorkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace qundesk;
using qundesk::test::CliRunner;

// issue 13.11: these exited 1.
TEST(CliExitCode, MalformedOptionValuesAndMissingRequiredOptionsExitTwo) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    const QString fresh = cli.filePath(QStringLiteral("fresh.qundesk"));
    test::makeWorkspace(ws, {QStringLiteral("VIP")});
    const QString members = cli.filePath(QStringLiteral("m.csv"));
    test::writeFile(members, "name\n小王\n");
    const QList<QStringList> commands = {
        {QStringLiteral("--db"), fresh, QStringLiteral("demo"), QStringLiteral("--scale"),
         QStringLiteral("abc")},
        {QStringLiteral("--db"), fresh, QStringLiteral("import"), QStringLiteral("members"),
         members, QStringLiteral("--date-order"), QStringLiteral("xyz")},
        {QStringLiteral("--db"), fresh, QStringLiteral("import"), QStringLiteral("members"),
         members, QStringLiteral("--platform"), QStringLiteral("bogus")},
        {QStringLiteral("--db"), ws, QStringLiteral("report"), QStringLiteral("summary"),
         QStringLiteral("--from"), QStringLiteral("2024-02-30")},
        {QStringLiteral("--db"), ws, QStringLiteral("report"), QStringLiteral("summary"),
         QStringLiteral("--from"), QStringLiteral("2024-03-02"), QStringLiteral("--to"),
         QStringLiteral("2024-03-01")},
        {QStringLiteral("--db"), ws, QStringLiteral("report"), QStringLiteral("members")},
    };
    for (const QStringList& command : commands) {
        const auto run = cli.run(command);
        EXPECT_EQ(run.exitCode, 2) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.errLines().size(), 1) << run.err.constData();
    }
    // A wrong command line changes nothing: no workspace was created for it.
    EXPECT_FALSE(QFileInfo::exists(fresh));
    // Work that fails is still 1: a group that does not exist.
    const auto unknown =
        cli.run({QStringLiteral("--db"), ws, QStringLiteral("report"), QStringLiteral("members"),
                 QStringLiteral("--group"), QStringLiteral("nope")});
    EXPECT_EQ(unknown.exitCode, 1);
}

// issue 13.11: "There is no such file." for a folder, a FIFO and "-".
TEST(CliExitCode, FileArgumentsAreNamedForWhatTheyAre) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    test::makeWorkspace(ws, {});
    const QString fifo = cli.filePath(QStringLiteral("pipe.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString folder = cli.filePath(QStringLiteral("folder"));
    ASSERT_TRUE(QDir().mkdir(folder));
    const QList<QPair<QString, QString>> cases = {
        {folder, QStringLiteral("folder")},
        {fifo, QStringLiteral("pipe")},
        {QStringLiteral("-"), QStringLiteral("standard input")},
        {cli.filePath(QStringLiteral("none.csv")), QStringLiteral("does not exist")},
    };
    for (const auto& [file, words] : cases) {
        for (const QString& command : {QStringLiteral("import"), QStringLiteral("restore")}) {
            const QStringList args = command == QLatin1String("import")
                                         ? QStringList{QStringLiteral("--db"), ws, command,
                                                       QStringLiteral("members"), file}
                                         : QStringList{QStringLiteral("--db"), ws, command, file};
            const auto run = cli.run(args);
            EXPECT_EQ(run.exitCode, 1) << args.join(QLatin1Char(' ')).toStdString();
            ASSERT_EQ(run.errLines().size(), 1) << run.err.constData();
            EXPECT_TRUE(run.errLines().first().contains(words)) << run.err.constData();
        }
    }
    // The workspace given as a folder is named as one too.
    const auto dbFolder =
        cli.run({QStringLiteral("--db"), folder, QStringLiteral("group"), QStringLiteral("list")});
    EXPECT_EQ(dbFolder.exitCode, 1);
    EXPECT_TRUE(dbFolder.errLines().value(0).contains(QStringLiteral("folder")));
}
