// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/ActivityAggregates.h"

#include "db/Sql.h"
#include "util/LocalClock.h"

#include <QSqlQuery>

namespace qundesk::activityaggregates {

namespace {

QString groupFilter(qint64 groupId, const QString& column = QStringLiteral("group_id")) {
    return groupId > 0 ? QStringLiteral(" WHERE %1 = :group").arg(column) : QString();
}

} // namespace

Status rebuild(const QSqlDatabase& db, const QTimeZone& zone, qint64 groupId) {
    QVariantMap binds;
    if (groupId > 0)
        binds.insert(QStringLiteral(":group"), groupId);
    for (const QString& table :
         {QStringLiteral("group_day_activity"), QStringLiteral("group_hour_activity")}) {
        if (auto q =
                sql::exec(db, QStringLiteral("DELETE FROM ") + table + groupFilter(groupId), binds);
            !q)
            return q.error();
    }
    if (auto q =
            sql::exec(db,
                      QStringLiteral("INSERT INTO group_day_activity (group_id, day, messages, "
                                     "active_members) SELECT group_id, day, COUNT(*), "
                                     "COUNT(DISTINCT member_id) FROM messages%1 GROUP BY "
                                     "group_id, day")
                          .arg(groupFilter(groupId)),
                      binds);
        !q)
        return q.error();

    // Hours need the zone: one pass over the messages' times, counted per group.
    auto rows = sql::exec(db,
                          QStringLiteral("SELECT group_id, sent_at FROM messages%1 ORDER BY "
                                         "group_id")
                              .arg(groupFilter(groupId)),
                          binds);
    if (!rows)
        return rows.error();
    rows->setForwardOnly(true);
    LocalClock clock(zone);
    qint64 current = 0;
    HourCounts counts;
    while (rows->next()) {
        const qint64 group = rows->value(0).toLongLong();
        if (group != current && !counts.isEmpty()) {
            if (auto s = addHours(db, current, counts); !s)
                return s;
            counts.clear();
        }
        current = group;
        qint64 utc = 0;
        if (!LocalClock::instantFromStorage(rows->value(1).toString(), &utc))
            continue;
        const qint64 local = clock.toLocal(utc);
        ++counts[{LocalClock::dayToStorage(local), LocalClock::hourOf(local)}];
    }
    if (!counts.isEmpty())
        return addHours(db, current, counts);
    return {};
}

Status refreshDays(const QSqlDatabase& db, qint64 groupId, const QString& fromDay,
                   const QString& toDay) {
    const QVariantMap binds{{QStringLiteral(":group"), groupId},
                            {QStringLiteral(":from"), fromDay},
                            {QStringLiteral(":to"), toDay}};
    if (auto q = sql::exec(db,
                           QStringLiteral("DELETE FROM group_day_activity WHERE group_id = :group "
                                          "AND day BETWEEN :from AND :to"),
                           binds);
        !q)
        return q.error();
    auto q = sql::exec(db,
                       QStringLiteral("INSERT INTO group_day_activity (group_id, day, messages, "
                                      "active_members) SELECT group_id, day, COUNT(*), "
                                      "COUNT(DISTINCT member_id) FROM messages WHERE group_id = "
                                      ":group AND day BETWEEN :from AND :to GROUP BY day"),
                       binds);
    return q ? Status{} : Status{q.error()};
}

Status addHours(const QSqlDatabase& db, qint64 groupId, const HourCounts& counts) {
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO group_hour_activity (group_id, day, hour, messages) "
                                  "VALUES (:group, :day, :hour, :n) ON CONFLICT (group_id, day, "
                                  "hour) DO UPDATE SET messages = messages + excluded.messages")))
        return sql::failure(q);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        q.bindValue(QStringLiteral(":group"), groupId);
        q.bindValue(QStringLiteral(":day"), it.key().first);
        q.bindValue(QStringLiteral(":hour"), it.key().second);
        q.bindValue(QStringLiteral(":n"), it.value());
        if (!q.exec())
            return sql::failure(q);
    }
    return {};
}

} // namespace qundesk::activityaggregates
