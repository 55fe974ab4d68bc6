// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/ContentStore.h"

#include "calendar/Recurrence.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "util/Time.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace qundesk {

namespace {

const QString kColumns =
    QStringLiteral("id, uid, group_id, title, body, channel, content_line, status, starts_at, "
                   "duration_min, rrule, created_at, updated_at, owner, attachments");

ContentItem itemFromRow(const QSqlQuery& q) {
    ContentItem c;
    c.id = q.value(0).toLongLong();
    c.uid = q.value(1).toString();
    c.groupId = q.value(2).toLongLong();
    c.title = q.value(3).toString();
    c.body = q.value(4).toString();
    c.channel = q.value(5).toString();
    c.contentLine = q.value(6).toString();
    c.status = q.value(7).toString();
    c.startsAt = localTime::fromStorage(q.value(8).toString());
    c.durationMin = q.value(9).toInt();
    c.rrule = q.value(10).toString();
    c.createdAt = time::fromStorage(q.value(11).toString());
    c.updatedAt = time::fromStorage(q.value(12).toString());
    c.owner = q.value(13).toString();
    const QString attachments = q.value(14).toString();
    if (!attachments.isEmpty())
        c.attachments = attachments.split(QLatin1Char('\n'));
    return c;
}

QVariantMap bindingsOf(const ContentItem& c) {
    return {
        {QStringLiteral(":group"), sql::nullIfNoId(c.groupId)},
        {QStringLiteral(":title"), c.title.trimmed()},
        {QStringLiteral(":body"), sql::nullIfEmpty(c.body)},
        {QStringLiteral(":channel"), c.channel},
        {QStringLiteral(":line"), c.contentLine},
        {QStringLiteral(":status"), c.status},
        {QStringLiteral(":starts"), localTime::toStorage(c.startsAt)},
        {QStringLiteral(":duration"), c.durationMin},
        {QStringLiteral(":rrule"), sql::nullIfEmpty(c.rrule.trimmed())},
        {QStringLiteral(":owner"), sql::nullIfEmpty(c.owner.trimmed())},
        {QStringLiteral(":attachments"), sql::nullIfEmpty(c.attachments.join(QLatin1Char('\n')))},
        {QStringLiteral(":updated"), time::toStorage(time::now())},
    };
}

// The wall-clock reading of a local time, in the UTC carrier of localTime::fromStorage().
QDateTime wallClock(const QDateTime& local) {
    return QDateTime(local.date(), local.time(), QTimeZone::utc());
}

} // namespace

ContentStore::ContentStore(const Database& db)
    : m_db(db.connection()) {}

Status ContentStore::validate(const ContentItem& item) const {
    if (item.title.trimmed().isEmpty())
        return Error{tr("A calendar item needs a title."), {}, 0};
    if (!item.startsAt.isValid())
        return Error{tr("A calendar item needs a start time."), {}, 0};
    if (item.durationMin < 0 || item.durationMin > ContentItem::kMaxDurationMin)
        return Error{tr("A calendar item lasts from 0 minutes to one week."), {}, 0};
    if (!channel::isValid(item.channel))
        return Error{tr("Unknown channel “%1”.").arg(item.channel), {}, 0};
    if (!contentLine::isValid(item.contentLine))
        return Error{tr("Unknown content line “%1”.").arg(item.contentLine), {}, 0};
    if (!contentStatus::isValid(item.status))
        return Error{tr("Unknown status “%1”.").arg(item.status), {}, 0};
    if (!item.rrule.trimmed().isEmpty())
        return calendar::checkRule(item.rrule);
    return {};
}

Result<qint64> ContentStore::create(const ContentItem& item) {
    if (Status valid = validate(item); !valid)
        return valid.error();
    QVariantMap binds = bindingsOf(item);
    binds.insert(QStringLiteral(":uid"), item.uid.isEmpty()
                                             ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                             : item.uid);
    binds.insert(QStringLiteral(":created"), binds.value(QStringLiteral(":updated")));
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO content_items (uid, group_id, title, body, "
                                      "channel, content_line, status, starts_at, duration_min, "
                                      "rrule, created_at, updated_at, owner, attachments) VALUES "
                                      "(:uid, :group, :title, :body, :channel, :line, :status, "
                                      ":starts, :duration, :rrule, :created, :updated, :owner, "
                                      ":attachments)"),
                       binds);
    if (!q)
        return Error{
            tr("Cannot add “%1” to the calendar: %2").arg(item.title, q.error().message), {}, 0};
    return q->lastInsertId().toLongLong();
}

