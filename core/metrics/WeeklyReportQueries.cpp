// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "metrics/WeeklyReportQueries.h"

#include "analytics/ActivitySeries.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

namespace qundesk {

WeeklyReportQueries::WeeklyReportQueries(const Database& db, QTimeZone zone)
    : m_database(db)
    , m_db(db.connection())
    , m_zone(std::move(zone))
    , m_currency(SettingsStore(db).currency()) {}

QString WeeklyReportQueries::start(const QDate& day) const {
    return time::dayStartToStorage(day, m_zone);
}

Result<QList<std::pair<qint64, QString>>> WeeklyReportQueries::groups() const {
    auto q = sql::exec(m_db, QStringLiteral("SELECT id, name FROM chat_groups WHERE status <> "
                                            "'archived' ORDER BY name"));
    if (!q)
        return q.error();
    QList<std::pair<qint64, QString>> list;
    while (q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toString()});
    return list;
}

Result<GroupWeekNumbers> WeeklyReportQueries::groupWeek(qint64 groupId, const QDate& monday) const {
    const QDate sunday = monday.addDays(6);
    const QVariantMap days = {{QStringLiteral(":group"), groupId},
                              {QStringLiteral(":from"), time::dayToStorage(monday)},
                              {QStringLiteral(":to"), time::dayToStorage(sunday)}};
    const QVariantMap instants = {{QStringLiteral(":group"), groupId},
                                  {QStringLiteral(":from"), start(monday)},
                                  {QStringLiteral(":to"), start(sunday.addDays(1))}};
    GroupWeekNumbers n;
    // Per day: core/analytics' series (messages, DAU, joins, leaves, members present).
    auto series =
        ActivitySeriesReport::compute(m_database, AnalyticsQuery{groupId, monday, sunday}, false);
    if (!series)
        return series.error();
    for (const ActivityDay& day : std::as_const(series->days)) {
        const qint64 i = monday.daysTo(day.day);
        if (i < 0 || i > 6)
            continue;
        n.messagesPerDay[i] = day.messages;
        n.activePerDay[i] = day.active;
        n.messages += day.messages;
        n.joins += day.joins;
        n.leaves += day.leaves;
        if (i == 6)
            n.membersAtEnd = day.members;
    }
    const auto number = [&](const QString& statement, const QVariantMap& binds) -> Result<qint64> {
        auto v = sql::scalar(m_db, statement, binds, 0);
        if (!v)
            return v.error();
        return v->toLongLong();
    };
    auto active = number(QStringLiteral("SELECT COUNT(DISTINCT member_id) FROM "
                                        "member_day_activity WHERE group_id = :group AND day "
                                        "BETWEEN :from AND :to"),
                         days);
    auto buyers = number(QStringLiteral("SELECT COUNT(DISTINCT member_id) FROM orders WHERE "
                                        "group_id = :group AND ordered_at >= :from AND "
                                        "ordered_at < :to"),
                         instants);
    QVariantMap money = instants;
    money.insert(QStringLiteral(":currency"), m_currency);
    auto revenue = number(QStringLiteral("SELECT COALESCE(SUM(amount_cents), 0) FROM orders WHERE "
                                         "group_id = :group AND currency = :currency AND "
                                         "ordered_at >= :from AND ordered_at < :to"),
                          money);
    for (const Result<qint64>* r : {&active, &buyers, &revenue}) {
        if (!*r)
            return r->error();
    }
    n.activeMembers = *active;
    n.buyers = *buyers;
    n.revenueCents = *revenue;
    return n;
}

Result<QList<WeeklyMemberLine>> WeeklyReportQueries::topContributors(const QDate& monday,
                                                                     int limit) const {
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT a.member_id, m.display_name, g.name, "
                                      "SUM(a.messages) AS n FROM member_day_activity a JOIN "
                                      "members m ON m.id = a.member_id JOIN chat_groups g ON g.id "
                                      "= a.group_id WHERE a.day BETWEEN :from AND :to GROUP BY "
                                      "a.member_id, a.group_id ORDER BY n DESC, m.display_name, "
                                      "g.name LIMIT :limit"),
                       {{QStringLiteral(":from"), time::dayToStorage(monday)},
                        {QStringLiteral(":to"), time::dayToStorage(monday.addDays(6))},
                        {QStringLiteral(":limit"), limit}});
    if (!q)
        return q.error();
    QList<WeeklyMemberLine> lines;
    while (q->next()) {
        WeeklyMemberLine line;
        line.memberId = q->value(0).toLongLong();
        line.name = q->value(1).toString();
        line.group = q->value(2).toString();
        line.messages = q->value(3).toLongLong();
        lines << line;
    }
    return lines;
}

