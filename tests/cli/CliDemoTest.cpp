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

TEST(CliDemo, CreatesSixGroups) {
    CliRunner cli;
    const auto run = cli.run(demoArgs(cli.filePath(QStringLiteral("demo.qundesk"))));
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_EQ(run.json().value(QStringLiteral("groups")).toInt(-1), 6);
    const int members = run.json().value(QStringLiteral("members")).toInt();
    EXPECT_GE(members, 1300);
    EXPECT_LE(members, 1700);
}

TEST(CliDemo, SecondDemoInTheSameWorkspaceFails) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("demo.qundesk"));
    const auto first = cli.run(demoArgs(ws));
    ASSERT_EQ(first.exitCode, 0) << first.err.constData();
    ASSERT_EQ(first.json().value(QStringLiteral("groups")).toInt(-1), 6);
    const QByteArray before = test::fileBytes(ws);
    const auto second = cli.run(demoArgs(ws));
    EXPECT_NE(second.exitCode, 0);
    ASSERT_EQ(second.errLines().size(), 1);
    EXPECT_TRUE(second.errLines().first().contains(ws));
}