Status ContentStore::update(const ContentItem& item) {
    if (Status valid = validate(item); !valid)
        return valid;
    QVariantMap binds = bindingsOf(item);
    binds.insert(QStringLiteral(":id"), item.id);
    binds.insert(QStringLiteral(":uid"), sql::nullIfEmpty(item.uid));
    auto q = sql::exec(m_db,
                       QStringLiteral("UPDATE content_items SET uid = COALESCE(:uid, uid), "
                                      "group_id = :group, title = :title, body = :body, channel "
                                      "= :channel, content_line = :line, status = :status, "
                                      "starts_at = :starts, duration_min = :duration, rrule = "
                                      ":rrule, updated_at = :updated, owner = :owner, "
                                      "attachments = :attachments WHERE id = :id"),
                       binds);
    if (!q)
        return Error{tr("Cannot save “%1”: %2").arg(item.title, q.error().message), {}, 0};
    if (q->numRowsAffected() == 0)
        return Error{tr("The calendar item no longer exists."), {}, 0};
    return {};
}

Status ContentStore::remove(qint64 id) {
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM content_items WHERE id = :id"),
                       {{QStringLiteral(":id"), id}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The calendar item no longer exists."), {}, 0};
    return {};
}

Status ContentStore::restore(const ContentItem& item) {
    if (Status valid = validate(item); !valid)
        return valid;
    QVariantMap binds = bindingsOf(item);
    binds.insert(QStringLiteral(":id"), item.id);
    binds.insert(QStringLiteral(":uid"), item.uid);
    binds.insert(QStringLiteral(":created"),
                 time::toStorage(item.createdAt.isValid() ? item.createdAt : time::now()));
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO content_items (id, uid, group_id, title, body, "
                                      "channel, content_line, status, starts_at, duration_min, "
                                      "rrule, created_at, updated_at, owner, attachments) VALUES "
                                      "(:id, :uid, :group, :title, :body, :channel, :line, "
                                      ":status, :starts, :duration, :rrule, :created, :updated, "
                                      ":owner, :attachments) ON CONFLICT (id) DO UPDATE SET uid = "
                                      "excluded.uid, group_id = excluded.group_id, title = "
                                      "excluded.title, body = excluded.body, channel = "
                                      "excluded.channel, content_line = excluded.content_line, "
                                      "status = excluded.status, starts_at = excluded.starts_at, "
                                      "duration_min = excluded.duration_min, rrule = "
                                      "excluded.rrule, updated_at = excluded.updated_at, owner = "
                                      "excluded.owner, attachments = excluded.attachments"),
                       binds);
    if (!q)
        return Error{tr("Cannot save “%1”: %2").arg(item.title, q.error().message), {}, 0};
    return {};
}

Result<QList<ContentItem>> ContentStore::listAll(qint64 groupId) const {
    QString statement = QStringLiteral("SELECT %1 FROM content_items").arg(kColumns);
    QVariantMap binds;
    if (groupId > 0) {
        statement += QStringLiteral(" WHERE group_id = :group OR group_id IS NULL");
        binds.insert(QStringLiteral(":group"), groupId);
    }
    auto q = sql::exec(m_db, statement + QStringLiteral(" ORDER BY starts_at, id"), binds);
    if (!q)
        return q.error();
    QList<ContentItem> items;
    while (q->next())
        items << itemFromRow(*q);
    return items;
}

