// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "calendar/CalendarQuery.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "store/ContentStore.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QTimeZone>

#include <algorithm>

namespace qundesk::calendar {

namespace {

QDateTime dayStart(const QDate& day) {
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()); // wall-clock carrier
}

Status addMembers(const Database& db, qint64 groupId, const QTimeZone& zone, FatiguePlan& plan) {
    QString statement = QStringLiteral(
        "SELECT ms.group_id, ms.member_id, m.dnd, m.dnd_until FROM memberships ms JOIN members m "
        "ON m.id = ms.member_id WHERE ms.left_at IS NULL AND m.erased_at IS NULL");
    QVariantMap binds;
    if (groupId > 0) {
        statement += QStringLiteral(" AND ms.group_id = :group");
        binds.insert(QStringLiteral(":group"), groupId);
    }
    auto q = sql::exec(db.connection(), statement, binds);
    if (!q)
        return q.error();
    while (q->next()) {
        MemberReach m;
        m.memberId = q->value(1).toLongLong();
        m.dnd = q->value(2).toInt() != 0;
        const QString until = q->value(3).toString();
        if (!until.isEmpty())
            m.dndUntil = time::localDay(time::fromStorage(until), zone);
        plan.members[q->value(0).toLongLong()] << m;
    }
    return {};
}

Status addTouches(const Database& db, const QTimeZone& zone, FatiguePlan& plan) {
    auto q =
        sql::exec(db.connection(),
                  QStringLiteral("SELECT member_id, touched_at FROM touches WHERE channel = "
                                 "'private' AND member_id IS NOT NULL AND touched_at >= "
                                 ":from AND touched_at < :to"),
                  {{QStringLiteral(":from"), time::dayStartToStorage(plan.from.addDays(-6), zone)},
                   {QStringLiteral(":to"), time::dayStartToStorage(plan.to.addDays(6), zone)}});
    if (!q)
        return q.error();
    time::LocalDays days(zone);
    while (q->next())
        plan.loggedTouches[q->value(0).toLongLong()] << days.dayOf(q->value(1).toString());
    return {};
}

} // namespace

Result<QList<Occurrence>> occurrencesBetween(const Database& db, qint64 groupId, const QDate& from,
                                             const QDate& to) {
    ContentStore store(db);
    const QDateTime begin = dayStart(from);
    const QDateTime end = dayStart(to);
    auto items = store.listOverlapping(groupId, begin, end);
    if (!items)
        return items.error();
    QList<qint64> series;
    for (const ContentItem& item : items.value())
        if (!item.rrule.isEmpty())
            series << item.id;
    auto exceptions = store.exceptionsForItems(series);
    if (!exceptions)
        return exceptions.error();
    QList<Occurrence> out;
    for (const ContentItem& item : items.value())
        out += expand(item, exceptions->value(item.id), begin, end);
    std::stable_sort(out.begin(), out.end(),
                     [](const Occurrence& a, const Occurrence& b) { return a.start < b.start; });
    return out;
}

Result<FatiguePlan> fatiguePlan(const Database& db, qint64 groupId, const QDate& from,
                                const QDate& to) {
    FatiguePlan plan;
    plan.from = from;
    plan.to = to;
    // Whole weeks for the marketing share, six days either side for the 7-day windows.
    const QDate first = std::min(from.addDays(1 - from.dayOfWeek()), from.addDays(-6));
    const QDate last = std::max(to.addDays(7 - to.dayOfWeek() + 1), to.addDays(6));
    auto occurrences = occurrencesBetween(db, groupId, first, last);
    if (!occurrences)
        return occurrences.error();
    plan.occurrences = occurrences.value();
    if (groupId > 0) {
        plan.groupIds = {groupId};
    } else {
        auto groups = GroupStore(db).list(false);
        if (!groups)
            return groups.error();
        for (const Group& g : groups.value())
            plan.groupIds << g.id;
    }
    const QTimeZone zone = SettingsStore(db).timeZone();
    if (Status s = addMembers(db, groupId, zone, plan); !s)
        return s.error();
    if (Status s = addTouches(db, zone, plan); !s)
        return s.error();
    return plan;
}

Result<QList<FatigueWarning>> fatigueWarnings(const Database& db, qint64 groupId, const QDate& from,
                                              const QDate& to) {
    auto plan = fatiguePlan(db, groupId, from, to);
    if (!plan)
        return plan.error();
    return Fatigue::check(plan.value(), FatigueLimits::from(SettingsStore(db).thresholds()));
}

} // namespace qundesk::calendar
