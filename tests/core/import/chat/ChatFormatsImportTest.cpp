// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// ChatImportService over the CSV and Discord formats: what lands in the workspace, that
// re-imports add nothing, and that invalid, truncated or foreign files change nothing.
#include "ChatTestSupport.h"
#include "TempWorkspace.h"
#include "db/Sql.h"
#include "import/chat/ChatImportPreview.h"
#include "services/ChatImportService.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlRecord>

using namespace qundesk;
using namespace qundesk::test;

namespace {

class ChatFormatsImportTest : public ::testing::Test {
protected:
    void SetUp() override {
        time::setFixedNow(QDateTime(QDate(2024, 4, 10), QTime(12, 0), QTimeZone::utc()));
        ASSERT_TRUE(SettingsStore(ws.db()).setTimeZone(QTimeZone("Asia/Shanghai")).ok());
    }
    void TearDown() override { time::setFixedNow({}); }

    QVariant value(const QString& statement) {
        auto v = sql::scalar(ws.db().connection(), statement, {});
        return v ? *v : QVariant();
    }
    QStringList column(const QString& statement) {
        QStringList out;
        auto q = sql::exec(ws.db().connection(), statement);
        while (q.ok() && q->next())
            out << q->value(0).toString();
        return out;
    }
    // Every row of the tables an import writes.
    QString dump(bool withImports = true) {
        QString out;
        for (const char* table :
             {"members", "member_identities", "memberships", "messages", "member_day_activity",
              "group_day_activity", "chat_groups", "imports"}) {
            if (!withImports && QLatin1String(table) == QLatin1String("imports"))
                continue;
            auto q =
                sql::exec(ws.db().connection(),
                          QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
            while (q.ok() && q->next()) {
                for (int i = 0; i < q->record().count(); ++i)
                    out += q->value(i).toString() + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
        }
        return out;
    }
    Result<ImportReport> import(const char* fixture, ChatImportOptions options = {}) {
        return ChatImportService::run(ws.db(), chatFixture(fixture), options);
    }
    static ChatImportOptions intoGroup(const QString& group) {
        ChatImportOptions options;
        options.group = group;
        return options;
    }

    TempWorkspace ws;
};

} // namespace

TEST_F(ChatFormatsImportTest, AMemoTraceExportLandsWithItsPlatformJoinsAndRemovals) {
    auto report = import("wechat-memotrace.csv");
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_EQ(report->group, QStringLiteral("wechat-memotrace"));
    EXPECT_EQ(report->imported, 7); // both "好的" of one second count
    EXPECT_EQ(report->joins, 3);    // 韩梅梅, 王芳, 赵强
    EXPECT_EQ(report->leaves, 1);   // 王芳 removed
    EXPECT_EQ(report->membersCreated, 6);
    EXPECT_EQ(value(QStringLiteral("SELECT platform FROM chat_groups")).toString(),
              QStringLiteral("wechat"));
    EXPECT_EQ(value(QStringLiteral("SELECT format FROM imports")).toString(),
              QStringLiteral("wechat-csv"));
    // The import log keeps the file's SHA-256.
    QFile file(chatFixture("wechat-memotrace.csv"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(value(QStringLiteral("SELECT file_sha256 FROM imports")).toString(),
              QString::fromLatin1(
                  QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM member_identities WHERE platform = "
                                   "'wechat' AND platform_uid = 'wxid_hmm'"))
                  .toInt(),
              1);
    EXPECT_EQ(value(QStringLiteral("SELECT leave_kind FROM memberships ms JOIN members m ON "
                                   "m.id = ms.member_id WHERE m.display_name = '王芳'"))
                  .toString(),
              QStringLiteral("removed"));
    // CreateTime 1710205500 is 2024-03-12 09:05 in Shanghai.
    EXPECT_EQ(column(QStringLiteral("SELECT day FROM group_day_activity ORDER BY day")),
              QStringList{QStringLiteral("2024-03-12")});
}

TEST_F(ChatFormatsImportTest, ReimportingEachFormatAddsNothing) {
    for (const char* fixture :
         {"wechat-memotrace.csv", "wechat-pywxdump.csv", "discord.csv", "discord-old.csv",
          "discord.json", "discord-groupdm.json", "chat-generic.csv", "chat-generic-zh.csv"}) {
        auto first = import(fixture);
        ASSERT_TRUE(first) << fixture << ": " << first.error().toString().toStdString();
        EXPECT_GT(first->imported, 0) << fixture;
        const QString before = dump(false);
        auto again = import(fixture);
        ASSERT_TRUE(again) << fixture;
        EXPECT_EQ(again->imported, 0) << fixture;
        EXPECT_EQ(again->duplicates, first->imported) << fixture;
        EXPECT_EQ(again->joins + again->leaves + again->membersCreated, 0) << fixture;
        EXPECT_EQ(dump(false), before) << fixture;
    }
}

TEST_F(ChatFormatsImportTest, TheGb18030CopyOfAnExportIsTheSameMessages) {
    ASSERT_TRUE(import("wechat-memotrace.csv", intoGroup(QStringLiteral("茶友群"))));
    const QString before = dump(false);
    auto again = import("wechat-memotrace-gb18030.csv", intoGroup(QStringLiteral("茶友群")));
    ASSERT_TRUE(again) << again.error().toString().toStdString();
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->duplicates, 7);
    EXPECT_EQ(dump(false), before);
}

TEST_F(ChatFormatsImportTest, DiscordAuthorsAreMatchedByTheirIdAcrossCsvAndJson) {
    ASSERT_TRUE(import("discord.csv", intoGroup(QStringLiteral("Tea"))));
    auto json = import("discord.json", intoGroup(QStringLiteral("Tea")));
    ASSERT_TRUE(json) << json.error().toString().toStdString();
    EXPECT_EQ(json->membersCreated, 0); // alice, bob and carol by their Discord ids
    EXPECT_EQ(json->imported, 3);
    EXPECT_EQ(json->skipped, 1); // the bot
    EXPECT_FALSE(json->rejected);
    EXPECT_EQ(
        value(QStringLiteral("SELECT platform FROM chat_groups WHERE name = 'Tea'")).toString(),
        QStringLiteral("discord"));
}

TEST_F(ChatFormatsImportTest, AnInvalidRowRefusesTheFileUnlessSkipped) {
    ASSERT_TRUE(import("chat-generic.csv"));
    const QString before = dump();
    auto refused = import("chat-bad-date.csv");
    ASSERT_TRUE(refused) << refused.error().toString().toStdString();
    EXPECT_TRUE(refused->rejected);
    EXPECT_EQ(refused->imported, 0);
    EXPECT_EQ(refused->skipped, 1);
    ASSERT_NE(refused->firstInvalid(), nullptr);
    EXPECT_EQ(refused->firstInvalid()->line, 3);
    EXPECT_TRUE(refused->rejectionText().contains(QStringLiteral("yesterday")));
    EXPECT_EQ(dump(), before); // nothing stored, not even the import's record

    ChatImportOptions skip;
    skip.skipInvalid = true;
    auto skipped = import("chat-bad-date.csv", skip);
    ASSERT_TRUE(skipped) << skipped.error().toString().toStdString();
    EXPECT_FALSE(skipped->rejected);
    EXPECT_EQ(skipped->imported, 2);
    EXPECT_EQ(skipped->skipped, 1);
    ASSERT_EQ(skipped->errors.size(), 1);
    EXPECT_EQ(skipped->errors[0].line, 3);
}

TEST_F(ChatFormatsImportTest, TruncatedForeignAndUnmappedFilesChangeNothing) {
    ASSERT_TRUE(import("discord.json"));
    const QString before = dump();
    for (const char* fixture : {"wechat-memotrace.csv", "discord.json"}) {
        QFile whole(chatFixture(fixture));
        ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        const QString name = QStringLiteral("cut-") + QString::fromUtf8(fixture);
        // Cut inside a quoted cell (CSV) or inside the messages (JSON).
        const qsizetype cut =
            QByteArray(fixture).endsWith(".csv") ? bytes.indexOf("第二行") : bytes.size() * 2 / 3;
        auto result = ChatImportService::run(ws.db(), ws.writeFile(name, bytes.left(cut)));
        ASSERT_FALSE(result) << fixture;
        EXPECT_EQ(result.error().file, name);
        EXPECT_GT(result.error().line, 0) << fixture;
    }
    auto unmapped = import("chat-unmapped.csv");
    ASSERT_FALSE(unmapped);
    EXPECT_EQ(unmapped.error().file, QStringLiteral("chat-unmapped.csv"));
    ChatImportOptions forced;
    forced.format = ChatFormat::DiscordCsv;
    auto wrong = import("wechat-pywxdump.csv", forced);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().line, 1);
    EXPECT_EQ(dump(), before);

