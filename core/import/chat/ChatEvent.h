// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace qundesk {

// What a chat export says happened, in one shape for every format.
enum class ChatEventKind {
    Message, // someone posted (text, media, a sticker…)
    Join,    // `subjects` joined (added by `author`, or by themselves)
    Leave,   // `subjects` left (or were removed by `author`: `removed`)
    Skipped, // an entry the importer cannot use; `text` says why (the report lists it)
};

struct ChatEvent {
    ChatEventKind kind = ChatEventKind::Message;
    // Seconds since 1970-01-01T00:00. With `zoned` an instant (UTC); without it the wall-clock
    // time the export shows, counted as if it were UTC, to be read in a zone the user confirms.
    qint64 seconds = 0;
    bool zoned = false;
    QString author;   // the message's author, or who added / removed the subjects (may be empty)
    QString authorId; // the author's id on the platform ("user123"), empty when the format has none
    QString text;     // the message's text, lines joined with '\n'
    QString sourceId; // the export's message id; empty: de-duplicated by a hash of the content
    qint64 line = 0;  // 1-based line of the file where the event starts
    QStringList subjects;   // Join / Leave: who joined or left (names)
    QStringList subjectIds; // their platform ids where the format has them (same order), or empty
    bool removed = false;   // Leave: removed by someone else
    bool self = false;      // Join / Leave of the exporting account ("You were added")
    // Skipped: the entry is invalid (a date that is no date, a row of the wrong shape): it fails
    // the file unless the import skips invalid rows. Other skipped entries never fail a file.
    bool invalid = false;
};

// Hears each event; returns false to stop the parse (cancel).
using ChatEventSink = std::function<bool(const ChatEvent&)>;

} // namespace qundesk
