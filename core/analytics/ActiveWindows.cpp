// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/ActiveWindows.h"

#include "analytics/ActivitySeries.h"
#include "analytics/DayRows.h"
#include "util/Time.h"

#include <QHash>

namespace qundesk {

namespace {

const QString kActiveDays = QStringLiteral(
    "SELECT a.member_id, a.day FROM chat_groups g CROSS JOIN member_day_activity a ON "
    "a.group_id = g.id WHERE (:group = 0 OR g.id = :group) AND a.day >= :from_day AND a.day <= "
    ":to_day");

// Adds, for every (member, day) in day order, the windows [day, day + width - 1] that the
// member's earlier days did not already cover.
void cover(const QList<QList<qint64>>& membersByDay, int width, qsizetype lead,
           QList<int>* counts) {
    const qsizetype count = counts->size();
    QList<int> delta(count + 1, 0);
    QHash<qint64, qsizetype> coveredUntil; // member -> first day index not yet covered
    for (qsizetype d = 0; d < membersByDay.size(); ++d) {
        for (const qint64 member : membersByDay.at(d)) {
            const qsizetype end = d + width; // exclusive
            qsizetype begin = d;
            auto it = coveredUntil.find(member);
            if (it != coveredUntil.end()) {
                begin = std::max(begin, it.value());
                it.value() = end;
            } else {
                coveredUntil.insert(member, end);
            }
            // Shift from the read range (starting `lead` days early) to the output range.
            const qsizetype b = std::max<qsizetype>(begin - lead, 0);
            const qsizetype e = std::min<qsizetype>(end - lead, count);
            if (b < e) {
                ++delta[b];
                --delta[e];
            }
        }
    }
    int running = 0;
    for (qsizetype i = 0; i < count; ++i) {
        running += delta.at(i);
        (*counts)[i] = running;
    }
}

} // namespace

Status ActiveWindows::fill(const Database& db, qint64 groupId, QList<ActivityDay>* days) {
    if (days->isEmpty())
        return {};
    auto windows = compute(db, groupId, days->constFirst().day, days->constLast().day);
    if (!windows)
        return windows.error();
    for (qsizetype i = 0; i < days->size(); ++i) {
        (*days)[i].wau = windows->wau.value(i);
        (*days)[i].mau = windows->mau.value(i);
    }
    return {};
}

QStringList ActiveWindows::statements() {
    return {kActiveDays};
}

Result<ActiveWindowDays> ActiveWindows::compute(const Database& db, qint64 groupId,
                                                const QDate& from, const QDate& to) {
    ActiveWindowDays out;
    out.from = from;
    const qsizetype count = from.daysTo(to) + 1;
    if (count <= 0)
        return out;
    out.wau.fill(0, count);
    out.mau.fill(0, count);
    constexpr int kLead = 29;
    const QDate readFrom = from.addDays(-kLead);
    // Bucketed by day: the rows come group by group, and a member counts once per day.
    QList<QList<qint64>> membersByDay(count + kLead);
    QString lastText;
    qsizetype lastIndex = -1;
    const Status read =
        DayRows::read(db, kActiveDays,
                      {{QStringLiteral(":group"), groupId},
                       {QStringLiteral(":from_day"), time::dayToStorage(readFrom)},
                       {QStringLiteral(":to_day"), time::dayToStorage(to)}},
                      1, [&](const std::array<qint64, 3>& ids, const QString& text) {
                          if (text != lastText) {
                              const QDate day = analytics::parseDay(text);
                              const qint64 i = day.isValid() ? readFrom.daysTo(day) : -1;
                              lastIndex = i >= 0 && i < count + kLead ? qsizetype(i) : -1;
                              lastText = text;
                          }
                          if (lastIndex >= 0)
                              membersByDay[lastIndex].append(ids[0]);
                      });
    if (!read)
        return read.error();
    cover(membersByDay, 7, kLead, &out.wau);
    cover(membersByDay, 30, kLead, &out.mau);
    return out;
}

} // namespace qundesk