    ChatImportOptions mapped;
    mapped.format = ChatFormat::Csv;
    mapped.dateOrder = DateOrder::DMY;
    mapped.csvMapping = *ChatCsvMappingReader::parseSpec(
        QStringLiteral("time=when,author=who,text=said,author_id=uid"));
    auto report = import("chat-unmapped.csv", mapped);
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_EQ(report->imported, 2);
    EXPECT_EQ(value(QStringLiteral("SELECT platform FROM chat_groups WHERE name = "
                                   "'chat-unmapped'"))
                  .toString(),
              QStringLiteral("other"));
}

TEST_F(ChatFormatsImportTest, AMappingIsRememberedForFilesWithTheSameHeader) {
    ChatImportOptions mapped;
    mapped.dateOrder = DateOrder::DMY;
    mapped.csvMapping =
        *ChatCsvMappingReader::parseSpec(QStringLiteral("time=1,author=2,text=3,author_id=4"));
    ASSERT_TRUE(import("chat-unmapped.csv", mapped));
    // Same header, no mapping and no format given: read with the remembered one.
    const QByteArray later = "when;who;said;uid\n04.05.2024 09:00;Anna;again;a1\n";
    ChatImportOptions dayFirst;
    dayFirst.dateOrder = DateOrder::DMY;
    dayFirst.group = QStringLiteral("chat-unmapped");
    auto report =
        ChatImportService::run(ws.db(), ws.writeFile(QStringLiteral("later.csv"), later), dayFirst);
    ASSERT_TRUE(report) << report.error().toString().toStdString();
    EXPECT_EQ(report->imported, 1);
    EXPECT_EQ(report->membersCreated, 0); // Anna by her id a1
    auto preview = ChatImportPreview::read(ws.db(), chatFixture("chat-unmapped.csv"), std::nullopt,
                                           {}, QStringLiteral("chat-unmapped"));
    ASSERT_TRUE(preview) << preview.error().toString().toStdString();
    EXPECT_EQ(preview->format, ChatFormat::Csv);
    EXPECT_FALSE(preview->needsMapping);
    EXPECT_EQ(preview->csvColumns.authorId, 3);
}
