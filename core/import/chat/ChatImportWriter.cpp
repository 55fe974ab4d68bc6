// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/ChatImportWriter.h"

#include "db/Sql.h"

#include <QSqlQuery>

namespace qundesk {

namespace {

constexpr qsizetype kChunk = 2000; // messages checked and written at a time
constexpr qsizetype kLookUp = 400; // keys per look-up statement
constexpr qsizetype kOccurrenceSweep = 50000;
constexpr qint64 kOccurrenceWindow = 2 * 3600;

bool covers(const QString& joined, const QString& left, const QString& at) {
    return joined <= at && (left.isEmpty() || left >= at);
}

} // namespace

ChatImportWriter::ChatImportWriter(const Database& db, qint64 groupId, qint64 importId,
                                   QTimeZone workspace, QTimeZone source)
    : m_db(db)
    , m_groupId(groupId)
    , m_importId(importId)
    , m_workspace(std::move(workspace))
    , m_source(std::move(source)) {
    m_messages = std::make_unique<BatchInsert>(
        db.connection(),
        QStringLiteral("INSERT OR FAIL INTO messages (group_id, member_id, sent_at, day, kind, "
                       "author_name, body, source_id, import_id)"),
        9);
    // A group without messages yet (a first import) has nothing to look keys up in.
    auto any = sql::scalar(db.connection(),
                           QStringLiteral("SELECT EXISTS (SELECT 1 FROM messages WHERE group_id "
                                          "= :group)"),
                           {{QStringLiteral(":group"), groupId}});
    m_groupHadMessages = !any || any->toBool();
}

ChatImportWriter::~ChatImportWriter() = default;

qint64 ChatImportWriter::instantOf(const ChatEvent& event) {
    return event.zoned ? event.seconds : m_source.toUtc(event.seconds);
}

QString ChatImportWriter::keyOf(const ChatEvent& event) {
    if (!event.sourceId.isEmpty())
        return event.sourceId;
    // The export's own time (not the instant): re-importing with another zone finds the same
    // keys.
    m_hash.reset();
    m_hash.addData(
        QByteArrayView(reinterpret_cast<const char*>(&event.seconds), sizeof(event.seconds)));
    const QByteArray author = event.author.toUtf8();
    const QByteArray text = event.text.toUtf8();
    m_hash.addData(author);
    m_hash.addData(QByteArrayView("\x1f", 1));
    m_hash.addData(text);
    const QByteArray digest = m_hash.result().left(10).toHex();
    // Occurrences are counted over the last two hours of the export's times (a clock put
    // back for daylight saving repeats an hour), so memory follows the chat's pace, not its
    // length.
    m_latestSecond = qMax(m_latestSecond, event.seconds);
    if (m_occurrences.size() > kOccurrenceSweep) {
        m_occurrences.removeIf([this](const auto& entry) {
            return entry.value().second < m_latestSecond - kOccurrenceWindow;
        });
    }
    auto& seen = m_occurrences[digest];
    seen.second = event.seconds;
    const int occurrence = seen.first++;
    return QStringLiteral("h:%1:%2").arg(QString::fromLatin1(digest)).arg(occurrence);
}

Status ChatImportWriter::addMessage(const ChatEvent& event, qint64 memberId, qint64 instant) {
    QString key = keyOf(event);
    if (m_pendingKeys.contains(key)) {
        ++m_duplicates;
        return {};
    }
    const qint64 local = m_workspace.toLocal(instant);
    // A content key repeats only at a second seen before: when the times of the file go back
    // to before what was written already, the chunk is checked against the stored keys.
    if (event.sourceId.isEmpty() && event.seconds <= m_writtenUntil)
        m_chunkNeedsLookUp = true;
    m_pendingUntil = qMax(m_pendingUntil, event.seconds);
    m_pendingKeys.insert(key);
    m_pending.append({std::move(key), memberId, LocalClock::instantToStorage(instant),
                      LocalClock::dayToStorage(local), LocalClock::hourOf(local), event.author,
                      event.text});
    if (m_pending.size() >= kChunk)
        return flushMessages();
    return {};
}

Status ChatImportWriter::flushMessages() {
    if (m_pending.isEmpty())
        return {};
    // Keys stored before (a re-import): looked up through the (group, source_id) index.
    QSet<QString> stored;
    const bool lookUp = m_groupHadMessages || m_chunkNeedsLookUp;
    for (qsizetype from = 0; lookUp && from < m_pending.size(); from += kLookUp) {
        const qsizetype n = qMin(kLookUp, m_pending.size() - from);
        QString marks;
        for (qsizetype i = 0; i < n; ++i)
            marks += i ? QStringLiteral(",?") : QStringLiteral("?");
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT source_id FROM messages WHERE group_id = ? AND "
                                      "source_id IN (%1)")
                           .arg(marks)))
            return sql::failure(q);
        q.addBindValue(m_groupId);
        for (qsizetype i = 0; i < n; ++i)
            q.addBindValue(m_pending.at(from + i).key);
        if (!q.exec())
            return sql::failure(q);
        while (q.next())
            stored.insert(q.value(0).toString());
    }
    for (Pending& p : m_pending) {
        if (stored.contains(p.key)) {
            ++m_duplicates;
            continue;
        }
        const QVariant member =
            p.member > 0 ? QVariant(p.member) : QVariant(QMetaType::fromType<qint64>());
        if (auto s = m_messages->add({m_groupId, member, p.sentAt, p.day, QStringLiteral("text"),
                                      sql::nullIfEmpty(p.author), sql::nullIfEmpty(p.body), p.key,
                                      m_importId});
            !s)
            return s;
        ++m_imported;
        if (p.member > 0)
            ++m_memberDays[{p.member, p.day}];
        ++m_hours[{p.day, p.hour}];
        if (m_firstDay.isEmpty() || p.day < m_firstDay)
            m_firstDay = p.day;
        if (p.day > m_lastDay)
            m_lastDay = p.day;
    }
    m_pending.clear();
    m_pendingKeys.clear();
    m_chunkNeedsLookUp = false;
    m_writtenUntil = qMax(m_writtenUntil, m_pendingUntil);
    return m_messages->flush();
}

