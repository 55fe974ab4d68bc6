// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "db/BatchInsert.h"
#include "db/Database.h"
#include "import/chat/ChatEvent.h"
#include "rules/ActivityAggregates.h"
#include "util/LocalClock.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <limits>
#include <memory>

namespace qundesk {

// The writing half of the chat import, inside the import's transaction: messages (skipping
// those stored before: key = the export's message id, or a hash of time, author and text plus
// its occurrence number, so two identical "好的" in one minute both count), stays in the group
// (joins, leaves, and the stay of whoever posts), and the aggregates of the new messages (per
// member and day, per group and day, per group, day and hour). Memory grows with the members
// and days of the chat, not with its messages.
class ChatImportWriter {
public:
    ChatImportWriter(const Database& db, qint64 groupId, qint64 importId, QTimeZone workspace,
                     QTimeZone source);
    ~ChatImportWriter();

    // The instant of an event (wall-clock times are read in the source zone).
    qint64 instantOf(const ChatEvent& event);

    // Buffers a message of `memberId` (0 = none); duplicates are counted, not stored.
    Status addMessage(const ChatEvent& event, qint64 memberId, qint64 instant);
    // The member was in the group at `instant` (they posted): a stay covers it afterwards.
    Status ensurePresent(qint64 memberId, qint64 instant);
    // True when the join or leave was not recorded yet.
    Result<bool> join(qint64 memberId, qint64 instant);
    Result<bool> leave(qint64 memberId, qint64 instant, bool removed);

    // Writes the buffered messages and then the aggregates.
    Status finish();

    qint64 imported() const { return m_imported; }
    qint64 duplicates() const { return m_duplicates; }

private:
    struct Stay {
        qint64 id = 0;
        QString joined;
        QString left; // empty while present
    };
    struct Pending {
        QString key;
        qint64 member;
        QString sentAt;
        QString day;
        int hour;
        QString author;
        QString body;
    };

    QString keyOf(const ChatEvent& event);
    Result<QList<Stay>*> staysOf(qint64 memberId);
    Status flushMessages();
    Status setJoined(Stay& stay, const QString& at);

    const Database& m_db;
    qint64 m_groupId;
    qint64 m_importId;
    LocalClock m_workspace;
    LocalClock m_source;
    std::unique_ptr<BatchInsert> m_messages;
    QList<Pending> m_pending;
    QSet<QString> m_pendingKeys;
    // Occurrences of each content hash (which covers the time) -> (count, its time); entries
    // older than two hours before the latest time are dropped now and then.
    qint64 m_latestSecond = std::numeric_limits<qint64>::min();
    QHash<QByteArray, std::pair<int, qint64>> m_occurrences;
    QCryptographicHash m_hash{QCryptographicHash::Sha1};
    QHash<qint64, QList<Stay>> m_stays;
    // Aggregates of the new messages.
    QHash<std::pair<qint64, QString>, qint64> m_memberDays;
    activityaggregates::HourCounts m_hours;
    QString m_firstDay, m_lastDay;
    bool m_groupHadMessages = true; // else keys need looking up only in the cases below
    bool m_chunkNeedsLookUp = false;
    qint64 m_writtenUntil = std::numeric_limits<qint64>::min(); // latest export time written
    qint64 m_pendingUntil = std::numeric_limits<qint64>::min();
    qint64 m_imported = 0;
    qint64 m_duplicates = 0;
};

} // namespace qundesk
