// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/ActivityStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace qundesk {

namespace {

// Key of one member_day_activity row within a group.
using MemberDay = std::pair<qint64, QString>;

const QString kImportColumns =
    QStringLiteral("id, kind, format, file_name, file_sha256, group_id, imported_at, report");

ImportRecord importFromRow(const QSqlQuery& q) {
    ImportRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    r.format = q.value(2).toString();
    r.fileName = q.value(3).toString();
    r.sha256 = q.value(4).toString();
    r.groupId = q.value(5).toLongLong();
    r.importedAt = time::fromStorage(q.value(6).toString());
    r.reportJson = q.value(7).toString();
    return r;
}

} // namespace

ActivityStore::ActivityStore(const Database& db)
    : m_database(&db)
    , m_db(db.connection()) {}

Result<AddMessagesResult> ActivityStore::addMessages(qint64 groupId, const QList<Message>& messages,
                                                     qint64 importId) {
    AddMessagesResult result;
    if (messages.isEmpty())
        return result;

    // Prepared once, bound and run per row: the statement is compiled a single time per call.
    QSqlQuery insert(m_db);
    insert.setForwardOnly(true);
    if (!insert.prepare(QStringLiteral(
            "INSERT INTO messages (group_id, member_id, sent_at, day, kind, author_name, body, "
            "source_id, import_id) VALUES (:group, :member, :sent, :day, :kind, :author, :body, "
            ":source, :import) ON CONFLICT (group_id, source_id) DO NOTHING"))) {
        return Error{tr("Cannot store messages: %1").arg(insert.lastError().text()), {}, 0};
    }
    insert.bindValue(QStringLiteral(":group"), groupId);
    insert.bindValue(QStringLiteral(":import"), sql::nullIfNoId(importId));

    time::LocalDays days(SettingsStore(*m_database).timeZone());
    QHash<MemberDay, qint64> dayCounts; // inserted messages per (member, day) of known members
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const Message& m = messages.at(i);
        if (m.sourceId.isEmpty() || !m.sentAt.isValid()) {
            return Error{
                tr("Message %1 of the batch lacks its source id or time.").arg(i + 1), {}, 0};
        }
        const QString sent = time::toStorage(m.sentAt);
        const QString day = time::dayToStorage(days.dayOf(sent));
        insert.bindValue(QStringLiteral(":member"), sql::nullIfNoId(m.memberId));
        insert.bindValue(QStringLiteral(":sent"), sent);
        insert.bindValue(QStringLiteral(":day"), day);
        insert.bindValue(QStringLiteral(":kind"),
                         m.kind.isEmpty() ? QStringLiteral("text") : m.kind);
        insert.bindValue(QStringLiteral(":author"), sql::nullIfEmpty(m.authorName));
        insert.bindValue(QStringLiteral(":body"), sql::nullIfEmpty(m.body));
        insert.bindValue(QStringLiteral(":source"), m.sourceId);
        if (!insert.exec())
            return Error{tr("Cannot store messages: %1").arg(insert.lastError().text()), {}, 0};
        if (insert.numRowsAffected() > 0) {
            ++result.inserted;
            if (m.memberId > 0)
                ++dayCounts[MemberDay{m.memberId, day}];
        } else {
            ++result.duplicates;
        }
    }

    QSqlQuery upsert(m_db);
    upsert.setForwardOnly(true);
    if (!upsert.prepare(QStringLiteral(
            "INSERT INTO member_day_activity (group_id, member_id, day, messages) VALUES (:group, "
            ":member, :day, :count) ON CONFLICT (group_id, member_id, day) DO UPDATE SET "
            "messages = member_day_activity.messages + excluded.messages"))) {
        return Error{tr("Cannot update daily activity: %1").arg(upsert.lastError().text()), {}, 0};
    }
    upsert.bindValue(QStringLiteral(":group"), groupId);
    for (auto it = dayCounts.cbegin(); it != dayCounts.cend(); ++it) {
        upsert.bindValue(QStringLiteral(":member"), it.key().first);
        upsert.bindValue(QStringLiteral(":day"), it.key().second);
        upsert.bindValue(QStringLiteral(":count"), it.value());
        if (!upsert.exec()) {
            return Error{
                tr("Cannot update daily activity: %1").arg(upsert.lastError().text()), {}, 0};
        }
    }
    return result;
}

