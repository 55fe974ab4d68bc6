// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "metrics/SummaryReport.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QSqlQuery>

namespace qundesk {

namespace {

// Open bounds become sentinels that every stored day or instant sorts between, so each
// statement has one fixed text with bound parameters.
const QString kLowest = QStringLiteral("0000");
const QString kHighest = QStringLiteral("9999");

// The first instant (UTC storage form) of a workspace day: days in the zone map to instants
// by converting local midnight, so the bounds stay right across daylight-saving changes.
} // namespace

QJsonObject Summary::toJson() const {
    return {{QStringLiteral("groups"), groups},
            {QStringLiteral("members"), members},
            {QStringLiteral("messages"), messages},
            {QStringLiteral("active_members"), activeMembers},
            {QStringLiteral("joins"), joins},
            {QStringLiteral("leaves"), leaves},
            {QStringLiteral("buyers"), buyers},
            {QStringLiteral("orders"), orders},
            {QStringLiteral("revenue"), double(revenueCents) / 100.0}};
}

// Days (messages.day, member_day_activity.day) compare as text with the period's days;
// instants (joined_at, left_at, ordered_at) compare with the UTC instants where the period's
// first day starts and the day after its last day starts: [fromStart, toEnd).
Result<Summary> SummaryReport::compute(const Database& db, const SummaryQuery& query) {
    const QSqlDatabase connection = db.connection();
    const ReadSnapshot snapshot(connection); // every query below sees the same workspace
    const QTimeZone zone = SettingsStore(db).timeZone();
    const QVariantMap binds = {
        {QStringLiteral(":group"), query.groupId},
        {QStringLiteral(":from_day"),
         query.from.isValid() ? time::dayToStorage(query.from) : kLowest},
        {QStringLiteral(":to_day"), query.to.isValid() ? time::dayToStorage(query.to) : kHighest},
        {QStringLiteral(":from_at"),
         query.from.isValid() ? time::dayStartToStorage(query.from, zone) : kLowest},
        {QStringLiteral(":to_end"),
         query.to.isValid() ? time::dayStartToStorage(query.to.addDays(1), zone) : kHighest},
    };
    // Each statement uses a subset of the bindings.
    auto run = [&](const QString& statement) -> Result<QSqlQuery> {
        auto q = sql::exec(connection, statement, sql::bindsUsedBy(statement, binds));
        if (!q)
            return q.error();
        if (!q->next())
            return Error{QCoreApplication::translate("SummaryReport", "The summary query returned "
                                                                      "no row."),
                         {},
                         0};
        return q;
    };
    const QString inGroup = QStringLiteral("(:group = 0 OR group_id = :group)");

    Summary s;
    auto groups =
        run(QStringLiteral("SELECT COUNT(*) FROM chat_groups WHERE (:group = 0 OR id = :group)"));
    if (!groups)
        return groups.error();
    s.groups = groups->value(0).toInt();

    // Present at the end of the period: joined before it ended, not left by then.
    auto members = run(QStringLiteral("SELECT COUNT(DISTINCT member_id) FROM memberships WHERE %1 "
                                      "AND joined_at < :to_end AND (left_at IS NULL OR left_at >= "
                                      ":to_end)")
                           .arg(inGroup));
    if (!members)
        return members.error();
    s.members = members->value(0).toInt();

    auto messages =
        run(QStringLiteral("SELECT COUNT(*) FROM messages WHERE %1 AND day >= :from_day "
                           "AND day <= :to_day")
                .arg(inGroup));
    if (!messages)
        return messages.error();
    s.messages = messages->value(0).toLongLong();

    auto active = run(QStringLiteral("SELECT COUNT(DISTINCT member_id) FROM member_day_activity "
                                     "WHERE %1 AND day >= :from_day AND day <= :to_day")
                          .arg(inGroup));
    if (!active)
        return active.error();
    s.activeMembers = active->value(0).toInt();

    auto moves = run(QStringLiteral("SELECT COALESCE(SUM(CASE WHEN joined_at >= :from_at AND "
                                    "joined_at < :to_end THEN 1 ELSE 0 END), 0), "
                                    "COALESCE(SUM(CASE WHEN left_at >= :from_at AND left_at < "
                                    ":to_end THEN 1 ELSE 0 END), 0) FROM memberships WHERE %1")
                         .arg(inGroup));
    if (!moves)
        return moves.error();
    s.joins = moves->value(0).toInt();
    s.leaves = moves->value(1).toInt();

    auto orders = run(QStringLiteral("SELECT COUNT(DISTINCT member_id), COUNT(*), "
                                     "COALESCE(SUM(amount_cents), 0) FROM orders WHERE %1 AND "
                                     "ordered_at >= :from_at AND ordered_at < :to_end")
                          .arg(inGroup));
    if (!orders)
        return orders.error();
    s.buyers = orders->value(0).toInt();
    s.orders = orders->value(1).toInt();
    s.revenueCents = orders->value(2).toLongLong();
    return s;
}

} // namespace qundesk