Result<QList<WeeklyMemberLine>> WeeklyReportQueries::newLurkers(const QDate& monday) const {
    auto q = sql::exec(
        m_db,
        QStringLiteral("SELECT ms.member_id, m.display_name, g.name, ms.joined_at FROM memberships "
                       "ms JOIN members m ON m.id = ms.member_id JOIN chat_groups g ON g.id = "
                       "ms.group_id WHERE ms.joined_at >= :from AND ms.joined_at < :to AND "
                       "ms.left_at IS NULL AND m.erased_at IS NULL AND NOT EXISTS (SELECT 1 FROM "
                       "member_day_activity a WHERE a.group_id = ms.group_id AND a.member_id = "
                       "ms.member_id) ORDER BY ms.joined_at, m.display_name"),
        {{QStringLiteral(":from"), start(monday)},
         {QStringLiteral(":to"), start(monday.addDays(7))}});
    if (!q)
        return q.error();
    QList<WeeklyMemberLine> lines;
    while (q->next()) {
        WeeklyMemberLine line;
        line.memberId = q->value(0).toLongLong();
        line.name = q->value(1).toString();
        line.group = q->value(2).toString();
        line.day = time::localDay(time::fromStorage(q->value(3).toString()), m_zone);
        lines << line;
    }
    return lines;
}

Result<QHash<qint64, MemberWeekFacts>> WeeklyReportQueries::memberFacts(const QDate& day) const {
    const QString end = start(day.addDays(1));
    QHash<qint64, MemberWeekFacts> facts;
    auto stays = sql::exec(
        m_db,
        QStringLiteral("SELECT ms.member_id, m.display_name, MIN(ms.joined_at), "
                       "GROUP_CONCAT(DISTINCT g.name) FROM memberships ms JOIN members m ON m.id "
                       "= ms.member_id JOIN chat_groups g ON g.id = ms.group_id WHERE "
                       "m.erased_at IS NULL AND ms.joined_at < :end AND (ms.left_at IS NULL OR "
                       "ms.left_at >= :end) GROUP BY ms.member_id"),
        {{QStringLiteral(":end"), end}});
    if (!stays)
        return stays.error();
    while (stays->next()) {
        MemberWeekFacts& f = facts[stays->value(0).toLongLong()];
        f.memberId = stays->value(0).toLongLong();
        f.name = stays->value(1).toString();
        f.firstJoined = time::localDay(time::fromStorage(stays->value(2).toString()), m_zone);
        f.groups = stays->value(3).toString().split(QLatin1Char(',')).join(QStringLiteral(", "));
    }
    auto messages = sql::exec(m_db,
                              QStringLiteral("SELECT member_id, MAX(day) FROM member_day_activity "
                                             "WHERE day <= :day GROUP BY member_id"),
                              {{QStringLiteral(":day"), time::dayToStorage(day)}});
    if (!messages)
        return messages.error();
    while (messages->next()) {
        if (auto it = facts.find(messages->value(0).toLongLong()); it != facts.end())
            it->lastMessage = time::dayFromStorage(messages->value(1).toString());
    }
    auto orders = sql::exec(m_db,
                            QStringLiteral("SELECT member_id, MAX(ordered_at) FROM orders WHERE "
                                           "member_id IS NOT NULL AND ordered_at < :end GROUP BY "
                                           "member_id"),
                            {{QStringLiteral(":end"), end}});
    if (!orders)
        return orders.error();
    while (orders->next()) {
        if (auto it = facts.find(orders->value(0).toLongLong()); it != facts.end())
            it->lastOrder = time::localDay(time::fromStorage(orders->value(1).toString()), m_zone);
    }
    return facts;
}

} // namespace qundesk
