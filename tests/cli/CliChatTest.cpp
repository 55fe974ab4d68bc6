// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// import chat, run through the real qundesk-cli against the CLI contract.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "db/Database.h"
#include "db/Sql.h"

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

QString dumpOf(const QString& ws) {
    auto db = Database::open(ws);
    if (!db)
        return db.error().toString();
    QString out;
    for (const char* table : {"members", "memberships", "messages", "chat_groups"}) {
        auto q = sql::exec((*db)->connection(),
                           QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        while (q.ok() && q->next())
            out += q->value(0).toString() + q->value(1).toString() + q->value(2).toString() +
                   QLatin1Char('\n');
    }
    return out;
}

} // namespace

TEST(CliChat, ImportsAWhatsAppExportWithTheContractsKeysAndAddsNothingTheSecondTime) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("w.qundesk"));
    const QString file = fixture(cli, "whatsapp-android-en.txt");
    const CliRun first =
        cli.run(importChat(ws, file, {QStringLiteral("--group"), QStringLiteral("茶友群")}));
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QJsonObject j = first.json();
    EXPECT_EQ(j.value(QStringLiteral("group")).toString(), QStringLiteral("茶友群"));
    EXPECT_EQ(j.value(QStringLiteral("imported")).toInt(), 5);
    EXPECT_EQ(j.value(QStringLiteral("duplicates")).toInt(), 0);
    EXPECT_EQ(j.value(QStringLiteral("skipped")).toInt(), 1);
    EXPECT_EQ(j.value(QStringLiteral("joins")).toInt(), 6);
    EXPECT_EQ(j.value(QStringLiteral("leaves")).toInt(), 2);
    EXPECT_EQ(j.value(QStringLiteral("members_created")).toInt(), 7);
    const QJsonArray errors = j.value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 15);

    const CliRun again =
        cli.run(importChat(ws, file, {QStringLiteral("--group"), QStringLiteral("茶友群")}));
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.json().value(QStringLiteral("imported")).toInt(), 0);
    EXPECT_EQ(again.json().value(QStringLiteral("duplicates")).toInt(), 5);
    EXPECT_EQ(again.json().value(QStringLiteral("joins")).toInt(), 0);

    const CliRun report = cli.run({QStringLiteral("--db"), ws, QStringLiteral("--json"),
                                   QStringLiteral("report"), QStringLiteral("summary")});
    ASSERT_EQ(report.exitCode, 0) << report.err.toStdString();
    EXPECT_EQ(report.json().value(QStringLiteral("messages")).toInt(), 5);
}

TEST(CliChat, AFullTelegramExportListsItsChatsAndExitsTwoUntilOneIsChosen) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("w.qundesk"));
    const QString file = fixture(cli, "telegram-full.json");
    const CliRun list = cli.run(importChat(ws, file));
    EXPECT_EQ(list.exitCode, 2);
    const QJsonArray chats = list.json().value(QStringLiteral("chats")).toArray();
    ASSERT_EQ(chats.size(), 3);
    EXPECT_EQ(chats.at(1).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("Coffee Club"));
    ASSERT_EQ(list.errLines().size(), 1);
    EXPECT_TRUE(list.errLines().constFirst().contains(QStringLiteral("--chat")));

    const CliRun chosen =
        cli.run(importChat(ws, file, {QStringLiteral("--chat"), QStringLiteral("Tea Lovers")}));
    ASSERT_EQ(chosen.exitCode, 0) << chosen.err.toStdString();
    EXPECT_EQ(chosen.json().value(QStringLiteral("group")).toString(),
              QStringLiteral("Tea Lovers"));
    EXPECT_EQ(chosen.json().value(QStringLiteral("imported")).toInt(), 2);
}

