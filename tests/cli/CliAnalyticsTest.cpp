// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// report activity, report funnel and report retention through the real qundesk-cli, on a
// WhatsApp chat written here and read in Berlin time across the switch to summer time (29
// March 2026). The expected numbers are worked out by hand from the chat's lines.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <gtest/gtest.h>

using qundesk::test::CliRun;
using qundesk::test::CliRunner;

namespace {

const QByteArray kChat = "27/03/2026, 10:00 - Alice: hello\n"
                         "28/03/2026, 09:00 - Alice added Bob\n"
                         "28/03/2026, 23:30 - Alice: late saturday\n"
                         "29/03/2026, 01:30 - Bob: before the jump\n"
                         "29/03/2026, 03:30 - Bob: after the jump\n"
                         "29/03/2026, 12:00 - Carol joined using this group's invite link\n"
                         "29/03/2026, 23:30 - Carol: late sunday\n"
                         "30/03/2026, 00:30 - Carol: monday\n"
                         "30/03/2026, 09:00 - Bob left\n";

class CliAnalytics : public ::testing::Test {
protected:
    void SetUp() override {
        ws = cli.filePath(QStringLiteral("w.qundesk"));
        const QString chat = cli.filePath(QStringLiteral("tea.txt"));
        qundesk::test::writeFile(chat, kChat);
        const CliRun imported =
            cli.run({QStringLiteral("--db"), ws, QStringLiteral("import"), QStringLiteral("chat"),
                     chat, QStringLiteral("--group"), QStringLiteral("Tea"), QStringLiteral("--tz"),
                     QStringLiteral("Europe/Berlin")},
                    {{QStringLiteral("TZ"), QStringLiteral("Asia/Shanghai")}});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.constData();
    }

    // A report read in Berlin days (the global --tz), as JSON.
    CliRun report(const QStringList& command, bool berlin = true) const {
        QStringList args{QStringLiteral("--db"), ws, QStringLiteral("--json")};
        if (berlin)
            args << QStringLiteral("--tz") << QStringLiteral("Europe/Berlin");
        return cli.run(args + QStringList{QStringLiteral("report")} + command);
    }

    CliRunner cli;
    QString ws;
};

QList<QList<int>> dayRows(const QJsonObject& json) {
    QList<QList<int>> rows;
    for (const auto& value : json.value(QStringLiteral("days")).toArray()) {
        const QJsonObject d = value.toObject();
        rows << QList<int>{
            d.value(QStringLiteral("messages")).toInt(), d.value(QStringLiteral("active")).toInt(),
            d.value(QStringLiteral("joins")).toInt(), d.value(QStringLiteral("leaves")).toInt(),
            d.value(QStringLiteral("members")).toInt()};
    }
    return rows;
}

} // namespace

// Berlin: Alice's 23:30 on Saturday stays on the 28th; Carol's 23:30 CEST on Sunday on the 29th
// and her 00:30 on the 30th. Every day of the range is listed, zeros included.
TEST_F(CliAnalytics, ActivityEveryDayInBerlinTime) {
    const CliRun run =
        report({QStringLiteral("activity"), QStringLiteral("--group"), QStringLiteral("Tea"),
                QStringLiteral("--from"), QStringLiteral("2026-03-26"), QStringLiteral("--to"),
                QStringLiteral("2026-03-31")});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonObject json = run.json();
    EXPECT_EQ(json.keys(), QStringList{QStringLiteral("days")});
    const QJsonArray days = json.value(QStringLiteral("days")).toArray();
    ASSERT_EQ(days.size(), 6);
    EXPECT_EQ(days.at(0).toObject().value(QStringLiteral("day")).toString(),
              QStringLiteral("2026-03-26"));
    EXPECT_EQ(days.at(0).toObject().keys(),
              (QStringList{QStringLiteral("active"), QStringLiteral("day"), QStringLiteral("joins"),
                           QStringLiteral("leaves"), QStringLiteral("members"),
                           QStringLiteral("messages")}));
    // messages, active, joins, leaves, members
    EXPECT_EQ(dayRows(json), (QList<QList<int>>{{0, 0, 0, 0, 0},
                                                {1, 1, 1, 0, 1},
                                                {1, 1, 1, 0, 2},
                                                {3, 2, 1, 0, 3},
                                                {1, 1, 0, 1, 2},
                                                {0, 0, 0, 0, 2}}));
}

// The workspace's own zone (Asia/Shanghai, the zone of the machine that made it) puts the same
// instants on other days: Alice's Saturday 23:30 and both of Bob's messages fall on the 29th,
// Carol's two on the 30th.
TEST_F(CliAnalytics, ActivityInTheWorkspaceZone) {
    const CliRun run =
        report({QStringLiteral("activity"), QStringLiteral("--group"), QStringLiteral("Tea"),
                QStringLiteral("--from"), QStringLiteral("2026-03-28"), QStringLiteral("--to"),
                QStringLiteral("2026-03-30")},
               false);
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QList<QList<int>> rows = dayRows(run.json());
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(0).at(0), 0);
    EXPECT_EQ(rows.at(1).at(0), 3);
    EXPECT_EQ(rows.at(1).at(1), 2);
    EXPECT_EQ(rows.at(2).at(0), 2);
}

