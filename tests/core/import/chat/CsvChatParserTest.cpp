// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The CSV chat formats: WeChat (MemoTrace, PyWxDump), DiscordChatExporter CSV and generic CSV
// with a column mapping; their detection from content and the time forms they hold.
#include "ChatTestSupport.h"
#include "import/chat/ChatTimeText.h"

using namespace qundesk;
using namespace qundesk::test;

namespace {

Result<ParsedChat> parseAs(ChatFormat format, const ChatInput& input,
                           const ChatParseOptions& options = {}) {
    ParsedChat parsed;
    auto info = parseChat(format, input, options, [&](const ChatEvent& e) {
        parsed.events << e;
        return true;
    });
    if (!info)
        return info.error();
    parsed.info = *info;
    return parsed;
}

ChatInput bytes(const QByteArray& text, const char* name = "chat.csv") {
    return ChatInput::fromBytes(text, QString::fromUtf8(name));
}

} // namespace

TEST(CsvChatParserTest, EachFormatIsDetectedFromItsContent) {
    const std::pair<const char*, ChatFormat> cases[] = {
        {"wechat-memotrace.csv", ChatFormat::WeChatCsv},
        {"wechat-memotrace-gb18030.csv", ChatFormat::WeChatCsv},
        {"wechat-pywxdump.csv", ChatFormat::WeChatCsv},
        {"discord.csv", ChatFormat::DiscordCsv},
        {"discord-old.csv", ChatFormat::DiscordCsv},
        {"discord.json", ChatFormat::DiscordJson},
        {"discord-groupdm.json", ChatFormat::DiscordJson},
        {"chat-generic.csv", ChatFormat::Csv},
        {"chat-generic-zh.csv", ChatFormat::Csv},
        {"telegram-single.json", ChatFormat::Telegram},
        {"whatsapp-android-en.txt", ChatFormat::WhatsApp}};
    for (const auto& [name, format] : cases) {
        auto input = ChatInput::fromPath(chatFixture(name));
        ASSERT_TRUE(input) << name;
        auto detected = detectChatFormat(*input);
        ASSERT_TRUE(detected) << name << ": " << detected.error().toString().toStdString();
        EXPECT_EQ(chatFormatKey(*detected), chatFormatKey(format)) << name;
    }
    // Headers that name no time, author and text are no chat the detector can vouch for.
    auto unmapped = ChatInput::fromPath(chatFixture("chat-unmapped.csv"));
    ASSERT_TRUE(unmapped);
    EXPECT_FALSE(detectChatFormat(*unmapped));
    EXPECT_FALSE(detectChatFormat(bytes("name,phone,city\nAnna,123,Paris\n")));
    EXPECT_FALSE(detectChatFormat(bytes(QByteArray("\x00\x01\x02binary", 9))));
}

TEST(CsvChatParserTest, FormatKeysRoundTripAndNamePlatforms) {
    for (ChatFormat f : chatFormats()) {
        EXPECT_EQ(chatFormatFromKey(chatFormatKey(f)), f);
        EXPECT_FALSE(chatFormatLabel(f).isEmpty());
    }
    EXPECT_EQ(chatFormatFromKey(QStringLiteral("wechat-csv")), ChatFormat::WeChatCsv);
    EXPECT_EQ(chatFormatPlatform(ChatFormat::WeChatCsv), QStringLiteral("wechat"));
    EXPECT_EQ(chatFormatPlatform(ChatFormat::DiscordJson), QStringLiteral("discord"));
    EXPECT_FALSE(chatFormatFromKey(QStringLiteral("line")));
}