TEST(CliChat, AmbiguousNamesFailTheFileUnlessNewMembersAreAskedFor) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("w.qundesk"));
    ASSERT_EQ(cli.run(importChat(ws, fixture(cli, "whatsapp-android-de.txt"),
                                 {QStringLiteral("--group"), QStringLiteral("A")}))
                  .exitCode,
              0);
    {
        // A second "Ben", in no group.
        auto db = Database::open(ws);
        ASSERT_TRUE(db);
        ASSERT_TRUE(sql::exec((*db)->connection(),
                              QStringLiteral("INSERT INTO members (display_name, created_at, "
                                             "updated_at) VALUES ('Ben', 'x', 'x')"))
                        .ok());
    }
    const QString before = dumpOf(ws);
    const CliRun failed = cli.run(importChat(ws, fixture(cli, "whatsapp-android-de.txt"),
                                             {QStringLiteral("--group"), QStringLiteral("C")}));
    EXPECT_EQ(failed.exitCode, 1);
    ASSERT_EQ(failed.errLines().size(), 1);
    EXPECT_TRUE(failed.errLines().constFirst().contains(QStringLiteral("Ben")));
    EXPECT_TRUE(failed.errLines().constFirst().contains(QStringLiteral("whatsapp-android-de.txt")));
    EXPECT_EQ(dumpOf(ws), before);
    const CliRun created =
        cli.run(importChat(ws, fixture(cli, "whatsapp-android-de.txt"),
                           {QStringLiteral("--group"), QStringLiteral("C"),
                            QStringLiteral("--ambiguous"), QStringLiteral("new")}));
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    EXPECT_EQ(created.json().value(QStringLiteral("members_created")).toInt(), 1);
}

TEST(CliChat, WrongOptionsExitTwoAndBrokenFilesExitOneNamingTheLine) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("w.qundesk"));
    const QString file = fixture(cli, "whatsapp-ambiguous.txt");
    for (const QStringList& wrong :
         {QStringList{QStringLiteral("--date-order"), QStringLiteral("ydm")},
          QStringList{QStringLiteral("--format"), QStringLiteral("icq")},
          QStringList{QStringLiteral("--tz"), QStringLiteral("Mars/Base")},
          QStringList{QStringLiteral("--ambiguous"), QStringLiteral("guess")},
          QStringList{QStringLiteral("--bogus")}})
        EXPECT_EQ(cli.run(importChat(ws, file, wrong)).exitCode, 2)
            << wrong.join(u' ').toStdString();
    // Read as M/D/Y, a WhatsApp file with a day above 12 fails on that line.
    const CliRun wrongOrder =
        cli.run(importChat(ws, fixture(cli, "whatsapp-android-en.txt"),
                           {QStringLiteral("--date-order"), QStringLiteral("mdy")}));
    EXPECT_EQ(wrongOrder.exitCode, 1);
    ASSERT_EQ(wrongOrder.errLines().size(), 1);
    EXPECT_TRUE(
        wrongOrder.errLines().constFirst().contains(QStringLiteral("whatsapp-android-en.txt:8:")))
        << wrongOrder.errLines().constFirst().toStdString();
    const QString notes = cli.filePath(QStringLiteral("notes.txt"));
    test::writeFile(notes, "hello\nworld\n");
    EXPECT_EQ(cli.run(importChat(ws, notes)).exitCode, 1);
    // --tz reads the times without a zone: 09:05 in Berlin (CET) is 08:05 UTC.
    const CliRun berlin =
        cli.run(importChat(ws, fixture(cli, "whatsapp-android-en.txt"),
                           {QStringLiteral("--tz"), QStringLiteral("Europe/Berlin")}));
    ASSERT_EQ(berlin.exitCode, 0) << berlin.err.toStdString();
    auto db = Database::open(ws);
    ASSERT_TRUE(db);
    EXPECT_EQ(sql::scalar((*db)->connection(), QStringLiteral("SELECT MIN(sent_at) FROM messages"))
                  ->toString(),
              QStringLiteral("2024-03-12T08:05:00Z"));
}
