// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/TelegramParser.h"

#include "ChatTestSupport.h"

#include <QFile>

using namespace qundesk;
using namespace qundesk::test;

namespace {

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(TelegramParserTest, ReadsASingleChatExportWithEscapesEntitiesAndServiceMessages) {
    auto parsed = parseFile(chatFixture("telegram-single.json"));
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed->info.chatName, QStringLiteral("Tea\u000bLovers"));
    EXPECT_EQ(parsed->info.chatId, QStringLiteral("1700000001"));
    const QList<ChatEvent> messages = parsed->messages();
    ASSERT_EQ(messages.size(), 5);
    EXPECT_EQ(messages[0].sourceId, QStringLiteral("4"));
    EXPECT_EQ(messages[0].author, QStringLiteral("Alice Wang"));
    EXPECT_EQ(messages[0].authorId, QStringLiteral("user100"));
    EXPECT_TRUE(messages[0].zoned);
    EXPECT_EQ(isoOf(messages[0]), QStringLiteral("2024-03-12T09:05:00"));
    EXPECT_EQ(messages[1].text, QStringLiteral("See https://example.org ok"));
    EXPECT_TRUE(messages[2].author.isEmpty()); // a deleted account: `from` is null
    EXPECT_EQ(messages[2].authorId, QStringLiteral("user999"));
    EXPECT_TRUE(messages[3].text.isEmpty()); // a photo
    EXPECT_EQ(messages[4].sourceId, QStringLiteral("-11"));
    EXPECT_EQ(messages[4].text, QStringLiteral("tab\tand bell\u0007"));

    const QList<ChatEvent> joins = parsed->ofKind(ChatEventKind::Join);
    ASSERT_EQ(joins.size(), 2);
    EXPECT_EQ(joins[0].author, QStringLiteral("Alice Wang"));
    EXPECT_EQ(joins[0].subjects, QStringList{QStringLiteral("Bob Li")}); // null member dropped
    EXPECT_EQ(joins[1].subjects, QStringList{QStringLiteral("Carol")});
    EXPECT_EQ(joins[1].subjectIds, QStringList{QStringLiteral("user300")});
    const QList<ChatEvent> leaves = parsed->ofKind(ChatEventKind::Leave);
    ASSERT_EQ(leaves.size(), 2);
    EXPECT_FALSE(leaves[0].removed);
    EXPECT_EQ(leaves[0].subjectIds, QStringList{QStringLiteral("user300")});
    EXPECT_TRUE(leaves[1].removed);
    const QList<ChatEvent> skipped = parsed->ofKind(ChatEventKind::Skipped);
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_EQ(skipped[0].line, 97); // where its object starts
}

TEST(TelegramParserTest, ReadsAnOldExportWithoutUnixTimesAndWithNumericIds) {
    auto parsed = parseFile(chatFixture("telegram-old.json"));
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed->info.chatName, QStringLiteral("Old {\"group\"} [x]"));
    const QList<ChatEvent> messages = parsed->messages();
    ASSERT_EQ(messages.size(), 2);
    EXPECT_FALSE(messages[0].zoned);
    EXPECT_EQ(isoOf(messages[0]), QStringLiteral("2021-03-18T15:20:37"));
    EXPECT_EQ(messages[0].authorId, QStringLiteral("user9999"));
    EXPECT_EQ(messages[0].text, QStringLiteral("hi {there} [x] \"q\""));
    ASSERT_EQ(parsed->ofKind(ChatEventKind::Join).size(), 1);
}

TEST(TelegramParserTest, AFullExportListsItsChatsAndReadsTheOneChosen) {
    auto input = ChatInput::fromPath(chatFixture("telegram-full.json"));
    ASSERT_TRUE(input);
    auto chats = TelegramParser::listChats(*input);
    ASSERT_TRUE(chats) << chats.error().toString().toStdString();
    ASSERT_EQ(chats->size(), 3);
    EXPECT_EQ(chats->at(0).name, QStringLiteral("Tea Lovers"));
    EXPECT_EQ(chats->at(0).messages, 2);
    EXPECT_EQ(chats->at(1).id, QStringLiteral("222"));
    EXPECT_EQ(chats->at(2).name, QStringLiteral("Old Room"));

    auto unchosen = parseInput(*input);
    ASSERT_FALSE(unchosen);
    ChatParseOptions byId;
    byId.chat = QStringLiteral("222");
    auto coffee = parseInput(*input, byId);
    ASSERT_TRUE(coffee) << coffee.error().toString().toStdString();
    ASSERT_EQ(coffee->messages().size(), 1);
    EXPECT_EQ(coffee->messages()[0].author, QStringLiteral("Cy"));
    EXPECT_EQ(coffee->info.chatName, QStringLiteral("Coffee Club"));
    ChatParseOptions byName;
    byName.chat = QStringLiteral("Tea Lovers");
    auto tea = parseInput(*input, byName);
    ASSERT_TRUE(tea);
    EXPECT_EQ(tea->messages().size(), 2);
    ChatParseOptions missing;
    missing.chat = QStringLiteral("Nope");
    EXPECT_FALSE(parseInput(*input, missing));
}

TEST(TelegramParserTest, ATruncatedExportFailsNamingTheLine) {
    const QByteArray whole = fileBytes(chatFixture("telegram-single.json"));
    ASSERT_FALSE(whole.isEmpty());
    for (qsizetype cut : {whole.size() / 3, whole.size() / 2, whole.size() - 3}) {
        const ChatInput input =
            ChatInput::fromBytes(whole.left(cut), QStringLiteral("result.json"));
        qint64 events = 0;
        auto info = TelegramParser::parse(input, {}, [&](const ChatEvent&) {
            ++events;
            return true;
        });
        ASSERT_FALSE(info) << cut;
        EXPECT_EQ(info.error().file, QStringLiteral("result.json"));
        EXPECT_GT(info.error().line, 1);
    }
}

TEST(TelegramParserTest, ForeignJsonAndBrokenMessagesFail) {
    const auto run = [](const QByteArray& bytes) {
        return TelegramParser::parse(ChatInput::fromBytes(bytes, QStringLiteral("x.json")), {},
                                     [](const ChatEvent&) { return true; });
    };
    EXPECT_FALSE(run("[1, 2, 3]"));
    EXPECT_FALSE(run("{\"a\": 1}"));
    EXPECT_FALSE(run("{\"name\": \"x\", \"messages\": [{\"id\": 1, \"type\": }]}"));
    EXPECT_FALSE(run("{\"name\": \"x\", \"messages\": []} trailing"));
    EXPECT_FALSE(run(""));
}
