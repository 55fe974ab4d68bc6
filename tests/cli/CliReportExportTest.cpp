// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// export report FILE.pdf [--week YYYY-Www], run through the real qundesk-cli.
#include "CliRunner.h"
#include "TempWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>

#include <gtest/gtest.h>

using namespace qundesk;
using qundesk::test::CliRun;
using qundesk::test::CliRunner;

namespace {

class CliReportExportTest : public ::testing::Test {
protected:
    void SetUp() override {
        ws = cli.filePath(QStringLiteral("ws.qundesk"));
        const QString members = cli.filePath(QStringLiteral("m.csv"));
        test::writeFile(members, "name,group\nAlice,Tea\nBob,Tea\n");
        ASSERT_EQ(cli.run({QStringLiteral("--db"), ws, QStringLiteral("import"),
                           QStringLiteral("members"), members})
                      .exitCode,
                  0);
    }
    // Thursday 3 December 2026, 12:00 in Shanghai (the workspace's zone in the tests).
    CliRun exportReport(const QStringList& extra) {
        return cli.run(
            QStringList{QStringLiteral("--db"), ws, QStringLiteral("--json"),
                        QStringLiteral("export"), QStringLiteral("report")} +
                extra,
            {{QStringLiteral("QUNDESK_FIXED_NOW"), QStringLiteral("2026-12-03T04:00:00Z")}});
    }

    CliRunner cli;
    QString ws;
};

} // namespace

TEST_F(CliReportExportTest, DefaultsToTheLastFullWeekInTheWorkspaceZone) {
    const QString pdf = cli.filePath(QStringLiteral("week.pdf"));
    const CliRun run = exportReport({pdf});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W48"));
    EXPECT_EQ(json.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-23"));
    EXPECT_EQ(json.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-29"));
    EXPECT_GE(json.value(QStringLiteral("pages")).toInt(), 2);
    ASSERT_EQ(json.value(QStringLiteral("groups")).toArray().size(), 1);
    EXPECT_EQ(json.value(QStringLiteral("groups"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("name")),
              QStringLiteral("Tea"));
    EXPECT_TRUE(test::fileBytes(pdf).startsWith("%PDF-"));
    // On a Monday the last full week is the one that just ended; --tz changes the day it is.
    const CliRun monday =
        cli.run({QStringLiteral("--db"), ws, QStringLiteral("--json"), QStringLiteral("export"),
                 QStringLiteral("report"), pdf},
                {{QStringLiteral("QUNDESK_FIXED_NOW"), QStringLiteral("2026-11-29T17:00:00Z")}});
    ASSERT_EQ(monday.exitCode, 0) << monday.err.toStdString();
    EXPECT_EQ(monday.json().value(QStringLiteral("week")).toString(), QStringLiteral("2026-W48"));
    const CliRun sundayInNewYork =
        cli.run({QStringLiteral("--db"), ws, QStringLiteral("--json"), QStringLiteral("--tz"),
                 QStringLiteral("America/New_York"), QStringLiteral("export"),
                 QStringLiteral("report"), pdf},
                {{QStringLiteral("QUNDESK_FIXED_NOW"), QStringLiteral("2026-11-29T17:00:00Z")}});
    ASSERT_EQ(sundayInNewYork.exitCode, 0) << sundayInNewYork.err.toStdString();
    EXPECT_EQ(sundayInNewYork.json().value(QStringLiteral("week")).toString(),
              QStringLiteral("2026-W47"));
}

TEST_F(CliReportExportTest, ReadsTheWeekOptionAndRefusesMalformedWeeks) {
    const QString pdf = cli.filePath(QStringLiteral("w.pdf"));
    const CliRun run = exportReport({pdf, QStringLiteral("--week"), QStringLiteral("2026-W01")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("from")).toString(), QStringLiteral("2025-12-29"));
    for (const char* bad : {"2026-W54", "2025-W53", "2026-48", "last", ""}) {
        const CliRun refused =
            exportReport({pdf, QStringLiteral("--week"), QString::fromLatin1(bad)});
        EXPECT_EQ(refused.exitCode, 2) << bad;
        EXPECT_EQ(refused.errLines().size(), 1) << bad;
    }
    EXPECT_EQ(exportReport({cli.filePath(QStringLiteral("w.txt"))}).exitCode, 2);
    EXPECT_EQ(exportReport({}).exitCode, 2);
    // Never over the workspace, and never a missing folder.
    EXPECT_EQ(exportReport({ws}).exitCode, 2);
    const QString link = cli.filePath(QStringLiteral("ws-link.pdf"));
    ASSERT_TRUE(QFile::link(ws, link));
    const QByteArray before = test::fileBytes(ws);
    const CliRun overWorkspace = exportReport({link});
    EXPECT_EQ(overWorkspace.exitCode, 1);
    EXPECT_EQ(overWorkspace.errLines().size(), 1);
    EXPECT_EQ(test::fileBytes(ws), before);
    EXPECT_EQ(exportReport({cli.filePath(QStringLiteral("no/such/w.pdf"))}).exitCode, 1);
}

TEST(CliLinkage, TheCliLinksNoQtWidgets) {
#ifdef Q_OS_LINUX
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(QUNDESK_CLI_PATH)});
    ASSERT_TRUE(ldd.waitForFinished(30000));
    const QByteArray libraries = ldd.readAllStandardOutput();
    EXPECT_TRUE(libraries.contains("libQt6Core")) << libraries.toStdString();
    EXPECT_FALSE(libraries.contains("libQt6Widgets")) << libraries.toStdString();
#else
    GTEST_SKIP() << "ldd is Linux only";
#endif
}
