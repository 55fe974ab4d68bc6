// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// qundesk-cli and a workspace another program is writing to: it waits up to the busy timeout
// (QUNDESK_BUSY_TIMEOUT_MS here, 30 s by default), then fails naming the workspace.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <gtest/gtest.h>

using namespace qundesk;
using test::CliRunner;

TEST(CliBusy, AWriteCommandOnABusyWorkspaceFailsNamingIt) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("工作区 %1.qundesk"));
    auto db = Database::open(ws);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    auto writer = (*db)->openAnother();
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE(sql::exec((*writer)->connection(), QStringLiteral("BEGIN IMMEDIATE")).ok());
    ASSERT_TRUE(sql::exec((*writer)->connection(),
                          QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')"))
                    .ok());

    const QString csv = test::copyFixture(QStringLiteral("members/members-zh-bom.csv"), cli.dir());
    const auto run = cli.run({QStringLiteral("--db"), ws, QStringLiteral("--json"),
                              QStringLiteral("import"), QStringLiteral("members"), csv},
                             {{QStringLiteral("QUNDESK_BUSY_TIMEOUT_MS"), QStringLiteral("200")}});
    EXPECT_EQ(run.exitCode, 1);
    ASSERT_EQ(run.errLines().size(), 1) << run.err.toStdString();
    EXPECT_EQ(run.errLines().first(),
              QStringLiteral("qundesk-cli: %1: the workspace is busy — another program is "
                             "writing to it; try again when it has finished")
                  .arg(ws));
    EXPECT_EQ(run.json()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("file"))
                  .toString(),
              ws);

    ASSERT_TRUE(sql::exec((*writer)->connection(), QStringLiteral("ROLLBACK")).ok());
    EXPECT_EQ(
        sql::scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM members"))->toInt(),
        0);
    const auto again = cli.run(
        {QStringLiteral("--db"), ws, QStringLiteral("import"), QStringLiteral("members"), csv,
         QStringLiteral("--skip-invalid")},
        {{QStringLiteral("QUNDESK_BUSY_TIMEOUT_MS"), QStringLiteral("200")}});
    EXPECT_EQ(again.exitCode, 0) << again.err.toStdString();
}

TEST(CliBusy, AServiceCallWaitsForTheWriterThenFails) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("busy.qundesk"));
    auto db = Database::open(ws);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(sql::exec((*db)->connection(), QStringLiteral("BEGIN IMMEDIATE")).ok());
    const auto run = cli.run({QStringLiteral("--db"), ws, QStringLiteral("group"),
                              QStringLiteral("add"), QStringLiteral("VIP")},
                             {{QStringLiteral("QUNDESK_BUSY_TIMEOUT_MS"), QStringLiteral("100")}});
    EXPECT_NE(run.exitCode, 0);
    ASSERT_EQ(run.errLines().size(), 1);
    EXPECT_TRUE(run.errLines().first().startsWith(QStringLiteral("qundesk-cli: ") + ws +
                                                  QStringLiteral(": the workspace is busy")))
        << run.err.toStdString();
    ASSERT_TRUE(sql::exec((*db)->connection(), QStringLiteral("ROLLBACK")).ok());
}