TEST(CsvChatParserTest, MemoTraceRowsBecomeMessagesJoinsAndRemovals) {
    auto parsed = parseFile(chatFixture("wechat-memotrace.csv"));
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    EXPECT_EQ(parsed->info.chatName, QStringLiteral("wechat-memotrace"));
    const QList<ChatEvent> messages = parsed->messages();
    ASSERT_EQ(messages.size(), 7);
    // CreateTime is an instant: 1710205500 = 2024-03-12T01:05:00Z.
    EXPECT_TRUE(messages[0].zoned);
    EXPECT_EQ(isoOf(messages[0]), QStringLiteral("2024-03-12T01:05:00"));
    EXPECT_EQ(messages[0].author, QStringLiteral("李老师")); // the note name wins
    EXPECT_EQ(messages[0].authorId, QStringLiteral("wxid_lilei"));
    EXPECT_EQ(messages[0].line, 3);
    // A quoted cell keeps its newlines, commas and quotes; the next row's line follows it.
    EXPECT_EQ(messages[1].text, QStringLiteral("第一行\r\n第二行, 有逗号\r\n第三行 \"引号\""));
    EXPECT_EQ(messages[1].author, QStringLiteral("韩梅梅"));
    EXPECT_EQ(messages[2].line, 7);
    EXPECT_EQ(messages[2].text, QStringLiteral("[3]")); // an image
    EXPECT_TRUE(messages[2].sourceId.isEmpty());        // de-duplicated by content
    // A speaker who left the group: only the account id is left.
    EXPECT_EQ(messages[5].author, QStringLiteral("wxid_gone"));
    EXPECT_EQ(messages[5].authorId, QStringLiteral("wxid_gone"));

    const QList<ChatEvent> joins = parsed->ofKind(ChatEventKind::Join);
    ASSERT_EQ(joins.size(), 2);
    EXPECT_EQ(joins[0].author, QStringLiteral("李雷"));
    EXPECT_EQ(joins[0].subjects, (QStringList{QStringLiteral("韩梅梅"), QStringLiteral("王芳")}));
    EXPECT_EQ(joins[1].subjects, QStringList{QStringLiteral("赵强")});
    EXPECT_EQ(joins[1].author, QStringLiteral("李雷")); // who shared the QR code
    const QList<ChatEvent> leaves = parsed->ofKind(ChatEventKind::Leave);
    ASSERT_EQ(leaves.size(), 1);
    EXPECT_EQ(leaves[0].subjects, QStringList{QStringLiteral("王芳")});
    EXPECT_TRUE(leaves[0].removed);
    EXPECT_TRUE(parsed->ofKind(ChatEventKind::Skipped).isEmpty()); // the recall is no event
}

TEST(CsvChatParserTest, AGb18030ExportReadsAsTheUtf8One) {
    auto utf8 = parseFile(chatFixture("wechat-memotrace.csv"));
    auto gb = parseFile(chatFixture("wechat-memotrace-gb18030.csv"));
    ASSERT_TRUE(utf8);
    ASSERT_TRUE(gb) << gb.error().toString().toStdString();
    ASSERT_EQ(gb->events.size(), utf8->events.size());
    for (qsizetype i = 0; i < gb->events.size(); ++i) {
        EXPECT_EQ(gb->events[i].author, utf8->events[i].author);
        EXPECT_EQ(gb->events[i].text, utf8->events[i].text);
        EXPECT_EQ(gb->events[i].subjects, utf8->events[i].subjects);
        EXPECT_EQ(gb->events[i].seconds, utf8->events[i].seconds);
    }
}

TEST(CsvChatParserTest, WeChatSystemNoticesInEveryFormTheClientWrites) {
    const QByteArray header =
        "localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,"
        "NickName,Sender\n";
    const QByteArray rows =
        "1,r,10000,0,0,1710205200,2,\"你邀请\"\"甲\"\"加入了群聊\",,,,\n"
        "2,r,10000,0,0,1710205200,2,\"\"\"乙\"\"邀请你加入了群聊\",,,,\n"
        "3,r,10000,0,0,1710205200,2,\"\"\"丙\"\"通过\"\"甲\"\"的邀请二维码加入群聊\",,,,\n"
        "4,r,10000,0,0,1710205200,2,“丁”被移出了群聊,,,,\n"
        "5,r,10000,0,0,1710205200,2,\"\"\"甲\"\"修改群名为“茶友会”\",,,,\n";
    auto parsed = parseAs(ChatFormat::WeChatCsv, bytes(header + rows));
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    ASSERT_EQ(parsed->events.size(), 4);
    EXPECT_EQ(parsed->events[0].subjects, QStringList{QStringLiteral("甲")});
    EXPECT_TRUE(parsed->events[0].author.isEmpty());
    EXPECT_TRUE(parsed->events[1].self);
    EXPECT_TRUE(parsed->events[1].subjects.isEmpty());
    EXPECT_EQ(parsed->events[2].subjects, QStringList{QStringLiteral("丙")});
    EXPECT_EQ(parsed->events[2].author, QStringLiteral("甲"));
    EXPECT_EQ(parsed->events[3].kind, ChatEventKind::Leave);
    EXPECT_EQ(parsed->events[3].subjects, QStringList{QStringLiteral("丁")});
}