Status ActivityStore::rebuildDailyActivity(qint64 groupId) {
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    const QVariantMap binds{{QStringLiteral(":group"), groupId}};
    if (auto q = sql::exec(
            m_db, QStringLiteral("DELETE FROM member_day_activity WHERE group_id = :group"), binds);
        !q) {
        return q.error();
    }
    if (auto q = sql::exec(m_db,
                           QStringLiteral("INSERT INTO member_day_activity (group_id, member_id, "
                                          "day, messages) SELECT group_id, member_id, day, "
                                          "COUNT(*) FROM messages WHERE group_id = :group AND "
                                          "member_id IS NOT NULL GROUP BY group_id, member_id, "
                                          "day"),
                           binds);
        !q) {
        return q.error();
    }
    return tx.commit();
}

Result<qint64> ActivityStore::messageCount(qint64 groupId, const QDate& from,
                                           const QDate& to) const {
    auto count = sql::scalar(m_db,
                             QStringLiteral("SELECT COUNT(*) FROM messages WHERE group_id = :group "
                                            "AND day >= :from AND day <= :to"),
                             {{QStringLiteral(":group"), groupId},
                              {QStringLiteral(":from"), time::dayToStorage(from)},
                              {QStringLiteral(":to"), time::dayToStorage(to)}},
                             0);
    if (!count)
        return count.error();
    return count->toLongLong();
}

Result<QDateTime> ActivityStore::lastMessageAt(qint64 memberId, qint64 groupId) const {
    QVariantMap binds{{QStringLiteral(":member"), memberId}};
    QString statement =
        QStringLiteral("SELECT MAX(sent_at) FROM messages WHERE member_id = :member");
    if (groupId > 0) {
        statement += QStringLiteral(" AND group_id = :group");
        binds.insert(QStringLiteral(":group"), groupId);
    }
    auto last = sql::scalar(m_db, statement, binds);
    if (!last)
        return last.error();
    if (last->isNull())
        return QDateTime();
    return time::fromStorage(last->toString());
}

Result<qint64> ActivityStore::recordImport(const QString& kind, const QString& format,
                                           const QString& fileName, const QString& sha256,
                                           qint64 groupId, const QString& reportJson) {
    static const QStringList kinds{QStringLiteral("chat"), QStringLiteral("members"),
                                   QStringLiteral("orders")};
    if (!kinds.contains(kind))
        return Error{tr("Unknown kind of import “%1”.").arg(kind), {}, 0};
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO imports (kind, format, file_name, file_sha256, "
                                      "group_id, imported_at, report) VALUES (:kind, :format, "
                                      ":file, :sha, :group, :at, :report)"),
                       {{QStringLiteral(":kind"), kind},
                        {QStringLiteral(":format"), format},
                        {QStringLiteral(":file"), fileName},
                        {QStringLiteral(":sha"), sql::nullIfEmpty(sha256.toLower())},
                        {QStringLiteral(":group"), sql::nullIfNoId(groupId)},
                        {QStringLiteral(":at"), time::toStorage(time::now())},
                        {QStringLiteral(":report"), sql::nullIfEmpty(reportJson)}});
    if (!q)
        return Error{
            tr("Cannot log the import of “%1”: %2").arg(fileName, q.error().message), {}, 0};
    return q->lastInsertId().toLongLong();
}

Status ActivityStore::setImportFileDigest(qint64 importId, const QString& sha256) {
    auto q = sql::exec(m_db, QStringLiteral("UPDATE imports SET file_sha256 = :sha WHERE id = :id"),
                       {{QStringLiteral(":sha"), sql::nullIfEmpty(sha256.toLower())},
                        {QStringLiteral(":id"), importId}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The import no longer exists."), {}, 0};
    return {};
}

Status ActivityStore::setImportReport(qint64 importId, const QString& reportJson) {
    auto q = sql::exec(m_db, QStringLiteral("UPDATE imports SET report = :report WHERE id = :id"),
                       {{QStringLiteral(":report"), sql::nullIfEmpty(reportJson)},
                        {QStringLiteral(":id"), importId}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The import no longer exists."), {}, 0};
    return {};
}

Result<std::optional<ImportRecord>> ActivityStore::findImportBySha256(const QString& sha256) const {
    if (sha256.isEmpty())
        return std::optional<ImportRecord>{};
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM imports WHERE file_sha256 = :sha ORDER BY "
                                      "id DESC LIMIT 1")
                           .arg(kImportColumns),
                       {{QStringLiteral(":sha"), sha256.toLower()}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ImportRecord>{};
    return std::optional<ImportRecord>{importFromRow(*q)};
}

Result<QList<ImportRecord>> ActivityStore::listImports(int limit) const {
    auto q = sql::exec(
        m_db,
        QStringLiteral("SELECT %1 FROM imports ORDER BY id DESC LIMIT :limit").arg(kImportColumns),
        {{QStringLiteral(":limit"), limit}});
    if (!q)
        return q.error();
    QList<ImportRecord> list;
    while (q->next())
        list << importFromRow(*q);
    return list;
}

} // namespace qundesk
