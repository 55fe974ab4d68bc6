// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// import chat with --format, --map and --skip-invalid over the CSV and Discord formats, run
// through the real qundesk-cli.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <QFileInfo>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace qundesk;
using qundesk::test::CliRun;
using qundesk::test::CliRunner;

namespace {

QStringList importChat(const QString& ws, const QString& file, const QStringList& more = {}) {
    return QStringList{QStringLiteral("--db"),   ws,
                       QStringLiteral("--json"), QStringLiteral("import"),
                       QStringLiteral("chat"),   file} +
           more;
}

QString fixture(const CliRunner& cli, const char* name) {
    return test::copyFixture(QStringLiteral("chat/") + QString::fromUtf8(name), cli.dir());
}

qint64 messages(const QString& ws) {
    if (!QFileInfo::exists(ws))
        return -1;
    auto db = Database::open(ws);
    if (!db)
        return -1;
    auto n = sql::scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM messages"));
    return n ? n->toLongLong() : -1;
}

} // namespace

TEST(CliChatFormats, EachFormatIsDetectedOrNamedWithFormat) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("w.qundesk"));
    const std::tuple<const char*, const char*, int> cases[] = {
        {"wechat-memotrace.csv", "wechat-csv", 7},
        {"wechat-pywxdump.csv", "wechat-csv", 4},
        {"discord.csv", "discord-csv", 4},
        {"discord.json", "discord-json", 3},
        {"chat-generic-zh.csv", "csv", 3}};
    qint64 total = 0;
    for (const auto& [name, format, imported] : cases) {
        const QString file = fixture(cli, name);
        const CliRun detected = cli.run(importChat(ws, file));
        ASSERT_EQ(detected.exitCode, 0) << name << ": " << detected.err.toStdString();
        EXPECT_EQ(detected.json().value(QStringLiteral("imported")).toInt(), imported) << name;
        total += imported;
        // Named explicitly, the same file is read the same way: all duplicates.
        const CliRun named =
            cli.run(importChat(ws, file, {QStringLiteral("--format"), QString::fromUtf8(format)}));
        ASSERT_EQ(named.exitCode, 0) << name << ": " << named.err.toStdString();
        EXPECT_EQ(named.json().value(QStringLiteral("duplicates")).toInt(), imported) << name;
    }
    EXPECT_EQ(messages(ws), total);
    // A file named as a format it is not fails on its header and changes nothing.
    const CliRun wrong =
        cli.run(importChat(ws, fixture(cli, "discord.csv"),
                           {QStringLiteral("--format"), QStringLiteral("wechat-csv")}));
    EXPECT_EQ(wrong.exitCode, 1);
    ASSERT_EQ(wrong.errLines().size(), 1);
    EXPECT_TRUE(wrong.errLines().constFirst().contains(QStringLiteral("discord.csv:1:")))
        << wrong.errLines().constFirst().toStdString();
    EXPECT_EQ(messages(ws), total);
}

TEST(CliChatFormats, MapNamesTheColumnsOfAnyCsv) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("w.qundesk"));
    const QString file = fixture(cli, "chat-unmapped.csv");
    const CliRun unknown = cli.run(importChat(ws, file));
    EXPECT_EQ(unknown.exitCode, 1);
    const CliRun noMap =
        cli.run(importChat(ws, file, {QStringLiteral("--format"), QStringLiteral("csv")}));
    EXPECT_EQ(noMap.exitCode, 1);
    ASSERT_EQ(noMap.errLines().size(), 1);
    EXPECT_TRUE(noMap.errLines().constFirst().contains(QStringLiteral("chat-unmapped.csv:1:")));
    EXPECT_TRUE(noMap.errLines().constFirst().contains(QStringLiteral("--map")));
    EXPECT_FALSE(QFileInfo::exists(ws) && messages(ws) > 0);

    const CliRun mapped = cli.run(importChat(
        ws, file,
        {QStringLiteral("--map"), QStringLiteral("time=when,author=2,text=said,author_id=uid"),
         QStringLiteral("--date-order"), QStringLiteral("dmy"), QStringLiteral("--group"),
         QStringLiteral("Mapped")}));
    ASSERT_EQ(mapped.exitCode, 0) << mapped.err.toStdString();
    EXPECT_EQ(mapped.json().value(QStringLiteral("imported")).toInt(), 2);
    EXPECT_EQ(mapped.json().value(QStringLiteral("group")).toString(), QStringLiteral("Mapped"));
    EXPECT_EQ(messages(ws), 2);
    // The mapping is remembered for this header: the same file again needs none.
    const CliRun again = cli.run(importChat(ws, file,
                                            {QStringLiteral("--date-order"), QStringLiteral("dmy"),
                                             QStringLiteral("--group"), QStringLiteral("Mapped")}));
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.json().value(QStringLiteral("duplicates")).toInt(), 2);

    for (const QStringList& wrong :
         {QStringList{QStringLiteral("--map"), QStringLiteral("bogus=1")},
          QStringList{QStringLiteral("--map"), QStringLiteral("time")},
          QStringList{QStringLiteral("--map"), QStringLiteral("time=1,author=2,text=3"),
                      QStringLiteral("--format"), QStringLiteral("discord-csv")},
          QStringList{QStringLiteral("--format"), QStringLiteral("xlsx")}})
        EXPECT_EQ(cli.run(importChat(ws, file, wrong)).exitCode, 2)
            << wrong.join(u' ').toStdString();
    // A column the header does not have: the file fails on line 1.
    const CliRun missing = cli.run(importChat(
        ws, file, {QStringLiteral("--map"), QStringLiteral("time=when,author=who,text=nope")}));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(messages(ws), 2);
}

TEST(CliChatFormats, AnInvalidRowFailsTheFileUnlessSkipInvalid) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("w.qundesk"));
    const QString file = fixture(cli, "chat-bad-date.csv");
    const CliRun refused = cli.run(importChat(ws, file));
    EXPECT_EQ(refused.exitCode, 1);
    ASSERT_EQ(refused.errLines().size(), 1);
    EXPECT_TRUE(refused.errLines().constFirst().contains(QStringLiteral("chat-bad-date.csv:3:")))
        << refused.errLines().constFirst().toStdString();
    EXPECT_TRUE(refused.errLines().constFirst().contains(QStringLiteral("--skip-invalid")));
    EXPECT_TRUE(refused.json().value(QStringLiteral("rejected")).toBool());
    EXPECT_LE(messages(ws), 0);

    const CliRun skipped = cli.run(importChat(ws, file, {QStringLiteral("--skip-invalid")}));
    ASSERT_EQ(skipped.exitCode, 0) << skipped.err.toStdString();
    const QJsonObject j = skipped.json();
    EXPECT_EQ(j.value(QStringLiteral("imported")).toInt(), 2);
    EXPECT_EQ(j.value(QStringLiteral("skipped")).toInt(), 1);
    const QJsonArray errors = j.value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    EXPECT_EQ(messages(ws), 2);
}
