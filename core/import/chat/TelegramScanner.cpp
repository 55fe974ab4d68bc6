// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/TelegramScanner.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace qundesk {

namespace {

constexpr qsizetype kBlock = 1 << 20;
constexpr qsizetype kMaxToken = 1 << 20;    // a chat's name, type or id
constexpr qsizetype kMaxMessage = 64 << 20; // one message object

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The value of a JSON string's raw bytes (between the quotes, `\x` already rewritten).
QString decodeString(const QByteArray& raw) {
    const QJsonDocument doc = QJsonDocument::fromJson("[\"" + raw + "\"]");
    return doc.array().at(0).toString();
}

} // namespace

TelegramScanner::TelegramScanner(QIODevice* device, QString fileName, Export kind)
    : m_device(device)
    , m_fileName(std::move(fileName))
    , m_kind(kind) {}

QString TelegramScanner::notExport() const {
    return m_kind == Export::Telegram ? tr("This is not a Telegram Desktop export (result.json).")
                                      : tr("This is not a DiscordChatExporter JSON export.");
}

QString TelegramScanner::noExportHere() const {
    return m_kind == Export::Telegram ? tr("A value is too long: this is no Telegram export.")
                                      : tr("A value is too long: this is no Discord export.");
}

Error TelegramScanner::error(const QString& message) const {
    return Error{message, m_fileName, m_line};
}

Status TelegramScanner::scan(const Handler& handler) {
    QByteArray block(kBlock, Qt::Uninitialized);
    qint64 bytesRead = 0;
    for (;;) {
        const qint64 n = m_device->read(block.data(), kBlock);
        if (n < 0)
            return error(tr("The file cannot be read to its end: %1").arg(m_device->errorString()));
        if (n == 0)
            break;
        bytesRead += n;
        if (handler.progress && !handler.progress(bytesRead)) {
            m_stopped = true;
            return {};
        }
        const char* p = block.constData();
        const char* end = p + n;
        for (; p < end; ++p) {
            const char c = *p;
            if (c == '\n')
                ++m_line;
            if (m_rawDepth == 0) {
                if (auto s = structured(c, handler); !s)
                    return s;
                if (m_stopped)
                    return {};
                continue;
            }
            // Raw mode: follow strings and nesting only; copy when capturing.
            if (m_inString) {
                if (m_escape) {
                    m_escape = false;
                    if (m_capture) {
                        if (c == 'x')
                            m_captured.append("u00", 3);
                        else
                            m_captured.append(c);
                    }
                    continue;
                }
                if (c == '\\')
                    m_escape = true;
                else if (c == '"')
                    m_inString = false;
                if (m_capture)
                    m_captured.append(c);
                continue;
            }
            if (c == '"')
                m_inString = true;
            else if (c == '{' || c == '[')
                ++m_rawDepth;
            else if (c == '}' || c == ']')
                --m_rawDepth;
            if (!m_capture)
                continue;
            m_captured.append(c);
            if (m_captured.size() > kMaxMessage)
                return error(m_kind == Export::Telegram
                                 ? tr("A message is longer than %1 MiB: this is no Telegram "
                                      "export.")
                                       .arg(kMaxMessage >> 20)
                                 : noExportHere());
            if (m_rawDepth == 0) {
                m_capture = false;
                const Frame& top = m_stack.constLast();
                if (m_captureRoot) {
                    m_captureRoot = false;
                    handler.rootObject(top.key, m_captured);
                    continue;
                }
                if (!handler.message(m_chats.at(top.chat), m_captured, m_captureLine)) {
                    m_stopped = true;
                    return {};
                }
            }
        }
    }
    if (!m_done) {
        if (m_stack.isEmpty() && m_rawDepth == 0)
            return Error{m_kind == Export::Telegram
                             ? tr("The file is empty or is no Telegram export.")
                             : tr("The file is empty or is no Discord export."),
                         m_fileName, 0};
        return error(tr("The file ends in the middle of the export: it is truncated."));
    }
    return {};
}

