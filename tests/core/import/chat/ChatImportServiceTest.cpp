// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/ChatImportService.h"

#include "ChatTestSupport.h"
#include "TempWorkspace.h"
#include "db/Sql.h"
#include "jobs/JobContext.h"
#include "jobs/WorkspaceJobs.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QFile>
#include <QSqlRecord>

using namespace qundesk;
using namespace qundesk::test;

namespace {

class ChatImportServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        time::setFixedNow(QDateTime(QDate(2024, 4, 10), QTime(12, 0), QTimeZone::utc()));
        ASSERT_TRUE(SettingsStore(ws.db()).setTimeZone(QTimeZone("Asia/Shanghai")).ok());
    }
    void TearDown() override { time::setFixedNow({}); }

    QVariant value(const QString& statement, const QVariantMap& binds = {}) {
        auto v = sql::scalar(ws.db().connection(), statement, binds);
        return v ? *v : QVariant();
    }
    qint64 count(const char* table) {
        return value(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)).toLongLong();
    }
    QStringList column(const QString& statement) {
        QStringList out;
        auto q = sql::exec(ws.db().connection(), statement);
        while (q.ok() && q->next())
            out << q->value(0).toString();
        return out;
    }
    // Every row of the tables an import writes, to prove "nothing changed".
    QString dump(bool withImports = true) {
        QString out;
        for (const char* table :
             {"members", "member_identities", "memberships", "messages", "member_day_activity",
              "group_day_activity", "group_hour_activity", "chat_groups", "tags", "member_tags",
              "member_status", "imports"}) {
            if (!withImports && QLatin1String(table) == QLatin1String("imports"))
                continue;
            auto q = sql::exec(
                ws.db().connection(),
                QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2, 3").arg(QLatin1String(table)));
            while (q.ok() && q->next()) {
                for (int i = 0; i < q->record().count(); ++i)
                    out += q->value(i).toString() + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
        }
        return out;
    }
    static ChatImportOptions intoGroup(const QString& group) {
        ChatImportOptions options;
        options.group = group;
        return options;
    }
    Result<ImportReport> import(const char* fixture, ChatImportOptions options = {}) {
        return ChatImportService::run(ws.db(), chatFixture(fixture), options);
    }

    TempWorkspace ws;
};

} // namespace

TEST_F(ChatImportServiceTest, ImportsAWhatsAppChatWithMembersStaysAndAggregates) {
    auto report = import("whatsapp-android-en.txt");
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_EQ(report->group, QStringLiteral("whatsapp-android-en"));
    EXPECT_EQ(report->groupsCreated, 1);
    EXPECT_EQ(report->imported, 5); // both "好的" count
    EXPECT_EQ(report->duplicates, 0);
    EXPECT_EQ(report->joins, 6);          // Bob, Carol, Dan, Erin, Frank, Gina
    EXPECT_EQ(report->leaves, 2);         // Carol left, Dan removed
    EXPECT_EQ(report->skipped, 1);        // "You were added"
    EXPECT_EQ(report->membersCreated, 7); // Alice (posts) and the six who joined
    EXPECT_EQ(count("messages"), 5);
    EXPECT_EQ(value(QStringLiteral("SELECT platform FROM chat_groups")).toString(),
              QStringLiteral("whatsapp"));
    // Shanghai is UTC+8 all year: 13/03 10:15 there is 02:15 UTC.
    EXPECT_EQ(column(QStringLiteral("SELECT sent_at FROM messages WHERE body = '好的'")),
              (QStringList{QStringLiteral("2024-03-13T02:15:00Z"),
                           QStringLiteral("2024-03-13T02:15:00Z")}));
    EXPECT_EQ(column(QStringLiteral("SELECT day || ':' || messages || ':' || active_members FROM "
                                    "group_day_activity ORDER BY day")),
              (QStringList{QStringLiteral("2024-03-12:1:1"), QStringLiteral("2024-03-13:3:2"),
                           QStringLiteral("2024-03-16:1:1")}));
    EXPECT_EQ(column(QStringLiteral("SELECT day || ' ' || hour || ':' || messages FROM "
                                    "group_hour_activity ORDER BY day, hour")),
              (QStringList{QStringLiteral("2024-03-12 9:1"), QStringLiteral("2024-03-13 10:3"),
                           QStringLiteral("2024-03-16 8:1")}));
    EXPECT_EQ(value(QStringLiteral("SELECT messages FROM member_day_activity a JOIN members m ON "
                                   "m.id = a.member_id WHERE m.display_name = 'Bob Li'"))
                  .toInt(),
              2);
    // Carol joined, left; Dan joined, was removed; Alice is present since she first posted.
    EXPECT_EQ(
        column(QStringLiteral(
            "SELECT m.display_name || ':' || s.joined_at || ':' || COALESCE(s.left_at, '') "
            "|| ':' || COALESCE(s.leave_kind, '') FROM memberships s JOIN members m ON "
            "m.id = s.member_id WHERE m.display_name IN ('Alice Wang', 'Carol', 'Dan') "
            "ORDER BY m.display_name")),
        (QStringList{QStringLiteral("Alice Wang:2024-03-12T01:05:00Z::"),
                     QStringLiteral("Carol:2024-03-12T01:02:00Z:2024-03-15T12:00:00Z:left"),
                     QStringLiteral("Dan:2024-03-14T10:30:00Z:2024-03-15T12:01:00Z:removed")}));
    EXPECT_EQ(count("member_status"), 7);
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM imports WHERE kind = 'chat' AND "
                                   "format = 'whatsapp' AND report LIKE '%\"imported\":5%'"))
                  .toInt(),
              1);
}

