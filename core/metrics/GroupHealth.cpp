// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "metrics/GroupHealth.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace qundesk {

namespace {

// The first instant (UTC storage form) of a workspace day. startOfDay copes with days that
// do not begin at 00:00 (daylight saving at midnight); stored instants are all UTC "…Z", so
// comparing their text compares times.
// A member present at the end of the day: the membership started before :end and had not
// ended by then. `m` is the memberships alias, `group`/`member` the columns to match.
const QString kPresent = QStringLiteral(
    "EXISTS (SELECT 1 FROM memberships m WHERE m.group_id = %1 AND m.member_id = %2 AND "
    "m.joined_at < :end AND (m.left_at IS NULL OR m.left_at >= :end))");

double ratio(double part, double whole) {
    return whole > 0 ? part / whole : 0.0;
}

} // namespace

double GroupHealth::capacityUse() const {
    return ratio(members, capacity);
}

double GroupHealth::activeRate() const {
    return ratio(active7, members);
}

double GroupHealth::conversion() const {
    return ratio(buyers30, members);
}

int GroupHealth::score() const {
    const double activity = std::min(activeRate() / 0.40, 1.0);
    const double growth =
        members > 0 ? std::clamp(0.5 + double(netGrowth30()) / members / 0.20, 0.0, 1.0) : 0.0;
    const double buying = std::min(conversion() / 0.10, 1.0);
    double room = 1.0;
    if (capacity > 0)
        room = std::clamp((1.0 - capacityUse()) / 0.15, 0.0, 1.0);
    return int(std::lround(40 * activity + 20 * growth + 25 * buying + 15 * room));
}

HealthLight GroupHealth::light() const {
    return healthLight(score());
}

HealthLight healthLight(int score) {
    if (score >= 70)
        return HealthLight::Good;
    if (score >= 45)
        return HealthLight::Watch;
    return HealthLight::Poor;
}

Result<QList<GroupHealth>> GroupHealthReport::compute(const Database& db, const QDate& today) {
    const QSqlDatabase connection = db.connection();
    const ReadSnapshot snapshot(connection); // every query below sees the same workspace
    const QTimeZone zone = SettingsStore(db).timeZone();
    const QVariantMap binds = {
        {QStringLiteral(":end"), time::dayStartToStorage(today.addDays(1), zone)},
        {QStringLiteral(":from30_at"), time::dayStartToStorage(today.addDays(-29), zone)},
        {QStringLiteral(":from7_day"), time::dayToStorage(today.addDays(-6))},
        {QStringLiteral(":today"), time::dayToStorage(today)},
    };
    // Each statement uses a subset of the bindings.
    auto run = [&](const QString& statement) -> Result<QSqlQuery> {
        return sql::exec(connection, statement, sql::bindsUsedBy(statement, binds));
    };

    auto groups = run(QStringLiteral("SELECT id, capacity FROM chat_groups ORDER BY name"));
    if (!groups)
        return groups.error();
    QList<GroupHealth> result;
    QHash<qint64, qsizetype> position;
    while (groups->next()) {
        GroupHealth h;
        h.groupId = groups->value(0).toLongLong();
        h.capacity = groups->value(1).toInt();
        position.insert(h.groupId, result.size());
        result << h;
    }
    // Runs a "group_id, value…" query and hands each row to `apply` with its group's entry.
    auto collect = [&](const QString& statement, auto apply) -> Status {
        auto q = run(statement);
        if (!q)
            return q.error();
        while (q->next()) {
            const auto it = position.constFind(q->value(0).toLongLong());
            if (it != position.cend())
                apply(result[*it], *q);
        }
        return {};
    };

    if (auto s =
            collect(QStringLiteral("SELECT group_id, COUNT(DISTINCT member_id) FROM "
                                   "memberships WHERE joined_at < :end AND (left_at IS NULL "
                                   "OR left_at >= :end) GROUP BY group_id"),
                    [](GroupHealth& h, const QSqlQuery& q) { h.members = q.value(1).toInt(); });
        !s)
        return s.error();

    if (auto s = collect(
            QStringLiteral("SELECT a.group_id, COUNT(DISTINCT a.member_id) FROM "
                           "member_day_activity a WHERE a.day >= :from7_day AND "
                           "a.day <= :today AND %1 GROUP BY a.group_id")
                .arg(kPresent.arg(QStringLiteral("a.group_id"), QStringLiteral("a.member_id"))),
            [](GroupHealth& h, const QSqlQuery& q) { h.active7 = q.value(1).toInt(); });
        !s)
        return s.error();

    if (auto s = collect(
            QStringLiteral("SELECT group_id, SUM(CASE WHEN joined_at >= :from30_at AND joined_at "
                           "< :end THEN 1 ELSE 0 END), SUM(CASE WHEN left_at >= :from30_at AND "
                           "left_at < :end THEN 1 ELSE 0 END) FROM memberships WHERE (joined_at "
                           ">= :from30_at AND joined_at < :end) OR (left_at >= :from30_at AND "
                           "left_at < :end) GROUP BY group_id"),
            [](GroupHealth& h, const QSqlQuery& q) {
                h.joins30 = q.value(1).toInt();
                h.leaves30 = q.value(2).toInt();
            });
        !s)
        return s.error();

    if (auto s = collect(
            QStringLiteral("SELECT group_id, COALESCE(SUM(amount_cents), 0) FROM "
                           "orders WHERE group_id IS NOT NULL AND ordered_at >= "
                           ":from30_at AND ordered_at < :end GROUP BY group_id"),
            [](GroupHealth& h, const QSqlQuery& q) { h.revenue30Cents = q.value(1).toLongLong(); });
        !s)
        return s.error();

    if (auto s = collect(
            QStringLiteral("SELECT o.group_id, COUNT(DISTINCT o.member_id) FROM "
                           "orders o WHERE o.group_id IS NOT NULL AND o.member_id IS "
                           "NOT NULL AND o.ordered_at >= :from30_at AND o.ordered_at "
                           "< :end AND %1 GROUP BY o.group_id")
                .arg(kPresent.arg(QStringLiteral("o.group_id"), QStringLiteral("o.member_id"))),
            [](GroupHealth& h, const QSqlQuery& q) { h.buyers30 = q.value(1).toInt(); });
        !s)
        return s.error();

    return result;
}

} // namespace qundesk