Status TelegramScanner::structured(char c, const Handler& handler) {
    if (m_inString) {
        if (m_escape) {
            m_escape = false;
            if (c == 'x')
                m_token.append("u00", 3);
            else
                m_token.append(c);
            return {};
        }
        if (c == '"') {
            m_inString = false;
            Frame& top = m_stack.last();
            if (top.object && top.expectKey)
                top.key = m_token;
            else
                finishScalar(m_token, true);
            return {};
        }
        if (c == '\\')
            m_escape = true;
        if (m_token.size() >= kMaxToken)
            return error(noExportHere());
        m_token.append(c);
        return {};
    }
    if (m_inScalar) {
        if (!isSpace(c) && c != ',' && c != '}' && c != ']') {
            if (m_token.size() >= kMaxToken)
                return error(noExportHere());
            m_token.append(c);
            return {};
        }
        m_inScalar = false;
        finishScalar(m_token, false);
    }
    if (isSpace(c))
        return {};
    if (m_done || (m_stack.isEmpty() && c != '{'))
        return error(tr("This is not a Telegram Desktop export (result.json)."));
    switch (c) {
    case '"':
        if (m_stack.isEmpty())
            return error(notExport());
        m_inString = true;
        m_token.clear();
        return {};
    case ':':
        if (!m_stack.last().object || !m_stack.last().expectKey)
            return error(tr("The export's JSON is broken here."));
        m_stack.last().expectKey = false;
        return {};
    case ',':
        if (m_stack.last().object) {
            m_stack.last().expectKey = true;
            m_stack.last().key.clear();
        }
        return {};
    case '{':
    case '[':
        return openContainer(c, handler);
    case '}':
    case ']':
        return closeContainer(c, handler);
    default:
        m_inScalar = true;
        m_token = QByteArray(1, c);
        return {};
    }
}

Status TelegramScanner::openContainer(char c, const Handler& handler) {
    if (m_stack.isEmpty()) {
        Chat root;
        root.root = true;
        root.line = m_line;
        m_chats.append(root);
        m_stack.append(Frame{Role::Root, true, true, {}, 0, false});
        return {};
    }
    const Frame& parent = m_stack.constLast();
    if (parent.object && parent.expectKey)
        return error(tr("The export's JSON is broken here."));
    Frame frame;
    frame.object = c == '{';
    const bool inChat = parent.role == Role::Root || parent.role == Role::Chat;
    if (parent.role == Role::Root && frame.object &&
        (parent.key == "chats" || parent.key == "left_chats")) {
        frame.role = Role::ChatsHolder;
        m_sawChats = true;
    } else if (parent.role == Role::ChatsHolder && !frame.object && parent.key == "list") {
        frame.role = Role::ChatList;
    } else if (parent.role == Role::ChatList && frame.object) {
        frame.role = Role::Chat;
        Chat chat;
        chat.line = m_line;
        m_chats.append(chat);
        frame.chat = int(m_chats.size() - 1);
    } else if (inChat && !frame.object && parent.key == "messages") {
        frame.role = Role::Messages;
        frame.chat = parent.chat;
        frame.wanted = handler.wantsMessages && handler.wantsMessages(m_chats.at(parent.chat));
    } else if (parent.role == Role::Messages && frame.object) {
        ++m_chats[parent.chat].messages;
        m_rawDepth = 1;
        m_capture = parent.wanted;
        if (m_capture) {
            m_captured.resize(0); // keeps the capacity
            m_captured.append('{');
            m_captureLine = m_line;
        }
        return {};
    } else if (parent.role == Role::Root && frame.object && handler.wantsRootObject &&
               handler.wantsRootObject(parent.key)) {
        m_rawDepth = 1;
        m_capture = m_captureRoot = true;
        m_captured.resize(0);
        m_captured.append('{');
        m_captureLine = m_line;
        return {};
    } else {
        m_rawDepth = 1; // a part of the export the import does not read
        m_capture = false;
        return {};
    }
    m_stack.append(frame);
    return {};
}

Status TelegramScanner::closeContainer(char c, const Handler& handler) {
    if (m_stack.isEmpty() || m_stack.last().object != (c == '}'))
        return error(tr("The export's JSON is broken here."));
    const Frame frame = m_stack.takeLast();
    if (frame.role == Role::Chat || frame.role == Role::Root) {
        if (handler.chatEnded)
            handler.chatEnded(m_chats.at(frame.chat));
        m_chats.removeLast();
    }
    if (m_stack.isEmpty())
        m_done = true;
    return {};
}

void TelegramScanner::finishScalar(const QByteArray& raw, bool string) {
    const Frame& top = m_stack.constLast();
    if (top.role != Role::Chat && top.role != Role::Root)
        return;
    Chat& chat = m_chats[top.chat];
    const QString value = string ? decodeString(raw) : QString::fromLatin1(raw);
    if (top.key == "name")
        chat.name = value;
    else if (top.key == "type")
        chat.type = value;
    else if (top.key == "id")
        chat.id = value;
}

} // namespace qundesk
