// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Conformance over the public sample exports in ../shared/samples (skipped when absent): every
// sample parses, and where the sample's project wrote down the expected messages, we find
// the same authors, times and texts.
#include "ChatTestSupport.h"
#include "import/chat/TelegramParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace qundesk;
using namespace qundesk::test;

namespace {

QString samples(const QString& sub) {
    return QStringLiteral(QUNDESK_SHARED_SAMPLES_DIR "/") + sub;
}

// "author|time|text" with all whitespace removed (the projects join lines with spaces).
QString key(const QString& author, const QString& time, const QString& text) {
    QString flat = text;
    flat.remove(QRegularExpression(QStringLiteral("\\s")));
    return author + u'|' + time + u'|' + flat;
}

QSet<QString> expected(const QString& targetPath) {
    QFile f(targetPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject o = v.toObject();
        out.insert(key(o.value(u"author").toString(), o.value(u"timestamp").toString(),
                       o.value(u"message").toString()));
    }
    return out;
}

} // namespace

TEST(ChatSamplesTest, EveryWhatsAppSampleMatchesItsTarget) {
    const QDir dir(samples(QStringLiteral("whatsapp")));
    if (!dir.exists())
        GTEST_SKIP() << "no shared samples";
    const QSet<QString> target = expected(dir.filePath(QStringLiteral("chat-miner__target.json")));
    ASSERT_FALSE(target.isEmpty());
    int files = 0;
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        auto parsed = parseFile(dir.filePath(name));
        ASSERT_TRUE(parsed) << name.toStdString() << ": "
                            << parsed.error().toString().toStdString();
        EXPECT_FALSE(parsed->messages().isEmpty()) << name.toStdString();
        if (!name.startsWith(QLatin1String("chat-miner__")))
            continue;
        ++files;
        QSet<QString> got;
        for (const ChatEvent& e : parsed->messages())
            got.insert(key(e.author, isoOf(e), e.text));
        EXPECT_EQ(got, target) << name.toStdString();
    }
    EXPECT_EQ(files, 5);
}

TEST(ChatSamplesTest, EveryTelegramSampleParses) {
    const QDir dir(samples(QStringLiteral("telegram")));
    if (!dir.exists())
        GTEST_SKIP() << "no shared samples";
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (name.endsWith(QLatin1String("target.json")))
            continue;
        auto input = ChatInput::fromPath(dir.filePath(name));
        ASSERT_TRUE(input);
        auto chats = TelegramParser::listChats(*input);
        if (name.endsWith(QLatin1String("__error.json"))) { // a comma is missing on line 5
            ASSERT_FALSE(chats);
            EXPECT_EQ(chats.error().line, 5);
            continue;
        }
        ASSERT_TRUE(chats) << name.toStdString() << ": " << chats.error().toString().toStdString();
        ASSERT_FALSE(chats->isEmpty()) << name.toStdString();
        ChatParseOptions options;
        options.chat = chats->first().id.isEmpty() ? chats->first().name : chats->first().id;
        auto parsed = parseInput(*input, options);
        ASSERT_TRUE(parsed) << name.toStdString() << ": "
                            << parsed.error().toString().toStdString();
    }
}

TEST(ChatSamplesTest, TheTelegramBatchSampleMatchesItsTarget) {
    const QString path = samples(QStringLiteral("telegram/chat-miner__test_batch_export.json"));
    if (!QFile::exists(path))
        GTEST_SKIP() << "no shared samples";
    const QSet<QString> target =
        expected(samples(QStringLiteral("telegram/chat-miner__target.json")));
    ChatParseOptions options;
    options.chat = QStringLiteral("Chatname");
    auto parsed = parseFile(path, options);
    ASSERT_TRUE(parsed) << parsed.error().toString().toStdString();
    QSet<QString> got;
    for (const ChatEvent& e : parsed->messages())
        got.insert(key(e.author, isoOf(e), e.text));
    EXPECT_EQ(got, target);
}

// Every sample is detected as the format of its folder (the CSV and Discord detectors take
// none of the Telegram or WhatsApp exports), and the folders of the formats added later
// (wechat, discord, csv), when the samples hold them, parse without an error.
TEST(ChatSamplesTest, EverySampleIsDetectedAsItsFormat) {
    const QDir root(samples(QString()));
    if (!root.exists())
        GTEST_SKIP() << "no shared samples";
    const std::pair<const char*, QList<ChatFormat>> folders[] = {
        {"telegram", {ChatFormat::Telegram}},
        {"whatsapp", {ChatFormat::WhatsApp}},
        {"wechat", {ChatFormat::WeChatCsv}},
        {"discord", {ChatFormat::DiscordCsv, ChatFormat::DiscordJson}},
        {"csv", {ChatFormat::Csv}}};
    int checked = 0;
    for (const auto& [folder, formats] : folders) {
        const QDir dir(root.filePath(QString::fromUtf8(folder)));
        for (const QString& name : dir.entryList(QDir::Files)) {
            if (name.endsWith(QLatin1String("target.json")) ||
                name.endsWith(QLatin1String("__error.json")))
                continue; // expected messages, and a sample broken on purpose
            auto input = ChatInput::fromPath(dir.filePath(name));
            ASSERT_TRUE(input) << name.toStdString();
            auto format = detectChatFormat(*input);
            ASSERT_TRUE(format) << name.toStdString() << ": "
                                << format.error().toString().toStdString();
            EXPECT_TRUE(formats.contains(*format))
                << name.toStdString() << " read as " << chatFormatKey(*format).toStdString();
            ++checked;
            if (*format == ChatFormat::Telegram)
                continue; // full exports need a chat: EveryTelegramSampleParses reads them
            auto parsed = parseInput(*input);
            EXPECT_TRUE(parsed) << name.toStdString() << ": "
                                << parsed.error().toString().toStdString();
        }
    }
    EXPECT_GT(checked, 0);
}
