// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/WhatsAppParser.h"

#include "ChatTestSupport.h"
#include "import/chat/WhatsAppHeader.h"

using namespace qundesk;
using namespace qundesk::test;

namespace {

bool header(const char* line, whatsapp::Header& h) {
    return whatsapp::parseHeader(QByteArrayView(line), h);
}

} // namespace

TEST(WhatsAppHeaderTest, ReadsEveryHeaderStyle) {
    whatsapp::Header h;
    ASSERT_TRUE(header("12/03/2024, 09:05 - Alice: hi", h));
    EXPECT_EQ(h.part[0], 12);
    EXPECT_EQ(h.hour, 9);
    EXPECT_EQ(h.rest, QByteArrayView("Alice: hi"));
    ASSERT_TRUE(header("[1/14/24, 9:05:12\u202fPM] Bob: x", h));
    EXPECT_EQ(h.hour, 21);
    EXPECT_EQ(h.second, 12);
    EXPECT_EQ(h.rest, QByteArrayView("Bob: x"));
    ASSERT_TRUE(header("\u200e[\u200e1/15/24, 12:00:01\u202fAM\u200e] Bob: x", h));
    EXPECT_EQ(h.hour, 0);
    ASSERT_TRUE(header("14.1.2024 klo 21.05 - Aino: Hei", h));
    EXPECT_EQ(h.minute, 5);
    ASSERT_TRUE(header("14/01/2024 \xC3\xA0 21:05 - Z: S", h)); // "à"
    ASSERT_TRUE(header("01/30/2019, 08:49 p. m. - J: x", h));
    EXPECT_EQ(h.hour, 20);
    ASSERT_TRUE(header("2019-01-20 11:23 - J: x", h));
    EXPECT_EQ(h.digits[0], 4);
    ASSERT_TRUE(header("\xEF\xBB\xBF"
                       "12.03.24, 09:05 - A: b",
                       h));
    ASSERT_TRUE(header("12/03/2024 09:05\xC2\xA0pm - A: b", h)); // NBSP before pm
    EXPECT_EQ(h.hour, 21);
}

TEST(WhatsAppHeaderTest, RefusesLinesThatAreNoHeader) {
    whatsapp::Header h;
    for (const char* line :
         {"Please read the rules:", "1. be kind", "12/03 - A: b", "12/03/2024, 9 - A: b",
          "12/03/2024, 25:00 - A: b", "12/03/2024, 13:00 PM - A: b", "12/03-2024, 09:05 - A: b",
          "12/03/2024, 09:05 A: b", "[12/03/2024, 09:05 - A: b", "12345/03/2024, 09:05 - A: b", ""})
        EXPECT_FALSE(header(line, h)) << line;
}

TEST(WhatsAppParserTest, ReadsAnAndroidExportWithSystemLinesAndMultiLineMessages) {
    auto parsed = parseFile(chatFixture("whatsapp-android-en.txt"));
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed->info.dateOrder, DateOrder::DMY);
    EXPECT_TRUE(parsed->info.dateOrderCertain);
    EXPECT_EQ(parsed->info.chatName, QStringLiteral("whatsapp-android-en"));
    const QList<ChatEvent> messages = parsed->messages();
    ASSERT_EQ(messages.size(), 5);
    EXPECT_EQ(messages[0].author, QStringLiteral("Alice Wang"));
    EXPECT_EQ(messages[0].text,
              QStringLiteral("Welcome everyone!\nPlease read the rules:\n1. be kind"));
    EXPECT_EQ(messages[0].line, 5);
    EXPECT_EQ(isoOf(messages[0]), QStringLiteral("2024-03-12T09:05:00"));
    EXPECT_FALSE(messages[0].zoned);
    EXPECT_EQ(messages[1].text, QStringLiteral("好的"));
    EXPECT_EQ(messages[2].text, QStringLiteral("好的")); // both count
    EXPECT_EQ(messages[3].text, QStringLiteral("<Media omitted>"));
    EXPECT_EQ(messages[4].text, QStringLiteral("time: 8:05 sharp"));

    const QList<ChatEvent> joins = parsed->ofKind(ChatEventKind::Join);
    ASSERT_EQ(joins.size(), 5);
    EXPECT_EQ(joins[0].author, QStringLiteral("Alice Wang"));
    EXPECT_EQ(joins[0].subjects, QStringList{QStringLiteral("Bob Li")});
    EXPECT_EQ(joins[1].subjects, QStringList{QStringLiteral("Carol")});
    EXPECT_EQ(joins[2].subjects, (QStringList{QStringLiteral("Dan"), QStringLiteral("Erin")}));
    EXPECT_EQ(joins[3].subjects, (QStringList{QStringLiteral("Frank"), QStringLiteral("Gina")}));
    EXPECT_TRUE(joins[4].self);
    EXPECT_TRUE(joins[4].subjects.isEmpty());
    const QList<ChatEvent> leaves = parsed->ofKind(ChatEventKind::Leave);
    ASSERT_EQ(leaves.size(), 2);
    EXPECT_EQ(leaves[0].subjects, QStringList{QStringLiteral("Carol")});
    EXPECT_FALSE(leaves[0].removed);
    EXPECT_EQ(leaves[1].subjects, QStringList{QStringLiteral("Dan")});
    EXPECT_TRUE(leaves[1].removed);
}

