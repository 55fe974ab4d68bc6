// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/ActivitySeries.h"

#include "analytics/ActiveWindows.h"
#include "analytics/MemberPresence.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "util/Time.h"

#include <QJsonArray>

namespace qundesk {

namespace {

// One group: its per-day aggregate as kept by the import.
const QString kGroupDays = QStringLiteral(
    "SELECT day, messages, active_members FROM group_day_activity WHERE group_id = :group AND "
    "day >= :from_day AND day <= :to_day");
// All groups: messages add up; active members are counted distinct across groups from the
// member-day aggregate, group by group through its (group_id, day) index.
const QString kAllMessages = QStringLiteral(
    "SELECT a.day, SUM(a.messages) FROM chat_groups g CROSS JOIN group_day_activity a ON "
    "a.group_id = g.id WHERE a.day >= :from_day AND a.day <= :to_day GROUP BY a.day");
const QString kAllActive = QStringLiteral(
    "SELECT a.day, COUNT(DISTINCT a.member_id) FROM chat_groups g CROSS JOIN "
    "member_day_activity a ON a.group_id = g.id WHERE a.day >= :from_day AND a.day <= :to_day "
    "GROUP BY a.day");
const QString kFirstActive = QStringLiteral(
    "SELECT MIN(day) FROM group_day_activity WHERE (:group = 0 OR group_id = :group)");

} // namespace

QJsonObject ActivitySeries::toJson() const {
    QJsonArray list;
    for (const ActivityDay& d : days)
        list.append(QJsonObject{{QStringLiteral("day"), d.day.toString(Qt::ISODate)},
                                {QStringLiteral("messages"), d.messages},
                                {QStringLiteral("active"), d.active},
                                {QStringLiteral("joins"), d.joins},
                                {QStringLiteral("leaves"), d.leaves},
                                {QStringLiteral("members"), d.members}});
    return {{QStringLiteral("days"), list}};
}

QStringList ActivitySeriesReport::statements() {
    return QStringList{kGroupDays, kAllMessages, kAllActive, kFirstActive} +
           MemberPresence::statements() + ActiveWindows::statements();
}

Result<ActivitySeries> ActivitySeriesReport::compute(const Database& db,
                                                     const AnalyticsQuery& query, bool windows) {
    const ReadSnapshot snapshot(db.connection());
    AnalyticsPeriod period = AnalyticsPeriod::of(db, query);
    if (!period.from.isValid()) {
        auto firstJoin = MemberPresence::firstJoinDay(db, query.groupId, period.zone);
        if (!firstJoin)
            return firstJoin.error();
        auto firstActive =
            analytics::run(db, kFirstActive, {{QStringLiteral(":group"), query.groupId}});
        if (!firstActive)
            return firstActive.error();
        QDate first = *firstJoin;
        if (firstActive->next() && !firstActive->value(0).isNull()) {
            const QDate day = analytics::parseDay(firstActive->value(0).toString());
            if (!first.isValid() || day < first)
                first = day;
        }
        period.from = first.isValid() ? first : period.endDay();
    }
    if (!period.to.isValid())
        period.to = std::max(period.today, period.from);
    ActivitySeries series;
    const qsizetype count = period.from.daysTo(period.to) + 1;
    if (count <= 0)
        return series;
    series.days.resize(count);
    for (qsizetype i = 0; i < count; ++i)
        series.days[i].day = period.from.addDays(i);

    const QVariantMap binds = period.binds();
    const auto indexOf = [&](const QVariant& day) -> qsizetype {
        const QDate d = analytics::parseDay(day.toString());
        const qint64 i = d.isValid() ? period.from.daysTo(d) : -1;
        return i >= 0 && i < count ? qsizetype(i) : -1;
    };
    if (query.groupId > 0) {
        auto q = analytics::run(db, kGroupDays, binds);
        if (!q)
            return q.error();
        while (q->next()) {
            if (const qsizetype i = indexOf(q->value(0)); i >= 0) {
                series.days[i].messages = q->value(1).toLongLong();
                series.days[i].active = q->value(2).toInt();
            }
        }
    } else {
        auto messages = analytics::run(db, kAllMessages, binds);
        if (!messages)
            return messages.error();
        while (messages->next())
            if (const qsizetype i = indexOf(messages->value(0)); i >= 0)
                series.days[i].messages = messages->value(1).toLongLong();
        auto active = analytics::run(db, kAllActive, binds);
        if (!active)
            return active.error();
        while (active->next())
            if (const qsizetype i = indexOf(active->value(0)); i >= 0)
                series.days[i].active = active->value(1).toInt();
    }

    auto presence = MemberPresence::compute(db, query.groupId, period.from, period.to, period.zone);
    if (!presence)
        return presence.error();
    for (qsizetype i = 0; i < count; ++i) {
        ActivityDay& d = series.days[i];
        d.joins = presence->joins.at(i);
        d.leaves = presence->leaves.at(i);
        d.members = presence->members.at(i);
    }
    if (windows)
        if (auto s = ActiveWindows::fill(db, query.groupId, &series.days); !s)
            return s.error();
    return series;
}

} // namespace qundesk
