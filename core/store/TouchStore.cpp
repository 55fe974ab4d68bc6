// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/TouchStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "model/ContentItem.h"
#include "util/Time.h"

#include <QSqlQuery>

namespace qundesk {

TouchStore::TouchStore(const Database& db)
    : m_db(db.connection()) {}

Result<qint64> TouchStore::add(const Touch& touch) {
    if (touch.memberId <= 0)
        return Error{tr("A touch needs the member who was contacted."), {}, 0};
    if (!channel::isValid(touch.channel))
        return Error{tr("Unknown channel “%1”.").arg(touch.channel), {}, 0};
    const QDateTime when = touch.touchedAt.isValid() ? touch.touchedAt : time::now();
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO touches (member_id, group_id, channel, "
                                      "touched_at, note, sop_task_id, content_item_id) VALUES "
                                      "(:member, :group, :channel, :at, :note, :task, :content)"),
                       {{QStringLiteral(":member"), touch.memberId},
                        {QStringLiteral(":group"), sql::nullIfNoId(touch.groupId)},
                        {QStringLiteral(":channel"), touch.channel},
                        {QStringLiteral(":at"), time::toStorage(when)},
                        {QStringLiteral(":note"), sql::nullIfEmpty(touch.note)},
                        {QStringLiteral(":task"), sql::nullIfNoId(touch.sopTaskId)},
                        {QStringLiteral(":content"), sql::nullIfNoId(touch.contentItemId)}});
    if (!q)
        return Error{tr("Cannot log the touch: %1").arg(q.error().message), {}, 0};
    return q->lastInsertId().toLongLong();
}

Status TouchStore::remove(qint64 id) {
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM touches WHERE id = :id"),
                       {{QStringLiteral(":id"), id}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The touch no longer exists."), {}, 0};
    return {};
}

Result<QList<Touch>> TouchStore::listForMember(qint64 memberId) const {
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT id, member_id, group_id, channel, touched_at, note, "
                                      "sop_task_id, content_item_id FROM touches WHERE member_id "
                                      "= :member ORDER BY touched_at DESC, id DESC"),
                       {{QStringLiteral(":member"), memberId}});
    if (!q)
        return q.error();
    QList<Touch> touches;
    while (q->next()) {
        Touch t;
        t.id = q->value(0).toLongLong();
        t.memberId = q->value(1).toLongLong();
        t.groupId = q->value(2).toLongLong();
        t.channel = q->value(3).toString();
        t.touchedAt = time::fromStorage(q->value(4).toString());
        t.note = q->value(5).toString();
        t.sopTaskId = q->value(6).toLongLong();
        t.contentItemId = q->value(7).toLongLong();
        touches << t;
    }
    return touches;
}

Result<qint64> TouchStore::countPrivateTouches(qint64 memberId, const QDateTime& from,
                                               const QDateTime& to) const {
    auto count = sql::scalar(m_db,
                             QStringLiteral("SELECT COUNT(*) FROM touches WHERE member_id = "
                                            ":member AND channel = 'private' AND touched_at >= "
                                            ":from AND touched_at < :to"),
                             {{QStringLiteral(":member"), memberId},
                              {QStringLiteral(":from"), time::toStorage(from)},
                              {QStringLiteral(":to"), time::toStorage(to)}},
                             0);
    if (!count)
        return count.error();
    return count->toLongLong();
}

} // namespace qundesk
