// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/chat/ChatInput.h"
#include "import/chat/ChatParse.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString& s, std::ostream* os) {
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace qundesk::test {

inline QString chatFixture(const char* name) {
    return QStringLiteral(QUNDESK_FIXTURES_DIR "/chat/") + QString::fromUtf8(name);
}

struct ParsedChat {
    ChatParseInfo info;
    QList<ChatEvent> events;
    QList<ChatEvent> messages() const {
        QList<ChatEvent> out;
        for (const ChatEvent& e : events)
            if (e.kind == ChatEventKind::Message)
                out << e;
        return out;
    }
    QList<ChatEvent> ofKind(ChatEventKind kind) const {
        QList<ChatEvent> out;
        for (const ChatEvent& e : events)
            if (e.kind == kind)
                out << e;
        return out;
    }
};

inline Result<ParsedChat> parseInput(const ChatInput& input, const ChatParseOptions& options = {}) {
    auto format = detectChatFormat(input);
    if (!format)
        return format.error();
    ParsedChat parsed;
    auto info = parseChat(*format, input, options, [&](const ChatEvent& e) {
        parsed.events << e;
        return true;
    });
    if (!info)
        return info.error();
    parsed.info = *info;
    return parsed;
}

inline Result<ParsedChat> parseFile(const QString& path, const ChatParseOptions& options = {}) {
    auto input = ChatInput::fromPath(path);
    if (!input)
        return input.error();
    return parseInput(*input, options);
}

// "2024-03-12T09:05:00" for an event's seconds (wall clock or UTC alike).
inline QString isoOf(const ChatEvent& e) {
    return QDateTime::fromSecsSinceEpoch(e.seconds, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

} // namespace qundesk::test
