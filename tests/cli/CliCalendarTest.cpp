// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace qundesk;
using qundesk::test::CliRunner;

namespace {

QString fixture(const char* name) {
    return QDir(QStringLiteral(QUNDESK_FIXTURES_DIR "/calendar")).filePath(QLatin1String(name));
}

class CliCalendar : public ::testing::Test {
protected:
    void SetUp() override {
        ws = cli.filePath(QStringLiteral("demo.qundesk"));
        const auto demo = cli.run({QStringLiteral("--db"), ws, QStringLiteral("demo"),
                                   QStringLiteral("--seed"), QStringLiteral("7")});
        ASSERT_EQ(demo.exitCode, 0) << demo.err.constData();
    }
    test::CliRun run(QStringList args, const QString& db = {}) {
        return cli.run(
            QStringList{QStringLiteral("--db"), db.isEmpty() ? ws : db, QStringLiteral("--json")} +
            args);
    }

    CliRunner cli;
    QString ws;
};

} // namespace

TEST_F(CliCalendar, ExportsAllOrAGroupsRangeAndImportsBackIdempotently) {
    const QString all = cli.filePath(QStringLiteral("plan.ics"));
    const auto exported = run({QStringLiteral("export"), QStringLiteral("calendar"), all});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.constData();
    const int items = exported.json().value(QStringLiteral("items")).toInt();
    EXPECT_GT(items, 50);
    const QByteArray text = test::fileBytes(all);
    EXPECT_TRUE(text.startsWith("BEGIN:VCALENDAR"));
    EXPECT_TRUE(text.contains("RRULE:FREQ=WEEKLY"));
    EXPECT_TRUE(text.contains("EXDATE;TZID="));
    EXPECT_TRUE(text.contains("RECURRENCE-ID;TZID="));

    const auto groups = run({QStringLiteral("group"), QStringLiteral("list")});
    const QString group = groups.json()
                              .value(QStringLiteral("groups"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("name"))
                              .toString();
    const auto ranged = run({QStringLiteral("export"), QStringLiteral("calendar"),
                             cli.filePath(QStringLiteral("one.ics")), QStringLiteral("--group"),
                             group, QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                             QStringLiteral("--to"), QStringLiteral("2020-01-31")});
    ASSERT_EQ(ranged.exitCode, 0) << ranged.err.constData();
    EXPECT_EQ(ranged.json().value(QStringLiteral("items")).toInt(), 0);

    const QString fresh = cli.filePath(QStringLiteral("fresh.qundesk"));
    const auto first = run({QStringLiteral("import"), QStringLiteral("calendar"), all}, fresh);
    ASSERT_EQ(first.exitCode, 0) << first.err.constData();
    EXPECT_EQ(first.json().value(QStringLiteral("imported")).toInt(), items);
    EXPECT_EQ(first.json().value(QStringLiteral("duplicates")).toInt(), 0);
    EXPECT_EQ(first.json().value(QStringLiteral("skipped")).toInt(), 0);
    EXPECT_TRUE(first.json().value(QStringLiteral("errors")).isArray());
    const auto second = run({QStringLiteral("import"), QStringLiteral("calendar"), all}, fresh);
    ASSERT_EQ(second.exitCode, 0);
    EXPECT_EQ(second.json().value(QStringLiteral("imported")).toInt(), 0);
    EXPECT_EQ(second.json().value(QStringLiteral("duplicates")).toInt(), items);
}

TEST_F(CliCalendar, ImportsAnotherProgramsFileIntoAGroupAndReportsSkippedEvents) {
    const auto groups = run({QStringLiteral("group"), QStringLiteral("list")});
    const QString group = groups.json()
                              .value(QStringLiteral("groups"))
                              .toArray()
                              .at(1)
                              .toObject()
                              .value(QStringLiteral("name"))
                              .toString();
    const auto phone = run({QStringLiteral("import"), QStringLiteral("calendar"),
                            fixture("phone.ics"), QStringLiteral("--group"), group});
    ASSERT_EQ(phone.exitCode, 0) << phone.err.constData();
    EXPECT_EQ(phone.json().value(QStringLiteral("imported")).toInt(), 2);
    EXPECT_EQ(phone.json().value(QStringLiteral("skipped")).toInt(), 1);
    const QJsonObject error =
        phone.json().value(QStringLiteral("errors")).toArray().first().toObject();
    EXPECT_EQ(error.value(QStringLiteral("line")).toInt(), 26);
    EXPECT_FALSE(error.value(QStringLiteral("reason")).toString().isEmpty());
}

TEST_F(CliCalendar, WrongCommandLinesExitTwoAndFailuresOne) {
    const auto txt = run({QStringLiteral("export"), QStringLiteral("calendar"),
                          cli.filePath(QStringLiteral("plan.txt"))});
    EXPECT_EQ(txt.exitCode, 2);
    const auto badDate = run({QStringLiteral("export"), QStringLiteral("calendar"),
                              cli.filePath(QStringLiteral("p.ics")), QStringLiteral("--from"),
                              QStringLiteral("May 1")});
    EXPECT_EQ(badDate.exitCode, 2);
    const auto noGroup =
        run({QStringLiteral("import"), QStringLiteral("calendar"), fixture("google.ics"),
             QStringLiteral("--group"), QStringLiteral("没有这个群")});
    EXPECT_EQ(noGroup.exitCode, 1);
    EXPECT_EQ(noGroup.errLines().size(), 1);
    const QString notIcs = cli.filePath(QStringLiteral("x.ics"));
    test::writeFile(notIcs, "not a calendar\n");
    const auto bad = run({QStringLiteral("import"), QStringLiteral("calendar"), notIcs});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.errLines().first().contains(notIcs));
}
