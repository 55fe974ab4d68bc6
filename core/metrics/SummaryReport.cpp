// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "metrics/SummaryReport.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "store/SettingsStore.h"
#include "util/ScopedTimer.h"
#include "util/Time.h"

#include <QSqlQuery>

namespace qundesk {

namespace {

// Open bounds become sentinels that every stored day or instant sorts between, so each
// statement has one fixed text with bound parameters.
const QString kLowest = QStringLiteral("0000");
const QString kHighest = QStringLiteral("9999");

// Statements in the order compute() reads them. Those over messages, activity and stays start
// from chat_groups with CROSS JOIN, which keeps SQLite's join order: per group, a range of the
// (group_id, day) index, never a scan of the table, with or without one group chosen.
enum Statement { Groups, Members, Messages, Active, Moves, Orders, Revenue, StatementCount };

QString statement(Statement which) {
    switch (which) {
    case Groups:
        return QStringLiteral("SELECT COUNT(*) FROM chat_groups WHERE (:group = 0 OR id = :group)");
    case Members:
        // Present at the end of the period: joined before it ended, not left by then.
        return QStringLiteral(
            "SELECT COUNT(DISTINCT m.member_id) FROM chat_groups g CROSS JOIN memberships m ON "
            "m.group_id = g.id WHERE (:group = 0 OR g.id = :group) AND m.joined_at < :to_end "
            "AND (m.left_at IS NULL OR m.left_at >= :to_end)");
    case Messages:
        return QStringLiteral(
            "SELECT COUNT(*) FROM chat_groups g CROSS JOIN messages m ON m.group_id = g.id WHERE "
            "(:group = 0 OR g.id = :group) AND m.day >= :from_day AND m.day <= :to_day");
    case Active:
        return QStringLiteral(
            "SELECT COUNT(DISTINCT a.member_id) FROM chat_groups g CROSS JOIN "
            "member_day_activity a ON a.group_id = g.id WHERE (:group = 0 OR g.id = :group) AND "
            "a.day >= :from_day AND a.day <= :to_day");
    case Moves:
        return QStringLiteral(
            "SELECT COALESCE(SUM(CASE WHEN joined_at >= :from_at AND joined_at < :to_end THEN 1 "
            "ELSE 0 END), 0), COALESCE(SUM(CASE WHEN left_at >= :from_at AND left_at < :to_end "
            "THEN 1 ELSE 0 END), 0) FROM memberships WHERE (:group = 0 OR group_id = :group)");
    case Orders:
        return QStringLiteral("SELECT COUNT(DISTINCT member_id), COUNT(*) FROM orders WHERE "
                              "(:group = 0 OR group_id = :group) AND ordered_at >= :from_at "
                              "AND ordered_at < :to_end");
    case Revenue:
        // Per currency: amounts in different currencies are never added.
        return QStringLiteral("SELECT currency, SUM(amount_cents) FROM orders WHERE (:group = 0 "
                              "OR group_id = :group) AND ordered_at >= :from_at AND ordered_at "
                              "< :to_end GROUP BY currency");
    case StatementCount:
        break;
    }
    return {};
}

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
            {QStringLiteral("revenue"), double(revenue.cents) / 100.0},
            {QStringLiteral("revenue_other"), money::otherToJson(revenue)}};
}

QStringList SummaryReport::statements() {
    QStringList all;
    for (int i = 0; i < StatementCount; ++i)
        all << statement(Statement(i));
    return all;
}

// Days (messages.day, member_day_activity.day) compare as text with the period's days;
// instants (joined_at, left_at, ordered_at) compare with the UTC instants where the period's
// first day starts and the day after its last day starts: [fromStart, toEnd).
Result<Summary> SummaryReport::compute(const Database& db, const SummaryQuery& query) {
    const ScopedTimer timer(QStringLiteral("summary report"));
    const QSqlDatabase connection = db.connection();
    const ReadSnapshot snapshot(connection); // every query below sees the same workspace
    const SettingsStore settings(db);
    const QTimeZone zone = settings.timeZone();
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
    // Each statement uses a subset of the bindings; all but Revenue return one row.
    auto exec = [&](Statement which) -> Result<QSqlQuery> {
        const QString text = statement(which);
        return sql::exec(connection, text, sql::bindsUsedBy(text, binds));
    };
    auto run = [&](Statement which) -> Result<QSqlQuery> {
        auto q = exec(which);
        if (!q)
            return q.error();
        if (!q->next())
            return Error{QCoreApplication::translate("SummaryReport", "The summary query returned "
                                                                      "no row."),
                         {},
                         0};
        return q;
    };

    Summary s;
    auto groups = run(Groups);
    if (!groups)
        return groups.error();
    s.groups = groups->value(0).toInt();

    auto members = run(Members);
    if (!members)
        return members.error();
    s.members = members->value(0).toInt();

    auto messages = run(Messages);
    if (!messages)
        return messages.error();
    s.messages = messages->value(0).toLongLong();

    auto active = run(Active);
    if (!active)
        return active.error();
    s.activeMembers = active->value(0).toInt();

    auto moves = run(Moves);
    if (!moves)
        return moves.error();
    s.joins = moves->value(0).toInt();
    s.leaves = moves->value(1).toInt();

    auto orders = run(Orders);
    if (!orders)
        return orders.error();
    s.buyers = orders->value(0).toInt();
    s.orders = orders->value(1).toInt();

    s.revenue.currency = settings.currency();
    auto revenue = exec(Revenue);
    if (!revenue)
        return revenue.error();
    while (revenue->next())
        s.revenue.add(revenue->value(0).toString(), revenue->value(1).toLongLong());
    return s;
}

} // namespace qundesk