TEST(CsvChatParserTest, PyWxDumpRowsCarryServerIdsAndWallClockTimes) {
    auto parsed = parseFile(chatFixture("wechat-pywxdump.csv"));
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    const QList<ChatEvent> messages = parsed->messages();
    ASSERT_EQ(messages.size(), 4); // the "pat" is no message
    EXPECT_FALSE(messages[0].zoned);
    EXPECT_EQ(isoOf(messages[0]), QStringLiteral("2024-03-12T09:05:00"));
    EXPECT_EQ(messages[0].sourceId, QStringLiteral("7001001002"));
    EXPECT_EQ(messages[0].authorId, QStringLiteral("wxid_lilei"));
    EXPECT_EQ(messages[1].text, QStringLiteral("两行\n消息"));
    EXPECT_EQ(messages[2].text, QStringLiteral("[图片]"));
    const QList<ChatEvent> joins = parsed->ofKind(ChatEventKind::Join);
    ASSERT_EQ(joins.size(), 1);
    EXPECT_EQ(joins[0].subjects, QStringList{QStringLiteral("韩梅梅")});
}

TEST(CsvChatParserTest, DiscordCsvReadsOffsetsAndTheOldDateForm) {
    auto parsed = parseFile(chatFixture("discord.csv"));
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    const QList<ChatEvent> messages = parsed->messages();
    ASSERT_EQ(messages.size(), 4);
    EXPECT_TRUE(messages[0].zoned);
    EXPECT_EQ(isoOf(messages[0]), QStringLiteral("2020-07-17T17:03:14")); // +02:00
    EXPECT_EQ(messages[0].authorId, QStringLiteral("111111111111111111"));
    EXPECT_EQ(messages[1].text, QStringLiteral("Hi, alice!\nSecond line"));
    EXPECT_EQ(messages[2].text,
              QStringLiteral("https://cdn.discordapp.com/attachments/1/2/cat.png"));
    EXPECT_EQ(messages[3].line, 6);

    auto old = parseFile(chatFixture("discord-old.csv"));
    ASSERT_TRUE(old) << old.error().toString().toStdString();
    ASSERT_EQ(old->messages().size(), 2);
    EXPECT_FALSE(old->messages()[0].zoned);
    EXPECT_EQ(isoOf(old->messages()[0]), QStringLiteral("2020-07-17T19:03:00"));
}

TEST(CsvChatParserTest, GenericCsvFindsItsColumnsByEnglishOrChineseNames) {
    auto parsed = parseFile(chatFixture("chat-generic.csv"));
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    ASSERT_EQ(parsed->messages().size(), 4);
    EXPECT_EQ(parsed->messages()[1].author, QStringLiteral("Ben"));
    EXPECT_TRUE(parsed->messages()[1].authorId.isEmpty()); // no id column
    EXPECT_EQ(parsed->messages()[1].text, QStringLiteral("two\nlines"));
    EXPECT_EQ(parsed->messages()[2].line, 5);
    EXPECT_FALSE(parsed->messages()[0].zoned);

    auto zh = parseFile(chatFixture("chat-generic-zh.csv"));
    ASSERT_TRUE(zh) << zh.error().toString().toStdString();
    ASSERT_EQ(zh->messages().size(), 3);
    EXPECT_EQ(zh->messages()[0].author, QStringLiteral("张三"));
    EXPECT_EQ(zh->messages()[0].authorId, QStringLiteral("u001"));
    EXPECT_EQ(zh->messages()[0].text, QStringLiteral("大家好"));
    EXPECT_EQ(isoOf(zh->messages()[2]), QStringLiteral("2024-05-04T08:00:00"));
}

TEST(CsvChatParserTest, GenericCsvTakesAMappingByNameOrNumber) {
    auto input = ChatInput::fromPath(chatFixture("chat-unmapped.csv"));
    ASSERT_TRUE(input);
    auto unmapped = parseAs(ChatFormat::Csv, *input);
    ASSERT_FALSE(unmapped);
    EXPECT_EQ(unmapped.error().line, 1);
    EXPECT_TRUE(unmapped.error().message.contains(QStringLiteral("when, who, said, uid")));

    auto spec = ChatCsvMappingReader::parseSpec(
        QStringLiteral("time=when, author=2, text=SAID, author_id=uid"));
    ASSERT_TRUE(spec);
    ChatParseOptions options;
    options.csvMapping = *spec;
    options.dateOrder = DateOrder::DMY;
    auto parsed = parseAs(ChatFormat::Csv, *input, options);
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    ASSERT_EQ(parsed->messages().size(), 2);
    EXPECT_EQ(parsed->messages()[1].author, QStringLiteral("Ben"));
    EXPECT_EQ(parsed->messages()[1].authorId, QStringLiteral("b2"));
    EXPECT_EQ(isoOf(parsed->messages()[0]), QStringLiteral("2024-05-03T20:05:00"));

    options.csvMapping.time = QStringLiteral("9");
    EXPECT_FALSE(parseAs(ChatFormat::Csv, *input, options));
    EXPECT_FALSE(ChatCsvMappingReader::parseSpec(QStringLiteral("time")));
    EXPECT_FALSE(ChatCsvMappingReader::parseSpec(QStringLiteral("when=1")));
    EXPECT_EQ(spec->toSpec(), QStringLiteral("time=when,author=2,text=SAID,author_id=uid"));
}

