// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "metrics/MemberTimeline.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "model/ContentItem.h"
#include "store/GroupStore.h"
#include "store/MemberStore.h"
#include "store/MembershipStore.h"
#include "store/OrderStore.h"
#include "store/SettingsStore.h"
#include "store/TouchStore.h"
#include "util/Money.h"
#include "util/Time.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace qundesk {

namespace timelineKind {
QStringList keys() {
    return {QStringLiteral("join"),  QStringLiteral("leave"), QStringLiteral("messages"),
            QStringLiteral("touch"), QStringLiteral("order"), QStringLiteral("note")};
}

QString label(const QString& key) {
    if (key == QLatin1String("join"))
        return QCoreApplication::translate("MemberTimeline", "Joined");
    if (key == QLatin1String("leave"))
        return QCoreApplication::translate("MemberTimeline", "Left");
    if (key == QLatin1String("messages"))
        return QCoreApplication::translate("MemberTimeline", "Messages");
    if (key == QLatin1String("touch"))
        return QCoreApplication::translate("MemberTimeline", "Touch");
    if (key == QLatin1String("order"))
        return QCoreApplication::translate("MemberTimeline", "Order");
    if (key == QLatin1String("note"))
        return QCoreApplication::translate("MemberTimeline", "Notes");
    return key;
}
} // namespace timelineKind

Result<QList<TimelineEvent>> MemberTimeline::build(const Database& db, qint64 memberId) {
    return build(db, memberId, SettingsStore(db).timeZone());
}

Result<QList<TimelineEvent>> MemberTimeline::build(const Database& db, qint64 memberId,
                                                   const QTimeZone& zone) {
    const ReadSnapshot snapshot(db.connection()); // every store below reads the same workspace
    auto member = MemberStore(db).get(memberId);
    if (!member)
        return member.error();
    auto groups = GroupStore(db).list(true);
    if (!groups)
        return groups.error();
    QHash<qint64, QString> groupNames;
    for (const Group& g : groups.value())
        groupNames.insert(g.id, g.name);
    const auto groupName = [&](qint64 id) {
        return groupNames.value(id, tr("a deleted group"));
    };

    QList<TimelineEvent> events;
    auto stays = MembershipStore(db).listForMember(memberId);
    if (!stays)
        return stays.error();
    for (const Membership& m : stays.value()) {
        events.append({m.joinedAt, QStringLiteral("join"),
                       tr("Joined %1 as %2").arg(groupName(m.groupId), role::label(m.role)),
                       m.groupId});
        if (!m.isPresent()) {
            const QString text = m.leaveKind == QLatin1String("removed")
                                     ? tr("Removed from %1").arg(groupName(m.groupId))
                                     : tr("Left %1").arg(groupName(m.groupId));
            events.append({m.leftAt, QStringLiteral("leave"), text, m.groupId});
        }
    }

    // Weekly messages: days are already workspace days, so weeks need no zone conversion;
    // only the event's instant (Monday 00:00 local) does.
    auto rows = sql::exec(db.connection(),
                          QStringLiteral("SELECT day, messages FROM member_day_activity "
                                         "WHERE member_id = :member ORDER BY day"),
                          {{QStringLiteral(":member"), memberId}});
    if (!rows)
        return rows.error();
    QMap<QDate, qint64> perWeek; // Monday -> messages
    while (rows->next()) {
        const QDate day = time::dayFromStorage(rows->value(0).toString());
        if (!day.isValid())
            continue;
        perWeek[day.addDays(1 - day.dayOfWeek())] += rows->value(1).toLongLong();
    }
    for (auto it = perWeek.cbegin(); it != perWeek.cend(); ++it) {
        int weekYear = 0;
        const int week = it.key().weekNumber(&weekYear);
        const int count = static_cast<int>(it.value());
        events.append({QDateTime(it.key(), QTime(0, 0), zone).toUTC(), QStringLiteral("messages"),
                       tr("%n message(s) in week %1 of %2", "", count).arg(week).arg(weekYear), 0});
    }

    auto touches = TouchStore(db).listForMember(memberId);
    if (!touches)
        return touches.error();
    for (const Touch& t : touches.value()) {
        QString text = tr("Touch: %1").arg(channel::label(t.channel));
        if (!t.note.isEmpty())
            text = tr("Touch: %1 — %2").arg(channel::label(t.channel), t.note);
        events.append({t.touchedAt, QStringLiteral("touch"), text, t.groupId});
    }

    auto orders = OrderStore(db).listForMember(memberId);
    if (!orders)
        return orders.error();
    for (const Order& o : orders.value()) {
        const QString amount = money::format(o.amountCents, o.currency);
        const QString text = o.product.isEmpty() ? tr("Order of %1").arg(amount)
                                                 : tr("Order of %1: %2").arg(amount, o.product);
        events.append({o.orderedAt, QStringLiteral("order"), text, o.groupId});
    }

    if (!member->notes.trimmed().isEmpty()) {
        const QDateTime at = member->updatedAt.isValid() ? member->updatedAt : member->createdAt;
        events.append({at, QStringLiteral("note"), member->notes.trimmed(), 0});
    }

    const QStringList order = timelineKind::keys();
    std::stable_sort(events.begin(), events.end(),
                     [&order](const TimelineEvent& a, const TimelineEvent& b) {
                         if (a.at != b.at)
                             return a.at < b.at;
                         return order.indexOf(a.kind) < order.indexOf(b.kind);
                     });
    return events;
}

} // namespace qundesk
