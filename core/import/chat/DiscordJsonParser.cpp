// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/DiscordJsonParser.h"

#include "import/chat/ChatTimeText.h"
#include "import/chat/TelegramScanner.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace qundesk {

namespace {

// Ids are strings in the export (snowflakes do not fit a double); numbers are read too.
QString idOf(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return {};
}

// The name the server shows (its nickname there), else the account's name.
QString nameOf(const QJsonObject& user) {
    const QString nick = user.value(u"nickname").toString().trimmed();
    return nick.isEmpty() ? user.value(u"name").toString().trimmed() : nick;
}

bool isMessageType(const QString& type) {
    static const QStringList kTypes{
        QStringLiteral("Default"), QStringLiteral("Reply"), QStringLiteral("ApplicationCommand"),
        QStringLiteral("ContextMenuCommand"), QStringLiteral("ThreadStarterMessage")};
    return type.isEmpty() || kTypes.contains(type);
}

} // namespace

std::optional<ChatEvent> DiscordJsonParser::readMessage(const QJsonObject& m, qint64 line) {
    ChatEvent event;
    event.line = line;
    event.sourceId = idOf(m.value(u"id"));
    const QString timestamp = m.value(u"timestamp").toString();
    const auto stamp = chattime::readIso(timestamp);
    if (!stamp) {
        event.kind = ChatEventKind::Skipped;
        event.invalid = true;
        event.text = tr("The time “%1” is not a date and time.").arg(timestamp);
        return event;
    }
    event.seconds = stamp->seconds;
    event.zoned = stamp->zoned;
    const QJsonObject author = m.value(u"author").toObject();
    const QString type = m.value(u"type").toString();
    if (isMessageType(type)) {
        if (author.value(u"isBot").toBool()) {
            event.kind = ChatEventKind::Skipped;
            event.text = tr("A bot's message (%1).").arg(nameOf(author));
            return event;
        }
        event.author = nameOf(author);
        event.authorId = idOf(author.value(u"id"));
        event.text = m.value(u"content").toString();
        for (const QJsonValue& a : m.value(u"attachments").toArray()) {
            const QString file = a.toObject().value(u"fileName").toString();
            if (!file.isEmpty())
                event.text += (event.text.isEmpty() ? QString() : QStringLiteral("\n")) + file;
        }
        return event;
    }
    if (type == QLatin1String("GuildMemberJoin")) {
        event.kind = ChatEventKind::Join;
        event.subjects << nameOf(author);
        event.subjectIds << idOf(author.value(u"id"));
        return event;
    }
    if (type == QLatin1String("RecipientAdd") || type == QLatin1String("RecipientRemove")) {
        const bool add = type == QLatin1String("RecipientAdd");
        event.kind = add ? ChatEventKind::Join : ChatEventKind::Leave;
        event.author = nameOf(author);
        event.authorId = idOf(author.value(u"id"));
        for (const QJsonValue& v : m.value(u"mentions").toArray()) {
            const QJsonObject user = v.toObject();
            event.subjects << nameOf(user);
            event.subjectIds << idOf(user.value(u"id"));
        }
        if (event.subjects.isEmpty()) { // older exports: who left is the author
            if (add)
                return std::nullopt;
            event.subjects << event.author;
            event.subjectIds << event.authorId;
        }
        event.removed =
            !add && !(event.subjectIds.size() == 1 && event.subjectIds.first() == event.authorId);
        return event;
    }
    return std::nullopt; // pins, renames, calls, boosts, threads…
}

bool DiscordJsonParser::sniff(const QByteArray& head) {
    const QByteArray trimmed = head.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith("\xEF\xBB\xBF{"))
        return false;
    return head.contains("\"guild\"") && head.contains("\"channel\"");
}

Result<ChatParseInfo> DiscordJsonParser::parse(const ChatInput& input,
                                               const ChatParseOptions& options,
                                               const ChatEventSink& sink) {
    auto device = input.open();
    if (!device)
        return device.error();
    TelegramScanner scanner(device->get(), input.fileName(), TelegramScanner::Export::Discord);
    ChatParseInfo info;
    QString guild;
    bool named = false, sawChannel = false, sawMessages = false, failed = false;
    Error failure;
    const auto announce = [&] {
        if (named)
            return;
        named = true;
        if (info.chatName.isEmpty())
            info.chatName = input.baseName();
        if (options.chatFound)
            options.chatFound(info.chatName, info.chatId);
    };
    TelegramScanner::Handler handler;
    handler.wantsRootObject = [](const QByteArray& key) {
        return key == "guild" || key == "channel";
    };
    handler.rootObject = [&](const QByteArray& key, const QByteArray& json) {
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        if (key == "guild") {
            guild = o.value(u"name").toString().trimmed();
            return;
        }
        sawChannel = true;
        const QString channel = o.value(u"name").toString().trimmed();
        info.chatId = idOf(o.value(u"id"));
        const bool direct = guild.isEmpty() || guild == QLatin1String("Direct Messages");
        info.chatName =
            direct || channel.isEmpty() ? channel : QStringLiteral("%1 / %2").arg(guild, channel);
    };
    handler.wantsMessages = [&](const TelegramScanner::Chat& chat) {
        if (!chat.root || sawMessages || !sawChannel) // the exporter writes `channel` first
            return false;
        sawMessages = true;
        announce();
        return true;
    };
    handler.message = [&](const TelegramScanner::Chat&, const QByteArray& json, qint64 line) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (!doc.isObject()) {
            failed = true;
            failure = Error{tr("A message is broken JSON (%1).").arg(parseError.errorString()),
                            input.fileName(), line};
            return false;
        }
        const std::optional<ChatEvent> event = readMessage(doc.object(), line);
        if (!event)
            return true;
        ++info.events;
        return sink(*event);
    };
    handler.progress = options.progress;
    if (auto s = scanner.scan(handler); !s)
        return s.error();
    if (failed)
        return failure;
    if (scanner.stopped())
        return Error{tr("Import cancelled; nothing was changed."), input.fileName(), 0};
    if (!sawMessages)
        return Error{tr("The file holds no channel and messages: this is no DiscordChatExporter "
                        "JSON export."),
                     input.fileName(), 0};
    return info;
}

} // namespace qundesk
