// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QList>

#include <functional>

namespace qundesk {

// Walks a Telegram Desktop export (result.json) without holding it: it follows the structure
// byte by byte and keeps only the path to the current place, so memory stays flat in the
// file's size. It reports each chat (the root object of a single-chat export; each element of
// `chats.list` and `left_chats.list` of a full export) with its name, type and id, and hands
// each message object whole, as JSON bytes, to `message` (parsed there with QJsonDocument).
// The exporter writes control characters as `\xNN`, which is not JSON: the scanner rewrites
// them to `\u00NN` on the way. DiscordChatExporter's JSON has the same shape at the root (a
// `messages` array beside small objects such as `channel`), so it is read the same way.
class TelegramScanner {
    Q_DECLARE_TR_FUNCTIONS(TelegramScanner)

public:
    struct Chat {
        QString name;
        QString type;
        QString id;
        bool root = false;   // the file's root object (a single-chat export, or the full export)
        qint64 messages = 0; // message objects seen so far
        qint64 line = 0;
    };
    struct Handler {
        // A chat's `messages` array opens: whether to hand its messages on (false skips them).
        std::function<bool(const Chat&)> wantsMessages;
        // One message object; false stops the scan.
        std::function<bool(const Chat&, const QByteArray& json, qint64 line)> message;
        std::function<void(const Chat&)> chatEnded;
        std::function<bool(qint64 bytesRead)> progress; // false stops the scan
        // An object value of the root under `key`: whether to hand it whole to rootObject.
        std::function<bool(const QByteArray& key)> wantsRootObject;
        std::function<void(const QByteArray& key, const QByteArray& json)> rootObject;
    };
    enum class Export { Telegram, Discord }; // which export the error messages name

    TelegramScanner(QIODevice* device, QString fileName, Export kind = Export::Telegram);
    // Scans to the end. An Error names the line where the file stops making sense (truncated,
    // not JSON, not an export); `stopped()` tells a stop asked for by the handler.
    Status scan(const Handler& handler);
    bool stopped() const { return m_stopped; }
    bool sawChats() const { return m_sawChats; } // a full export (`chats` at the root)

private:
    enum class Role { Root, ChatsHolder, ChatList, Chat, Messages, Other };
    struct Frame {
        Role role = Role::Other;
        bool object = true;
        bool expectKey = true;
        QByteArray key;
        int chat = -1;       // index into m_chats for Root, Chat and Messages frames
        bool wanted = false; // Messages: hand the messages on
    };

    Status structured(char c, const Handler& handler);
    Status openContainer(char c, const Handler& handler);
    Status closeContainer(char c, const Handler& handler);
    void finishScalar(const QByteArray& raw, bool string);
    Error error(const QString& message) const;
    QString notExport() const;
    QString noExportHere() const; // a value or message too long, the file empty

    QIODevice* m_device;
    QString m_fileName;
    QList<Frame> m_stack;
    QList<Chat> m_chats; // of the frames on the stack (a chat is forgotten when it ends)
    // Raw mode: inside a subtree that is copied whole (a wanted message) or skipped.
    int m_rawDepth = 0;
    bool m_capture = false;
    bool m_captureRoot = false; // the capture is an object of the root, not a message
    Export m_kind = Export::Telegram;
    QByteArray m_captured;
    qint64 m_captureLine = 0;
    // Tokens of the structured part.
    bool m_inString = false, m_escape = false, m_inScalar = false, m_done = false;
    QByteArray m_token;
    qint64 m_line = 1;
    bool m_stopped = false;
    bool m_sawChats = false;
};

} // namespace qundesk
