// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/MemberPresence.h"

#include "util/Time.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace qundesk {

namespace {

// Stays that overlap the period or began before it and are still open then, by member so
// that one person's overlapping stays in several groups merge.
const QString kStays = QStringLiteral(
    "SELECT member_id, joined_at, left_at FROM memberships WHERE (:group = 0 OR group_id = "
    ":group) AND joined_at < :to_end AND (left_at IS NULL OR left_at >= :from_at) ORDER BY "
    "member_id");

const QString kFirstJoin = QStringLiteral(
    "SELECT MIN(joined_at) FROM memberships WHERE (:group = 0 OR group_id = :group)");

struct Interval {
    qint64 begin; // julian day of the join
    qint64 end;   // julian day of the leave (exclusive); max when open
};

} // namespace

QStringList MemberPresence::statements() {
    return {kStays, kFirstJoin};
}

Result<QDate> MemberPresence::firstJoinDay(const Database& db, qint64 groupId,
                                           const QTimeZone& zone) {
    auto q = analytics::run(db, kFirstJoin, {{QStringLiteral(":group"), groupId}});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).isNull())
        return QDate();
    return time::localDay(time::fromStorage(q->value(0).toString()), zone);
}

Result<PresenceDays> MemberPresence::compute(const Database& db, qint64 groupId, const QDate& from,
                                             const QDate& to, const QTimeZone& zone) {
    PresenceDays out;
    out.from = from;
    const qsizetype count = from.daysTo(to) + 1;
    if (count <= 0)
        return out;
    out.joins.fill(0, count);
    out.leaves.fill(0, count);
    out.members.fill(0, count);
    const QVariantMap binds{
        {QStringLiteral(":group"), groupId},
        {QStringLiteral(":from_at"), time::dayStartToStorage(from, zone)},
        {QStringLiteral(":to_end"), time::dayStartToStorage(to.addDays(1), zone)}};
    auto q = analytics::run(db, kStays, binds);
    if (!q)
        return q.error();

    const qint64 first = from.toJulianDay();
    const qint64 last = to.toJulianDay();
    const qint64 open = std::numeric_limits<qint64>::max();
    // Presence as a difference array over the days, one entry past the end.
    QList<int> delta(count + 1, 0);
    time::LocalDays days(zone);
    QList<Interval> stays;
    qint64 current = -1;
    const auto flush = [&]() {
        // Merge one member's stays so that a person in two groups counts once a day.
        std::sort(stays.begin(), stays.end(),
                  [](const Interval& a, const Interval& b) { return a.begin < b.begin; });
        qsizetype i = 0;
        while (i < stays.size()) {
            Interval merged = stays.at(i);
            while (++i < stays.size() && stays.at(i).begin <= merged.end)
                merged.end = std::max(merged.end, stays.at(i).end);
            const qint64 begin = std::max(merged.begin, first);
            const qint64 end = std::min(merged.end, last + 1);
            if (begin < end) {
                ++delta[begin - first];
                --delta[end - first];
            }
        }
        stays.clear();
    };
    while (q->next()) {
        const qint64 member = q->value(0).toLongLong();
        if (member != current)
            flush();
        current = member;
        const qint64 joined = days.dayOf(q->value(1).toString()).toJulianDay();
        const QVariant leftValue = q->value(2);
        const qint64 left =
            leftValue.isNull() ? open : days.dayOf(leftValue.toString()).toJulianDay();
        if (joined >= first && joined <= last)
            ++out.joins[joined - first];
        if (left != open && left >= first && left <= last)
            ++out.leaves[left - first];
        if (left > joined)
            stays.append({joined, left});
    }
    flush();
    int present = 0;
    for (qsizetype i = 0; i < count; ++i) {
        present += delta.at(i);
        out.members[i] = present;
    }
    return out;
}

} // namespace qundesk