TEST(WhatsAppParserTest, ReadsAniOSExportWithMarksAndTwelveHourTimes) {
    auto parsed = parseFile(chatFixture("whatsapp-ios-en.txt"));
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed->info.dateOrder, DateOrder::MDY);
    const QList<ChatEvent> messages = parsed->messages();
    ASSERT_EQ(messages.size(), 3);
    EXPECT_EQ(messages[0].author, QStringLiteral("Bob Li"));
    EXPECT_EQ(isoOf(messages[0]), QStringLiteral("2024-01-15T00:00:01"));
    EXPECT_EQ(messages[1].text, QStringLiteral("image omitted"));
    EXPECT_EQ(isoOf(messages[1]), QStringLiteral("2024-01-15T12:30:00"));
    EXPECT_EQ(messages[2].text, QStringLiteral("line one\nline two"));
    const QList<ChatEvent> joins = parsed->ofKind(ChatEventKind::Join);
    ASSERT_EQ(joins.size(), 2);
    EXPECT_EQ(joins[0].subjects, QStringList{QStringLiteral("Bob Li")});
    EXPECT_EQ(joins[1].subjects, QStringList{QStringLiteral("Carol")});
    const QList<ChatEvent> leaves = parsed->ofKind(ChatEventKind::Leave);
    ASSERT_EQ(leaves.size(), 1);
    EXPECT_EQ(leaves[0].subjects, QStringList{QStringLiteral("Bob Li")});
}

TEST(WhatsAppParserTest, ReadsTheChatInsideAZip) {
    auto parsed = parseFile(chatFixture("whatsapp-chat.zip"));
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed->messages().size(), 3);
    EXPECT_EQ(parsed->info.chatName, QStringLiteral("whatsapp-chat"));
    auto input = ChatInput::fromPath(chatFixture("whatsapp-chat.zip"));
    ASSERT_TRUE(input);
    EXPECT_TRUE(input->isZip());
    EXPECT_EQ(input->fileName(), QStringLiteral("whatsapp-chat.zip/_chat.txt"));
}

TEST(WhatsAppParserTest, ReadsGermanAndChineseSystemLines) {
    auto de = parseFile(chatFixture("whatsapp-android-de.txt"));
    ASSERT_TRUE(de) << de.error().toString().toStdString();
    ASSERT_EQ(de->messages().size(), 1);
    auto joins = de->ofKind(ChatEventKind::Join);
    ASSERT_EQ(joins.size(), 2);
    EXPECT_EQ(joins[0].subjects, (QStringList{QStringLiteral("Ben"), QStringLiteral("Clara")}));
    EXPECT_EQ(joins[1].subjects, QStringList{QStringLiteral("David")});
    auto leaves = de->ofKind(ChatEventKind::Leave);
    ASSERT_EQ(leaves.size(), 2);
    EXPECT_FALSE(leaves[0].removed);
    EXPECT_TRUE(leaves[1].removed);
    EXPECT_EQ(leaves[1].subjects, QStringList{QStringLiteral("David")});

    auto zh = parseFile(chatFixture("whatsapp-android-zh.txt"));
    ASSERT_TRUE(zh) << zh.error().toString().toStdString();
    EXPECT_EQ(zh->info.dateOrder, DateOrder::YMD);
    ASSERT_EQ(zh->messages().size(), 1);
    EXPECT_EQ(zh->messages()[0].author, QStringLiteral("小李"));
    joins = zh->ofKind(ChatEventKind::Join);
    ASSERT_EQ(joins.size(), 2);
    EXPECT_EQ(joins[0].subjects, (QStringList{QStringLiteral("小李"), QStringLiteral("小张")}));
    EXPECT_EQ(joins[1].subjects, QStringList{QStringLiteral("小陈")});
    leaves = zh->ofKind(ChatEventKind::Leave);
    ASSERT_EQ(leaves.size(), 2);
    EXPECT_EQ(leaves[0].subjects, QStringList{QStringLiteral("小张")});
    EXPECT_TRUE(leaves[1].removed);
}

TEST(WhatsAppParserTest, ReadsLocaleWordsAndDottedTimes) {
    for (const char* name : {"whatsapp-fi.txt", "whatsapp-fr.txt", "whatsapp-es.txt"}) {
        auto parsed = parseFile(chatFixture(name));
        ASSERT_TRUE(parsed) << name << ": " << parsed.error().toString().toStdString();
        ASSERT_EQ(parsed->messages().size(), 2) << name;
        EXPECT_EQ(isoOf(parsed->messages()[0]), QStringLiteral("2024-01-14T21:05:00")) << name;
    }
    auto es = parseFile(chatFixture("whatsapp-es.txt"));
    EXPECT_EQ(isoOf(es->messages()[1]), QStringLiteral("2024-01-15T00:00:00"));
}