TEST_F(ChatImportServiceTest, ReimportingTheSameFileAddsNothing) {
    for (const char* fixture :
         {"whatsapp-android-en.txt", "telegram-single.json", "whatsapp-chat.zip"}) {
        auto first = import(fixture);
        ASSERT_TRUE(first) << fixture << ": " << first.error().toString().toStdString();
        EXPECT_GT(first->imported, 0) << fixture;
        const QString before = dump(false);
        auto again = import(fixture);
        ASSERT_TRUE(again) << fixture;
        EXPECT_EQ(again->imported, 0) << fixture;
        EXPECT_EQ(again->duplicates, first->imported) << fixture;
        EXPECT_EQ(again->joins, 0) << fixture;
        EXPECT_EQ(again->leaves, 0) << fixture;
        EXPECT_EQ(again->membersCreated, 0) << fixture;
        EXPECT_EQ(dump(false), before) << fixture;
    }
}

TEST_F(ChatImportServiceTest, TelegramAuthorsAreMatchedByTheirIdFirst) {
    auto report = import("telegram-single.json", intoGroup(QStringLiteral("Tea")));
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_EQ(report->group, QStringLiteral("Tea"));
    EXPECT_EQ(report->imported, 5);
    EXPECT_EQ(report->skipped, 1); // the unsupported message
    EXPECT_EQ(value(QStringLiteral("SELECT m.display_name FROM member_identities i JOIN members "
                                   "m ON m.id = i.member_id WHERE i.platform = 'telegram' AND "
                                   "i.platform_uid = 'user999'"))
                  .toString(),
              QStringLiteral("Deleted account user999"));
    // The same account under another name in a later export is the same member.
    const QByteArray renamed = R"({"name": "Tea", "type": "private_group", "id": 1,
        "messages": [{"id": 50, "type": "message", "date": "2024-04-01T10:00:00",
        "date_unixtime": "1711936800", "from": "Alice W.", "from_id": "user100", "text": "hi"}]})";
    auto again =
        ChatImportService::run(ws.db(), ws.writeFile(QStringLiteral("later.json"), renamed),
                               intoGroup(QStringLiteral("Tea")));
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_EQ(again->imported, 1);
    EXPECT_EQ(again->membersCreated, 0);
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(DISTINCT member_id) FROM messages WHERE "
                                   "author_name LIKE 'Alice%'"))
                  .toInt(),
              1);
}

TEST_F(ChatImportServiceTest, AnAmbiguousNameFailsTheFileUnlessNewMembersAreAskedFor) {
    for (int i = 0; i < 2; ++i)
        ASSERT_TRUE(sql::exec(ws.db().connection(),
                              QStringLiteral("INSERT INTO members (display_name, created_at, "
                                             "updated_at) VALUES ('Bob Li', 'x', 'x')"))
                        .ok());
    const QString before = dump();
    auto failed = import("whatsapp-android-en.txt");
    ASSERT_FALSE(failed);
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("Bob Li")))
        << failed.error().message.toStdString();
    EXPECT_EQ(failed.error().file, QStringLiteral("whatsapp-android-en.txt"));
    EXPECT_EQ(dump(), before);

    ChatImportOptions options;
    options.ambiguous = AmbiguousNames::CreateNew;
    auto report = import("whatsapp-android-en.txt", options);
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_EQ(report->membersCreated, 7);
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM member_tags mt JOIN tags t ON t.id = "
                                   "mt.tag_id WHERE t.name = :name"),
                    {{QStringLiteral(":name"), ChatImportService::reviewTagName()}})
                  .toInt(),
              1);
    // The window's choice: this name is that member.
    ChatImportOptions chosen;
    chosen.chosenMembers.insert(QStringLiteral("Bob Li"), 1);
    chosen.group = QStringLiteral("Other");
    auto picked = import("whatsapp-android-en.txt", chosen);
    ASSERT_TRUE(picked) << picked.error().toString().toStdString();
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM messages m JOIN chat_groups g ON g.id = "
                                   "m.group_id WHERE g.name = 'Other' AND m.member_id = 1"))
                  .toInt(),
              2);
}

