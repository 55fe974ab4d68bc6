// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliRunner.h"
#include "Version.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace qundesk;
using qundesk::test::CliRunner;

TEST(CliBasics, VersionPrintsNameAndVersion) {
    CliRunner cli;
    const auto run = cli.run({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, QByteArray("qundesk-cli ") + kVersion + '\n');
    EXPECT_TRUE(run.err.isEmpty());

    const auto json = cli.run({QStringLiteral("--json"), QStringLiteral("--version")});
    EXPECT_EQ(json.exitCode, 0);
    EXPECT_EQ(json.json().value(QStringLiteral("version")).toString(),
              QString::fromLatin1(kVersion));
}

TEST(CliBasics, HelpListsEveryCommand) {
    CliRunner cli;
    const auto run = cli.run({QStringLiteral("--help")});
    EXPECT_EQ(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    EXPECT_TRUE(text.startsWith(
        QStringLiteral("Usage: qundesk-cli [--db PATH] [--json] [--tz ZONE] COMMAND")));
    for (const char* command :
         {"demo", "group list", "report summary", "check", "backup FILE", "restore FILE"})
        EXPECT_TRUE(text.contains(QString::fromLatin1(command))) << command;

    const auto json = cli.run({QStringLiteral("--help"), QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 0);
    EXPECT_GE(json.json().value(QStringLiteral("commands")).toArray().size(), 6);
}

TEST(CliBasics, UnknownCommandFailsWithUsageHint) {
    CliRunner cli;
    const auto run = cli.run({QStringLiteral("frobnicate")});
    EXPECT_NE(run.exitCode, 0);
    ASSERT_EQ(run.errLines().size(), 1) << run.err.constData();
    EXPECT_TRUE(run.errLines().first().contains(QStringLiteral("frobnicate")));
    EXPECT_TRUE(run.errLines().first().contains(QStringLiteral("--help")));
    EXPECT_TRUE(run.out.isEmpty());

    const auto sub = cli.run({QStringLiteral("group"), QStringLiteral("explode")});
    EXPECT_NE(sub.exitCode, 0);
    ASSERT_EQ(sub.errLines().size(), 1);
    EXPECT_TRUE(sub.errLines().first().contains(QStringLiteral("group explode")));
}

TEST(CliBasics, NoCommandAndUnknownOptionAreUsageErrors) {
    CliRunner cli;
    const auto none = cli.run({});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_EQ(none.errLines().size(), 1);

    const auto option = cli.run({QStringLiteral("check"), QStringLiteral("--bogus")});
    EXPECT_EQ(option.exitCode, 2);
    ASSERT_EQ(option.errLines().size(), 1);
    EXPECT_TRUE(option.errLines().first().contains(QStringLiteral("--bogus")));

    const auto missing = cli.run({QStringLiteral("backup")});
    EXPECT_EQ(missing.exitCode, 2);
    ASSERT_EQ(missing.errLines().size(), 1);
    EXPECT_TRUE(missing.errLines().first().contains(QStringLiteral("backup FILE")));
}

TEST(CliBasics, JsonFailureIsOneObjectOnStdout) {
    CliRunner cli;
    const auto run = cli.run({QStringLiteral("--json"), QStringLiteral("frobnicate")});
    EXPECT_NE(run.exitCode, 0);
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(QStringLiteral("ok")).toBool(true), false);
    EXPECT_TRUE(json.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("frobnicate")));
}

// QunDesk's own log lines stay off stderr unless QT_LOGGING_RULES turns an area up.
TEST(CliBasics, LoggingRulesTurnAnAreaUp) {
    const CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("w.qundesk")); // none yet: the command fails
    const QStringList command{QStringLiteral("--db"), ws, QStringLiteral("group"),
                              QStringLiteral("list")};
    const auto quiet = cli.run(command);
    ASSERT_EQ(quiet.exitCode, 1);
    EXPECT_EQ(quiet.errLines().size(), 1)
        << "only the command's error: " << quiet.err.toStdString();

    qputenv("QT_LOGGING_RULES", "qundesk.cli.debug=true");
    const auto loud = cli.run(command);
    qunsetenv("QT_LOGGING_RULES");
    ASSERT_EQ(loud.exitCode, 1);
    EXPECT_TRUE(loud.err.contains("running group list on " + ws.toUtf8()))
        << loud.err.toStdString();
    EXPECT_TRUE(loud.err.contains("exit 1")) << loud.err.toStdString();
    EXPECT_EQ(loud.errLines().size(), 3);
}