TEST(WhatsAppParserTest, AnAmbiguousDateOrderIsGuessedAndCanBeOverridden) {
    auto input = ChatInput::fromPath(chatFixture("whatsapp-ambiguous.txt"));
    ASSERT_TRUE(input);
    auto guess = WhatsAppParser::inferDateOrder(*input);
    ASSERT_TRUE(guess);
    EXPECT_EQ(guess->order, DateOrder::DMY); // the first part changes more often
    EXPECT_FALSE(guess->certain);
    ChatParseOptions options;
    options.dateOrder = DateOrder::MDY;
    auto parsed = parseInput(*input, options);
    ASSERT_TRUE(parsed);
    EXPECT_EQ(isoOf(parsed->messages()[1]), QStringLiteral("2024-02-02T10:00:00"));
    EXPECT_EQ(isoOf(parsed->messages()[2]), QStringLiteral("2024-03-02T10:00:00"));
    // A day above 12 read as a month fails, naming the line.
    auto wrong = parseFile(chatFixture("whatsapp-android-en.txt"), options);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().line, 8); // 13/03/2024
    EXPECT_EQ(wrong.error().file, QStringLiteral("whatsapp-android-en.txt"));
}

TEST(WhatsAppParserTest, AFileThatIsNoExportFailsNamingTheLine) {
    ChatParseOptions none;
    auto notChat = WhatsAppParser::parse(
        ChatInput::fromBytes(QByteArrayLiteral("\nhello world\n12/03/2024, 09:05 - A: hi\n"),
                             QStringLiteral("notes.txt")),
        none, [](const ChatEvent&) { return true; });
    ASSERT_FALSE(notChat);
    EXPECT_EQ(notChat.error().line, 2);
    EXPECT_EQ(notChat.error().file, QStringLiteral("notes.txt"));
    auto detected = detectChatFormat(
        ChatInput::fromBytes(QByteArrayLiteral("name,phone\nA,1\n"), QStringLiteral("x.csv")));
    EXPECT_FALSE(detected);
}

TEST(WhatsAppParserTest, ASinkThatStopsStopsTheParse) {
    auto input = ChatInput::fromPath(chatFixture("whatsapp-android-en.txt"));
    ASSERT_TRUE(input);
    int seen = 0;
    auto info = WhatsAppParser::parse(*input, {}, [&](const ChatEvent&) { return ++seen < 2; });
    EXPECT_FALSE(info);
    EXPECT_EQ(seen, 2);
}

TEST(WhatsAppParserTest, ChineseDayPartsBeforeOrAfterTheTimeAreRead) {
    auto android = parseFile(chatFixture("whatsapp-android-zh-ampm.txt"));
    ASSERT_TRUE(android) << android.error().toString().toStdString();
    EXPECT_EQ(android->info.dateOrder, DateOrder::YMD);
    const QList<ChatEvent> messages = android->messages();
    ASSERT_EQ(messages.size(), 4);
    EXPECT_EQ(isoOf(messages[0]), QStringLiteral("2024-03-12T21:05:00")); // 下午9:05
    EXPECT_EQ(messages[1].text, QStringLiteral("收到\n第二行"));
    EXPECT_EQ(isoOf(messages[2]), QStringLiteral("2024-03-13T00:15:00")); // 上午12:15
    EXPECT_EQ(isoOf(messages[3]), QStringLiteral("2024-03-13T12:30:00")); // 中午12:30
    const QList<ChatEvent> joins = android->ofKind(ChatEventKind::Join);
    ASSERT_EQ(joins.size(), 1);
    EXPECT_EQ(joins[0].subjects, QStringList{QStringLiteral("王五")});
    EXPECT_EQ(isoOf(joins[0]), QStringLiteral("2024-03-13T13:05:00")); // 下午 1:05

    auto ios = parseFile(chatFixture("whatsapp-ios-zh-ampm.txt"));
    ASSERT_TRUE(ios) << ios.error().toString().toStdString();
    ASSERT_EQ(ios->messages().size(), 2);
    EXPECT_EQ(ios->messages()[0].author, QStringLiteral("張三"));
    EXPECT_EQ(isoOf(ios->messages()[0]), QStringLiteral("2024-03-14T09:05:07"));
    EXPECT_EQ(isoOf(ios->messages()[1]), QStringLiteral("2024-03-14T21:05:07"));
    // A time after the day part must still be a clock time.
    whatsapp::Header h;
    EXPECT_FALSE(whatsapp::parseHeader("2024/3/12 下午13:05 - A: b", h));
    EXPECT_TRUE(whatsapp::parseHeader("2024/3/12 9:05 下午 - A: b", h));
    EXPECT_EQ(h.hour, 21);
}