TEST_F(ChatImportServiceTest, DaysAreBucketedInTheWorkspaceZoneAcrossADaylightSavingChange) {
    ASSERT_TRUE(SettingsStore(ws.db()).setTimeZone(QTimeZone("Europe/Berlin")).ok());
    auto report = import("whatsapp-dst.txt");
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    // 31 March 2024 has 23 hours in Berlin: 23:30 is 21:30 UTC that day, 22:30 UTC the day before.
    EXPECT_EQ(column(QStringLiteral("SELECT sent_at || ' ' || day FROM messages ORDER BY sent_at")),
              (QStringList{QStringLiteral("2024-03-30T22:30:00Z 2024-03-30"),
                           QStringLiteral("2024-03-30T23:30:00Z 2024-03-31"),
                           QStringLiteral("2024-03-31T21:30:00Z 2024-03-31"),
                           QStringLiteral("2024-03-31T22:10:00Z 2024-04-01")}));
    EXPECT_EQ(column(QStringLiteral("SELECT day || ' ' || hour FROM group_hour_activity ORDER BY "
                                    "day, hour")),
              (QStringList{QStringLiteral("2024-03-30 23"), QStringLiteral("2024-03-31 0"),
                           QStringLiteral("2024-03-31 23"), QStringLiteral("2024-04-01 0")}));
    // Read in UTC instead, the same wall clock times are other instants and days.
    ChatImportOptions utc;
    utc.sourceZone = QTimeZone::utc();
    utc.group = QStringLiteral("utc");
    ASSERT_TRUE(import("whatsapp-dst.txt", utc));
    EXPECT_EQ(column(QStringLiteral("SELECT m.day FROM messages m JOIN chat_groups g ON g.id = "
                                    "m.group_id WHERE g.name = 'utc' ORDER BY sent_at")),
              (QStringList{QStringLiteral("2024-03-31"), QStringLiteral("2024-03-31"),
                           QStringLiteral("2024-04-01"), QStringLiteral("2024-04-01")}));
}

TEST_F(ChatImportServiceTest, BrokenForeignAndCancelledImportsChangeNothing) {
    ASSERT_TRUE(import("whatsapp-ios-en.txt"));
    const QString before = dump();
    QFile whole(chatFixture("telegram-single.json"));
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    auto truncated = ChatImportService::run(
        ws.db(), ws.writeFile(QStringLiteral("result.json"), bytes.left(bytes.size() * 2 / 3)));
    ASSERT_FALSE(truncated);
    EXPECT_EQ(truncated.error().file, QStringLiteral("result.json"));
    EXPECT_GT(truncated.error().line, 1);
    auto foreign = ChatImportService::run(
        ws.db(), ws.writeFile(QStringLiteral("notes.txt"), "just some notes\nnothing else\n"));
    ASSERT_FALSE(foreign);
    EXPECT_EQ(foreign.error().file, QStringLiteral("notes.txt"));
    ChatImportOptions forced;
    forced.format = ChatFormat::WhatsApp;
    auto notWhatsApp = ChatImportService::run(
        ws.db(), ws.writeFile(QStringLiteral("other.txt"), "hello\n12/03/2024, 09:05 - A: b\n"),
        forced);
    ASSERT_FALSE(notWhatsApp);
    EXPECT_EQ(notWhatsApp.error().line, 1);
    for (int stopAt : {0, 89}) {
        ChatImportOptions cancel;
        cancel.progress = [stopAt](int percent) {
            return percent < stopAt;
        };
        auto cancelled = import("telegram-single.json", cancel);
        ASSERT_FALSE(cancelled) << stopAt;
    }
    EXPECT_EQ(dump(), before);
}

TEST_F(ChatImportServiceTest, RunsAsAJobThatReportsProgress) {
    auto report = std::make_shared<ImportReport>();
    const Job job = WorkspaceJobs::importChat(chatFixture("telegram-old.json"), {}, report);
    EXPECT_TRUE(job.cancellable);
    double last = -1;
    ASSERT_TRUE(runJobHere(job, &ws.db(), [&](const QString&, double f) { last = f; }).ok());
    EXPECT_EQ(report->imported, 2);
    EXPECT_EQ(report->joins, 1);
    EXPECT_DOUBLE_EQ(last, 1.0);
    // An old export gives wall-clock times: read in the workspace zone (Shanghai, UTC+8).
    EXPECT_EQ(value(QStringLiteral("SELECT MIN(sent_at) FROM messages")).toString(),
              QStringLiteral("2021-03-18T07:20:37Z"));
}

TEST_F(ChatImportServiceTest, IdenticalMessagesWhenTheClockGoesBackAreKeptApartAcrossChunks) {
    // Over 2,000 messages (one written chunk), then the clock goes back an hour (a DST change)
    // and the same texts come again at the same wall-clock times: each is a message of its own.
    QByteArray text;
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 2100; ++i)
            text += "05/11/2024, 01:" + QByteArray::number(i / 60 % 60).rightJustified(2, '0') +
                    " - Ann: ok " + QByteArray::number(i % 3) + "\n";
    }
    const QString path = ws.writeFile(QStringLiteral("clock.txt"), text);
    auto report = ChatImportService::run(ws.db(), path);
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_EQ(report->imported, 4200);
    EXPECT_EQ(report->duplicates, 0);
    auto again = ChatImportService::run(ws.db(), path);
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(count("messages"), report->imported);
}
