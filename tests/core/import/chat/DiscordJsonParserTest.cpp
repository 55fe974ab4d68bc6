// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/DiscordJsonParser.h"

#include "ChatTestSupport.h"

using namespace qundesk;
using namespace qundesk::test;

TEST(DiscordJsonParserTest, AGuildChannelGivesMessagesAndJoins) {
    auto parsed = parseFile(chatFixture("discord.json"));
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed->info.chatName, QStringLiteral("Tea Lovers / general"));
    EXPECT_EQ(parsed->info.chatId, QStringLiteral("600000000000000000"));
    const QList<ChatEvent> messages = parsed->messages();
    ASSERT_EQ(messages.size(), 3); // the bot's message is skipped, the pin is no activity
    EXPECT_EQ(messages[0].author, QStringLiteral("Alice W")); // the server nickname
    EXPECT_EQ(messages[0].authorId, QStringLiteral("111111111111111111"));
    EXPECT_EQ(messages[0].sourceId, QStringLiteral("700000000000000002"));
    EXPECT_EQ(messages[0].text, QStringLiteral("Hello {everyone}\nsecond line \"quoted\""));
    EXPECT_TRUE(messages[0].zoned);
    EXPECT_EQ(isoOf(messages[0]), QStringLiteral("2024-03-12T01:05:00"));
    EXPECT_EQ(messages[1].text, QStringLiteral("hi alice")); // a reply is a message
    EXPECT_EQ(messages[2].text, QStringLiteral("tea.png"));  // an attachment alone
    const QList<ChatEvent> joins = parsed->ofKind(ChatEventKind::Join);
    ASSERT_EQ(joins.size(), 1);
    EXPECT_EQ(joins[0].subjects, QStringList{QStringLiteral("carol")});
    EXPECT_EQ(joins[0].subjectIds, QStringList{QStringLiteral("333333333333333333")});
    const QList<ChatEvent> skipped = parsed->ofKind(ChatEventKind::Skipped);
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_FALSE(skipped[0].invalid);
    EXPECT_GT(skipped[0].line, messages[1].line);
}

TEST(DiscordJsonParserTest, AGroupDmAddsLeavesAndRemoves) {
    auto parsed = parseFile(chatFixture("discord-groupdm.json"));
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed->info.chatName, QStringLiteral("Buyers club"));
    const QList<ChatEvent> joins = parsed->ofKind(ChatEventKind::Join);
    const QList<ChatEvent> leaves = parsed->ofKind(ChatEventKind::Leave);
    ASSERT_EQ(joins.size(), 2);
    ASSERT_EQ(leaves.size(), 2);
    EXPECT_EQ(joins[0].author, QStringLiteral("Alice W"));
    EXPECT_EQ(joins[0].subjects, QStringList{QStringLiteral("bob")});
    EXPECT_FALSE(leaves[0].removed); // bob left by himself
    EXPECT_TRUE(leaves[1].removed);  // alice removed carol
    EXPECT_EQ(leaves[1].subjects, QStringList{QStringLiteral("carol")});
}

TEST(DiscordJsonParserTest, ABadTimeIsAnInvalidEventAndBrokenFilesFail) {
    const QByteArray json = R"({"guild":{"id":"1","name":"G"},"channel":{"id":"2","name":"c"},
"messages":[
{"id":"9","type":"Default","timestamp":"soon","content":"x","author":{"id":"5","name":"e"}}
]})";
    ParsedChat parsed;
    auto info = DiscordJsonParser::parse(ChatInput::fromBytes(json, QStringLiteral("d.json")), {},
                                         [&](const ChatEvent& e) {
                                             parsed.events << e;
                                             return true;
                                         });
    ASSERT_TRUE(info) << info.error().toString().toStdString();
    ASSERT_EQ(parsed.events.size(), 1);
    EXPECT_TRUE(parsed.events[0].invalid);
    EXPECT_EQ(parsed.events[0].line, 3);

    const auto fails = [](const QByteArray& bytes) {
        return DiscordJsonParser::parse(ChatInput::fromBytes(bytes, QStringLiteral("d.json")), {},
                                        [](const ChatEvent&) { return true; });
    };
    auto truncated = fails(json.left(json.size() - 10));
    ASSERT_FALSE(truncated);
    EXPECT_EQ(truncated.error().file, QStringLiteral("d.json"));
    EXPECT_GT(truncated.error().line, 0);
    EXPECT_FALSE(fails(R"({"messages":[{"id":"1"}]})")); // no channel: a Telegram-like file
    EXPECT_FALSE(fails("not json"));
    EXPECT_FALSE(fails({}));
}

TEST(DiscordJsonParserTest, ATelegramExportIsNotTakenForDiscord) {
    auto input = ChatInput::fromPath(chatFixture("telegram-single.json"));
    ASSERT_TRUE(input);
    auto head = input->head();
    ASSERT_TRUE(head);
    EXPECT_FALSE(DiscordJsonParser::sniff(*head));
    auto parsed = DiscordJsonParser::parse(*input, {}, [](const ChatEvent&) { return true; });
    EXPECT_FALSE(parsed);
}