TEST_F(CliAnalytics, FunnelAndRetention) {
    const CliRun funnel =
        report({QStringLiteral("funnel"), QStringLiteral("--from"), QStringLiteral("2026-03-26"),
                QStringLiteral("--to"), QStringLiteral("2026-03-31")});
    ASSERT_EQ(funnel.exitCode, 0) << funnel.err.constData();
    EXPECT_EQ(funnel.json().keys(),
              (QStringList{QStringLiteral("by_source"), QStringLiteral("stages")}));
    const QJsonArray stages = funnel.json().value(QStringLiteral("stages")).toArray();
    ASSERT_EQ(stages.size(), 4);
    QStringList keys;
    QList<int> counts;
    for (const auto& s : stages) {
        keys << s.toObject().value(QStringLiteral("stage")).toString();
        counts << s.toObject().value(QStringLiteral("members")).toInt();
    }
    EXPECT_EQ(keys, (QStringList{QStringLiteral("members"), QStringLiteral("engaged"),
                                 QStringLiteral("buyers"), QStringLiteral("repeat_buyers")}));
    EXPECT_EQ(counts, (QList<int>{3, 3, 0, 0}));
    const QJsonArray sources = funnel.json().value(QStringLiteral("by_source")).toArray();
    ASSERT_EQ(sources.size(), 1);
    EXPECT_EQ(sources.at(0).toObject().value(QStringLiteral("members")).toInt(), 3);

    // Week 13 (23–29 March): Alice, Bob and Carol joined; in week 14 only Carol wrote.
    const CliRun retention =
        report({QStringLiteral("retention"), QStringLiteral("--group"), QStringLiteral("Tea"),
                QStringLiteral("--from"), QStringLiteral("2026-03-23"), QStringLiteral("--to"),
                QStringLiteral("2026-04-05")});
    ASSERT_EQ(retention.exitCode, 0) << retention.err.constData();
    EXPECT_EQ(retention.json().keys(), QStringList{QStringLiteral("cohorts")});
    const QJsonArray cohorts = retention.json().value(QStringLiteral("cohorts")).toArray();
    ASSERT_EQ(cohorts.size(), 1);
    const QJsonObject week = cohorts.at(0).toObject();
    EXPECT_EQ(week.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W13"));
    EXPECT_EQ(week.value(QStringLiteral("members")).toInt(), 3);
    const QJsonArray active = week.value(QStringLiteral("active")).toArray();
    ASSERT_EQ(active.size(), 2);
    EXPECT_DOUBLE_EQ(active.at(0).toDouble(), 1.0);
    EXPECT_DOUBLE_EQ(active.at(1).toDouble(), 0.3333);
}

TEST_F(CliAnalytics, TextTablesWithoutJson) {
    const CliRun run = cli.run(
        {QStringLiteral("--db"), ws, QStringLiteral("report"), QStringLiteral("activity"),
         QStringLiteral("--group"), QStringLiteral("Tea"), QStringLiteral("--from"),
         QStringLiteral("2026-03-29"), QStringLiteral("--to"), QStringLiteral("2026-03-30")});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QString text = QString::fromUtf8(run.out);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Day"))) << run.out.constData();
    EXPECT_EQ(text.count(QLatin1Char('\n')), 3);
    EXPECT_TRUE(text.contains(QStringLiteral("2026-03-30")));
}

TEST_F(CliAnalytics, WrongCommandLinesExitTwoAndAnUnknownGroupOne) {
    const QByteArray before =
        QCryptographicHash::hash(qundesk::test::fileBytes(ws), QCryptographicHash::Sha256);
    EXPECT_EQ(report({QStringLiteral("activity")}).exitCode, 2); // --group is required
    EXPECT_EQ(
        report({QStringLiteral("funnel"), QStringLiteral("--from"), QStringLiteral("2026-13-01")})
            .exitCode,
        2);
    EXPECT_EQ(
        report({QStringLiteral("retention"), QStringLiteral("--from"), QStringLiteral("2026-04-02"),
                QStringLiteral("--to"), QStringLiteral("2026-04-01")})
            .exitCode,
        2);
    EXPECT_EQ(report({QStringLiteral("funnel"), QStringLiteral("--bogus")}).exitCode, 2);
    const CliRun unknown =
        report({QStringLiteral("activity"), QStringLiteral("--group"), QStringLiteral("Nope")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.errLines().size(), 1);
    // Reading never changed the workspace.
    EXPECT_EQ(QCryptographicHash::hash(qundesk::test::fileBytes(ws), QCryptographicHash::Sha256),
              before);
}