TEST(CsvChatParserTest, BadRowsAreInvalidEventsNamingTheirLine) {
    auto parsed = parseFile(chatFixture("chat-bad-date.csv"));
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    const QList<ChatEvent> skipped = parsed->ofKind(ChatEventKind::Skipped);
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_TRUE(skipped[0].invalid);
    EXPECT_EQ(skipped[0].line, 3);
    EXPECT_EQ(parsed->messages().size(), 2);

    auto shortRow = parseAs(ChatFormat::DiscordCsv,
                            bytes("AuthorID,Author,Date,Content,Attachments,Reactions\n1,a\n"));
    ASSERT_TRUE(shortRow);
    ASSERT_EQ(shortRow->events.size(), 1);
    EXPECT_TRUE(shortRow->events[0].invalid);
    EXPECT_EQ(shortRow->events[0].line, 2);
    auto noAuthor = parseAs(ChatFormat::Csv, bytes("time,author,text\n2024-01-01 10:00,,hi\n"));
    ASSERT_TRUE(noAuthor);
    ASSERT_EQ(noAuthor->events.size(), 1);
    EXPECT_TRUE(noAuthor->events[0].invalid);
}

TEST(CsvChatParserTest, TruncatedAndForeignFilesFailNamingTheFileAndLine) {
    // A quote opened and never closed: the file was cut.
    auto cut = parseAs(ChatFormat::WeChatCsv,
                       bytes("localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,"
                             "StrContent,StrTime,Remark,NickName,Sender\n"
                             "1,r,1,0,0,1710205200,2,\"half a messa",
                             "cut.csv"));
    ASSERT_FALSE(cut);
    EXPECT_EQ(cut.error().file, QStringLiteral("cut.csv"));
    EXPECT_EQ(cut.error().line, 2);
    // A file forced into a format it is not.
    auto input = ChatInput::fromPath(chatFixture("discord.csv"));
    ASSERT_TRUE(input);
    auto wrong = parseAs(ChatFormat::WeChatCsv, *input);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().line, 1);
    EXPECT_FALSE(parseAs(ChatFormat::DiscordCsv,
                         *input = *ChatInput::fromPath(chatFixture("chat-generic.csv"))));
    EXPECT_FALSE(parseAs(ChatFormat::Csv, bytes({}, "empty.csv")));
}

TEST(CsvChatParserTest, TimeTextsOfTheExports) {
    using namespace chattime;
    EXPECT_EQ(readIso(u"2020-07-17T19:03:14.3660000+02:00")->seconds, 1595005394);
    EXPECT_TRUE(readIso(u"2020-07-17T19:03:14Z")->zoned);
    EXPECT_FALSE(readIso(u"2024/3/5 9:05")->zoned);
    EXPECT_EQ(readIso(u"2024/3/5 9:05")->seconds, 1709629500);
    EXPECT_FALSE(readIso(u"2024-02-30 10:00"));
    EXPECT_FALSE(readIso(u"2024-01-01 25:00"));
    EXPECT_FALSE(readIso(u"2024-01-01 10:00 tomorrow"));
    EXPECT_EQ(readUnix(u"1710205500")->seconds, 1710205500);
    EXPECT_EQ(readUnix(u"1710205500123")->seconds, 1710205500);
    EXPECT_FALSE(readUnix(u"17102"));
    EXPECT_EQ(readDayMonthNameYear(u"17-Jul-20 07:03 PM")->seconds, 1595012580);
    EXPECT_EQ(readDayMonthNameYear(u"01-Jan-2021 12:00 AM")->seconds, 1609459200);
    EXPECT_FALSE(readDayMonthNameYear(u"17-Foo-20 07:03 PM"));
    EXPECT_FALSE(readAny(u"yesterday", DateOrder::YMD));
    EXPECT_EQ(readAny(u"2024年5月3日 20:05", DateOrder::YMD)->seconds, 1714766700);
}
