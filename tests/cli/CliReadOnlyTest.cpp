// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// check, report, group list and export read the workspace and never create, migrate or change
// it.
#include "CliRunner.h"
#include "CliTestWorkspace.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace qundesk;
using qundesk::test::CliRunner;

namespace {

QList<QStringList> readOnlyCommands(const CliRunner& cli) {
    return {
        {QStringLiteral("check")},
        {QStringLiteral("report"), QStringLiteral("summary")},
        {QStringLiteral("report"), QStringLiteral("lifecycle")},
        {QStringLiteral("report"), QStringLiteral("members"), QStringLiteral("--group"),
         QStringLiteral("VIP")},
        {QStringLiteral("report"), QStringLiteral("activity"), QStringLiteral("--group"),
         QStringLiteral("VIP")},
        {QStringLiteral("report"), QStringLiteral("funnel")},
        {QStringLiteral("report"), QStringLiteral("retention")},
        {QStringLiteral("group"), QStringLiteral("list")},
        {QStringLiteral("export"), QStringLiteral("members"),
         cli.filePath(QStringLiteral("out.csv"))},
    };
}

} // namespace

// issue 13.5: `: > z.db; Q --db z.db check` made a 270 KB workspace and said "ok".
TEST(CliReadOnly, EmptyFileIsAnErrorAndStaysEmpty) {
    CliRunner cli;
    const QString empty = cli.filePath(QStringLiteral("z.db"));
    test::writeFile(empty, {});
    for (const QStringList& command : readOnlyCommands(cli)) {
        const auto run = cli.run(QStringList{QStringLiteral("--db"), empty} + command);
        EXPECT_EQ(run.exitCode, 1) << command.join(QLatin1Char(' ')).toStdString();
        ASSERT_EQ(run.errLines().size(), 1) << run.err.constData();
        EXPECT_TRUE(run.errLines().first().contains(empty));
        EXPECT_TRUE(run.errLines().first().contains(QStringLiteral("empty")));
        EXPECT_EQ(QFileInfo(empty).size(), 0);
        EXPECT_FALSE(QFileInfo::exists(empty + QStringLiteral("-wal")));
    }
    EXPECT_FALSE(QFileInfo::exists(cli.filePath(QStringLiteral("out.csv"))));
}

TEST(CliReadOnly, MissingWorkspaceIsAnErrorAndNotCreated) {
    CliRunner cli;
    const QString missing = cli.filePath(QStringLiteral("missing.qundesk"));
    for (const QStringList& command : readOnlyCommands(cli)) {
        const auto run = cli.run(QStringList{QStringLiteral("--db"), missing} + command);
        EXPECT_EQ(run.exitCode, 1) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.errLines().size(), 1) << run.err.constData();
        EXPECT_FALSE(QFileInfo::exists(missing));
    }
}

TEST(CliReadOnly, ReadingLeavesTheWorkspaceByteForByte) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    test::makeWorkspace(ws, {QStringLiteral("VIP")});
    const QByteArray before = test::fileBytes(ws);
    for (const QStringList& command : readOnlyCommands(cli)) {
        const auto run = cli.run(QStringList{QStringLiteral("--db"), ws} + command);
        EXPECT_EQ(run.exitCode, 0)
            << command.join(QLatin1Char(' ')).toStdString() << run.err.constData();
        EXPECT_EQ(test::fileBytes(ws), before) << command.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(QFileInfo::exists(ws + QStringLiteral(".lock")));
    }
}

TEST(CliReadOnly, ReadOnlyFileCanStillBeRead) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    test::makeWorkspace(ws, {QStringLiteral("VIP")}, true);
    ASSERT_TRUE(QFile::setPermissions(ws, QFile::ReadOwner | QFile::ReadGroup));
    const auto run = cli.run({QStringLiteral("--db"), ws, QStringLiteral("--json"),
                              QStringLiteral("group"), QStringLiteral("list")});
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_EQ(test::fileMode(ws), 0440);
}
