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