Result<QList<ChatImportWriter::Stay>*> ChatImportWriter::staysOf(qint64 memberId) {
    auto it = m_stays.find(memberId);
    if (it != m_stays.end())
        return &it.value();
    auto q =
        sql::exec(m_db.connection(),
                  QStringLiteral("SELECT id, joined_at, left_at FROM memberships WHERE "
                                 "group_id = :group AND member_id = :member ORDER BY "
                                 "joined_at"),
                  {{QStringLiteral(":group"), m_groupId}, {QStringLiteral(":member"), memberId}});
    if (!q)
        return q.error();
    QList<Stay> stays;
    while (q->next())
        stays.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    return &m_stays.insert(memberId, stays).value();
}

Status ChatImportWriter::setJoined(Stay& stay, const QString& at) {
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("UPDATE memberships SET joined_at = :at WHERE id = :id"),
                       {{QStringLiteral(":at"), at}, {QStringLiteral(":id"), stay.id}});
    if (!q)
        return q.error();
    stay.joined = at;
    return {};
}

Status ChatImportWriter::ensurePresent(qint64 memberId, qint64 instant) {
    auto stays = staysOf(memberId);
    if (!stays)
        return stays.error();
    const QString at = LocalClock::instantToStorage(instant);
    for (const Stay& s : **stays) {
        if (covers(s.joined, s.left, at))
            return {};
    }
    // Posting before the stay known to begin moves its beginning; after every stay ended (or
    // without any), it begins a new one.
    for (Stay& s : **stays) {
        if (s.joined > at)
            return setJoined(s, at);
    }
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("INSERT INTO memberships (group_id, member_id, joined_at) "
                                      "VALUES (:group, :member, :at)"),
                       {{QStringLiteral(":group"), m_groupId},
                        {QStringLiteral(":member"), memberId},
                        {QStringLiteral(":at"), at}});
    if (!q)
        return q.error();
    (*stays)->append({q->lastInsertId().toLongLong(), at, {}});
    return {};
}

Result<bool> ChatImportWriter::join(qint64 memberId, qint64 instant) {
    auto stays = staysOf(memberId);
    if (!stays)
        return stays.error();
    const QString at = LocalClock::instantToStorage(instant);
    for (const Stay& s : **stays) {
        if (covers(s.joined, s.left, at))
            return false;
    }
    if (auto s = ensurePresent(memberId, instant); !s)
        return s.error();
    return true;
}

Result<bool> ChatImportWriter::leave(qint64 memberId, qint64 instant, bool removed) {
    auto stays = staysOf(memberId);
    if (!stays)
        return stays.error();
    const QString at = LocalClock::instantToStorage(instant);
    Stay* open = nullptr;
    for (Stay& s : **stays) {
        if (s.left == at)
            return false; // recorded before
        if (s.left.isEmpty() && s.joined <= at)
            open = &s;
    }
    const QString kind = removed ? QStringLiteral("removed") : QStringLiteral("left");
    if (open) {
        auto q = sql::exec(m_db.connection(),
                           QStringLiteral("UPDATE memberships SET left_at = :at, leave_kind = "
                                          ":kind WHERE id = :id"),
                           {{QStringLiteral(":at"), at},
                            {QStringLiteral(":kind"), kind},
                            {QStringLiteral(":id"), open->id}});
        if (!q)
            return q.error();
        open->left = at;
        return true;
    }
    // A leave without a known stay (they joined before the export begins): a stay that ends
    // then, so the leave is recorded.
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("INSERT INTO memberships (group_id, member_id, joined_at, "
                                      "left_at, leave_kind) VALUES (:group, :member, :at, :at, "
                                      ":kind)"),
                       {{QStringLiteral(":group"), m_groupId},
                        {QStringLiteral(":member"), memberId},
                        {QStringLiteral(":at"), at},
                        {QStringLiteral(":kind"), kind}});
    if (!q)
        return q.error();
    (*stays)->append({q->lastInsertId().toLongLong(), at, at});
    return true;
}

Status ChatImportWriter::finish() {
    if (auto s = flushMessages(); !s)
        return s;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("INSERT INTO member_day_activity (group_id, member_id, day, "
                                  "messages) VALUES (:group, :member, :day, :n) ON CONFLICT "
                                  "(group_id, member_id, day) DO UPDATE SET messages = "
                                  "messages + excluded.messages")))
        return sql::failure(q);
    for (auto it = m_memberDays.cbegin(); it != m_memberDays.cend(); ++it) {
        q.bindValue(QStringLiteral(":group"), m_groupId);
        q.bindValue(QStringLiteral(":member"), it.key().first);
        q.bindValue(QStringLiteral(":day"), it.key().second);
        q.bindValue(QStringLiteral(":n"), it.value());
        if (!q.exec())
            return sql::failure(q);
    }
    if (auto s = activityaggregates::addHours(m_db.connection(), m_groupId, m_hours); !s)
        return s;
    if (m_firstDay.isEmpty())
        return {};
    return activityaggregates::refreshDays(m_db.connection(), m_groupId, m_firstDay, m_lastDay);
}

} // namespace qundesk
