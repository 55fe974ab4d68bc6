// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/TelegramParser.h"

#include "import/chat/TelegramScanner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace qundesk {

namespace {

// "user123" as exports since 2022 write it; 2020–21 exports wrote the bare number.
QString platformId(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QStringLiteral("user") + QString::number(qint64(value.toDouble()));
    return {};
}

// `text` is a string, or an array of strings and {type, text} entities.
QString flatText(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    QString text;
    for (const QJsonValue& part : value.toArray())
        text += part.isString() ? part.toString() : part.toObject().value(u"text").toString();
    return text;
}

bool readTime(const QJsonObject& m, ChatEvent& event) {
    const QJsonValue unix = m.value(u"date_unixtime");
    const qint64 seconds = unix.isString() ? unix.toString().toLongLong() : qint64(unix.toDouble());
    if (seconds > 0) {
        event.seconds = seconds;
        event.zoned = true;
        return true;
    }
    // Before 2022: only the exporting PC's wall clock.
    QDateTime wall = QDateTime::fromString(m.value(u"date").toString(), Qt::ISODate);
    if (!wall.isValid())
        return false;
    wall.setTimeZone(QTimeZone::utc());
    event.seconds = wall.toSecsSinceEpoch();
    event.zoned = false;
    return true;
}

QStringList names(const QJsonValue& list) {
    QStringList out;
    for (const QJsonValue& v : list.toArray()) {
        if (v.isString() && !v.toString().isEmpty())
            out << v.toString();
    }
    return out;
}

bool sameChat(const TelegramScanner::Chat& chat, const QString& wanted) {
    return chat.id == wanted || chat.name == wanted;
}

} // namespace

std::optional<ChatEvent> TelegramParser::readMessage(const QJsonObject& m, qint64 line) {
    ChatEvent event;
    event.line = line;
    // Exports always number messages; without a number the content is the key (a hash).
    const QJsonValue id = m.value(u"id");
    if (id.isDouble())
        event.sourceId = QString::number(qint64(id.toDouble()));
    if (!readTime(m, event)) {
        event.kind = ChatEventKind::Skipped;
        event.invalid = true;
        event.text = tr("A message without a valid date.");
        return event;
    }
    const QString type = m.value(u"type").toString();
    if (type == QLatin1String("message")) {
        event.author = m.value(u"from").toString(); // null for deleted accounts
        event.authorId = platformId(m.value(u"from_id"));
        event.text = flatText(m.value(u"text"));
        return event;
    }
    if (type != QLatin1String("service")) {
        event.kind = ChatEventKind::Skipped;
        event.text = tr("A message of a kind QunDesk does not read (%1).").arg(type);
        return event;
    }
    const QString action = m.value(u"action").toString();
    const QString actor = m.value(u"actor").toString();
    const QString actorId = platformId(m.value(u"actor_id"));
    if (action == QLatin1String("join_group_by_link") ||
        action == QLatin1String("join_group_by_request")) {
        event.kind = ChatEventKind::Join;
        event.subjects << actor;
        event.subjectIds << actorId;
        return actor.isEmpty() && actorId.isEmpty() ? std::nullopt : std::optional(event);
    }
    if (action == QLatin1String("invite_members") || action == QLatin1String("remove_members")) {
        event.kind = action.startsWith(u'i') ? ChatEventKind::Join : ChatEventKind::Leave;
        event.author = actor;
        event.authorId = actorId;
        event.subjects = names(m.value(u"members"));
        if (event.subjects.isEmpty())
            return std::nullopt; // hidden members
        if (event.kind == ChatEventKind::Leave) {
            event.removed = !(event.subjects.size() == 1 && event.subjects.first() == actor);
            if (!event.removed)
                event.subjectIds << actorId;
        }
        return event;
    }
    return std::nullopt; // create_group, pin_message, edit_group_title, phone_call, …
}

bool TelegramParser::sniff(const QByteArray& head) {
    const QByteArray trimmed = head.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith("\xEF\xBB\xBF{"))
        return false;
    return (head.contains("\"messages\"") && head.contains("\"type\"")) ||
           head.contains("\"chats\"") || head.contains("\"personal_information\"");
}

Result<QList<TelegramChatSummary>> TelegramParser::listChats(const ChatInput& input,
                                                             const ChatParseOptions& options) {
    auto device = input.open();
    if (!device)
        return device.error();
    TelegramScanner scanner(device->get(), input.fileName());
    QList<TelegramChatSummary> chats;
    TelegramScanner::Handler handler;
    handler.wantsMessages = [](const TelegramScanner::Chat&) {
        return false;
    };
    handler.chatEnded = [&](const TelegramScanner::Chat& chat) {
        if (!chat.root || chat.messages > 0 || !chat.name.isEmpty())
            chats.append({chat.name, chat.id, chat.type, chat.messages, chat.root});
    };
    handler.progress = options.progress;
    if (auto s = scanner.scan(handler); !s)
        return s.error();
    if (scanner.stopped())
        return Error{tr("Import cancelled; nothing was changed."), input.fileName(), 0};
    if (scanner.sawChats()) // the root of a full export is no chat
        chats.removeIf(
            [](const TelegramChatSummary& c) { return c.messages == 0 && c.id.isEmpty(); });
    return chats;
}

Result<ChatParseInfo> TelegramParser::parse(const ChatInput& input, const ChatParseOptions& options,
                                            const ChatEventSink& sink) {
    auto device = input.open();
    if (!device)
        return device.error();
    TelegramScanner scanner(device->get(), input.fileName());
    ChatParseInfo info;
    bool chosen = false, failed = false;
    Error failure;
    TelegramScanner::Handler handler;
    handler.wantsMessages = [&](const TelegramScanner::Chat& chat) {
        // A single-chat export's messages hang at the root; a full export's in its chats.
        if (chosen)
            return false;
        if (!chat.root && (options.chat.isEmpty() || !sameChat(chat, options.chat)))
            return false;
        chosen = true;
        info.chatName = chat.name;
        info.chatId = chat.id;
        if (options.chatFound)
            options.chatFound(chat.name, chat.id);
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
    if (!chosen) {
        if (scanner.sawChats() && options.chat.isEmpty())
            return Error{tr("The file is a full Telegram export of many chats: choose one."),
                         input.fileName(), 0};
        if (scanner.sawChats())
            return Error{tr("The export holds no chat named or numbered “%1”.").arg(options.chat),
                         input.fileName(), 0};
        return Error{tr("The file holds no messages: this is no Telegram chat export."),
                     input.fileName(), 0};
    }
    return info;
}

} // namespace qundesk