Result<ContentItem> ContentStore::get(qint64 id) const {
    auto q =
        sql::exec(m_db, QStringLiteral("SELECT %1 FROM content_items WHERE id = :id").arg(kColumns),
                  {{QStringLiteral(":id"), id}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("The calendar item no longer exists."), {}, 0};
    return itemFromRow(*q);
}

Result<std::optional<ContentItem>> ContentStore::findByUid(const QString& uid) const {
    auto q = sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM content_items WHERE uid = :uid").arg(kColumns),
        {{QStringLiteral(":uid"), uid}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ContentItem>{};
    return std::optional<ContentItem>{itemFromRow(*q)};
}

Result<QList<ContentItem>> ContentStore::listOverlapping(qint64 groupId, const QDateTime& fromLocal,
                                                         const QDateTime& toLocal) const {
    const QDateTime from = wallClock(fromLocal);
    // A single item overlapping `from` started at most the longest duration before it, so the
    // candidates stay within an indexed range of starts_at.
    const QDateTime earliest = from.addSecs(-qint64(ContentItem::kMaxDurationMin) * 60);
    QVariantMap binds{{QStringLiteral(":earliest"), localTime::toStorage(earliest)},
                      {QStringLiteral(":to"), localTime::toStorage(toLocal)}};
    QString statement = QStringLiteral(
        "SELECT %1 FROM content_items WHERE starts_at < :to AND (COALESCE(rrule, '') <> '' "
        "OR starts_at >= :earliest)");
    if (groupId > 0) {
        statement += QStringLiteral(" AND (group_id = :group OR group_id IS NULL)");
        binds.insert(QStringLiteral(":group"), groupId);
    }
    statement += QStringLiteral(" ORDER BY starts_at, id");
    auto q = sql::exec(m_db, statement.arg(kColumns), binds);
    if (!q)
        return q.error();
    QList<ContentItem> items;
    while (q->next()) {
        ContentItem item = itemFromRow(*q);
        const bool series = !item.rrule.isEmpty();
        if (series || item.startsAt >= from ||
            item.startsAt.addSecs(qint64(item.durationMin) * 60) > from) {
            items << item;
        }
    }
    return items;
}

Status ContentStore::setException(qint64 itemId, const QDateTime& originalStart,
                                  const QDateTime& newStart, const QString& status) {
    ContentException e;
    e.itemId = itemId;
    e.originalStart = originalStart;
    e.newStart = newStart;
    e.status = status;
    return putException(e);
}

Status ContentStore::putException(const ContentException& e) {
    if (!e.originalStart.isValid())
        return Error{tr("Which occurrence to change is missing."), {}, 0};
    if (!e.status.isEmpty() && !contentStatus::isValid(e.status))
        return Error{tr("Unknown status “%1”.").arg(e.status), {}, 0};
    if (e.durationMin > ContentItem::kMaxDurationMin)
        return Error{tr("A calendar item lasts from 0 minutes to one week."), {}, 0};
    if (auto item = get(e.itemId); !item)
        return item.error();
    auto q = sql::exec(
        m_db,
        QStringLiteral("INSERT INTO content_exceptions (item_id, original_start, new_starts_at, "
                       "status, title, body, duration_min) VALUES (:item, :original, :moved, "
                       ":status, :title, :body, :duration) ON CONFLICT (item_id, original_start) "
                       "DO UPDATE SET new_starts_at = excluded.new_starts_at, status = "
                       "excluded.status, title = excluded.title, body = excluded.body, "
                       "duration_min = excluded.duration_min"),
        {{QStringLiteral(":item"), e.itemId},
         {QStringLiteral(":original"), localTime::toStorage(e.originalStart)},
         {QStringLiteral(":moved"), sql::nullIfEmpty(localTime::toStorage(e.newStart))},
         {QStringLiteral(":status"), sql::nullIfEmpty(e.status)},
         {QStringLiteral(":title"), sql::nullIfEmpty(e.title.trimmed())},
         {QStringLiteral(":body"), sql::nullIfEmpty(e.body)},
         {QStringLiteral(":duration"),
          e.durationMin < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(e.durationMin)}});
    if (!q)
        return Error{tr("Cannot change the occurrence: %1").arg(q.error().message), {}, 0};
    return {};
}

Status ContentStore::removeException(qint64 itemId, const QDateTime& originalStart) {
    auto q = sql::exec(m_db,
                       QStringLiteral("DELETE FROM content_exceptions WHERE item_id = :item AND "
                                      "original_start = :original"),
                       {{QStringLiteral(":item"), itemId},
                        {QStringLiteral(":original"), localTime::toStorage(originalStart)}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("That occurrence has no change to undo."), {}, 0};
    return {};
}

Status ContentStore::replaceExceptions(qint64 itemId, const QList<ContentException>& exceptions) {
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM content_exceptions WHERE item_id = :item"),
                       {{QStringLiteral(":item"), itemId}});
    if (!q)
        return q.error();
    for (ContentException e : exceptions) {
        e.itemId = itemId;
        if (Status put = putException(e); !put)
            return put;
    }
    return {};
}

namespace {
ContentException exceptionFromRow(const QSqlQuery& q) {
    ContentException e;
    e.id = q.value(0).toLongLong();
    e.itemId = q.value(1).toLongLong();
    e.originalStart = localTime::fromStorage(q.value(2).toString());
    e.newStart = localTime::fromStorage(q.value(3).toString());
    e.status = q.value(4).toString();
    e.title = q.value(5).toString();
    e.body = q.value(6).toString();
    e.durationMin = q.value(7).isNull() ? -1 : q.value(7).toInt();
    return e;
}
const QString kExceptionColumns =
    QStringLiteral("id, item_id, original_start, new_starts_at, status, title, body, duration_min");
} // namespace

Result<QList<ContentException>> ContentStore::exceptionsFor(qint64 itemId) const {
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT %1 FROM content_exceptions WHERE item_id = :item "
                                      "ORDER BY original_start")
                           .arg(kExceptionColumns),
                       {{QStringLiteral(":item"), itemId}});
    if (!q)
        return q.error();
    QList<ContentException> exceptions;
    while (q->next())
        exceptions << exceptionFromRow(*q);
    return exceptions;
}

Result<QHash<qint64, QList<ContentException>>>
ContentStore::exceptionsForItems(const QList<qint64>& itemIds) const {
    QHash<qint64, QList<ContentException>> byItem;
    // Ids are integers of ours, listed in chunks below SQLite's variable limit.
    for (qsizetype first = 0; first < itemIds.size(); first += 500) {
        QStringList ids;
        for (qsizetype i = first; i < qMin(itemIds.size(), first + 500); ++i)
            ids << QString::number(itemIds.at(i));
        auto q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM content_exceptions WHERE item_id "
                                                "IN (%2) ORDER BY item_id, original_start")
                                     .arg(kExceptionColumns, ids.join(QLatin1Char(','))));
        if (!q)
            return q.error();
        while (q->next()) {
            ContentException e = exceptionFromRow(*q);
            byItem[e.itemId] << e;
        }
    }
    return byItem;
}

} // namespace qundesk
