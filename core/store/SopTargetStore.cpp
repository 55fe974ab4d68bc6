// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/SopTargetStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Time.h"

#include <QSqlQuery>

namespace qundesk {

SopTargetStore::SopTargetStore(const Database& db)
    : m_db(db.connection()) {}

Result<QList<SopRunTarget>> SopTargetStore::list(qint64 runId) const {
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT run_id, member_id, group_id, anchor_day, status, "
                                      "ended_on FROM sop_run_targets WHERE run_id = :run ORDER "
                                      "BY member_id"),
                       {{QStringLiteral(":run"), runId}});
    if (!q)
        return q.error();
    QList<SopRunTarget> targets;
    while (q->next()) {
        SopRunTarget t;
        t.runId = q->value(0).toLongLong();
        t.memberId = q->value(1).toLongLong();
        t.groupId = q->value(2).toLongLong();
        t.anchorDay = time::dayFromStorage(q->value(3).toString());
        t.status = q->value(4).toString();
        t.endedOn = time::dayFromStorage(q->value(5).toString());
        targets << t;
    }
    return targets;
}

Status SopTargetStore::add(const QList<SopRunTarget>& targets) {
    if (targets.isEmpty())
        return {};
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO sop_run_targets (run_id, member_id, "
                                       "group_id, anchor_day, status) VALUES (:run, :member, "
                                       ":group, :anchor, :status)")))
        return sql::failure(insert);
    for (const SopRunTarget& t : targets) {
        insert.bindValue(QStringLiteral(":run"), t.runId);
        insert.bindValue(QStringLiteral(":member"), t.memberId);
        insert.bindValue(QStringLiteral(":group"), sql::nullIfNoId(t.groupId));
        insert.bindValue(QStringLiteral(":anchor"), time::dayToStorage(t.anchorDay));
        insert.bindValue(QStringLiteral(":status"), t.status);
        if (!insert.exec())
            return sql::failure(insert);
    }
    return {};
}

Status SopTargetStore::setStatus(qint64 runId, qint64 memberId, const QString& status,
                                 const QDate& endedOn) {
    if (!sopTargetStatus::keys().contains(status))
        return Error{tr("Unknown SOP target status “%1”.").arg(status), {}, 0};
    const bool active = status == QLatin1String("active");
    auto q = sql::exec(m_db,
                       QStringLiteral("UPDATE sop_run_targets SET status = :status, ended_on = "
                                      ":ended WHERE run_id = :run AND member_id = :member"),
                       {{QStringLiteral(":status"), status},
                        {QStringLiteral(":ended"),
                         sql::nullIfEmpty(active ? QString() : time::dayToStorage(endedOn))},
                        {QStringLiteral(":run"), runId},
                        {QStringLiteral(":member"), memberId}});
    return q ? Status{} : Status{q.error()};
}

} // namespace qundesk
