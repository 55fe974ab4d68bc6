// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/RetentionReport.h"

#include "analytics/DayRows.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "util/Time.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <cmath>

namespace qundesk {

namespace {

const QString kJoins = QStringLiteral(
    "SELECT s.group_id, s.member_id, s.joined_at, COALESCE(m.source_channel, '') FROM "
    "memberships s JOIN members m ON m.id = s.member_id WHERE (:group = 0 OR s.group_id = "
    ":group) AND s.joined_at >= :from_at AND s.joined_at < :to_end");
// The active days of the cohorts' members only, each stay's through the member-day key.
const QString kActivity = QStringLiteral(
    "SELECT DISTINCT a.group_id, a.member_id, a.day FROM memberships s CROSS JOIN "
    "member_day_activity a ON a.group_id = s.group_id AND a.member_id = s.member_id AND a.day "
    ">= :from_day AND a.day <= :to_day WHERE (:group = 0 OR s.group_id = :group) AND "
    "s.joined_at >= :from_at AND s.joined_at < :to_end");

struct Stay {
    qint64 group = 0;
    qint64 member = 0;
    QDate week; // Monday of the join week
    QString source;
};

double rounded(double share) {
    return std::round(share * 10000.0) / 10000.0;
}

QJsonArray sharesToJson(const QList<double>& shares) {
    QJsonArray list;
    for (const double s : shares)
        list.append(rounded(s));
    return list;
}

} // namespace

QJsonObject Retention::toJson() const {
    QJsonArray weeks;
    for (const RetentionCohort& c : cohorts)
        weeks.append(QJsonObject{{QStringLiteral("week"), c.key},
                                 {QStringLiteral("members"), c.members},
                                 {QStringLiteral("active"), sharesToJson(c.active)}});
    return {{QStringLiteral("cohorts"), weeks}};
}

QStringList RetentionReport::statements() {
    return {kJoins, kActivity};
}

Result<Retention> RetentionReport::compute(const Database& db, const AnalyticsQuery& query) {
    const ReadSnapshot snapshot(db.connection());
    const AnalyticsPeriod period = AnalyticsPeriod::of(db, query);
    const QDate end = period.endDay();
    const QDate lastWeek = analytics::weekStart(end);

    auto joins = analytics::run(db, kJoins, period.binds());
    if (!joins)
        return joins.error();
    QList<Stay> stays;
    QSet<std::pair<qint64, qint64>> seen; // (group, member) of the cohort units so far
    // One unit per group, member and join week: a member who left and came back in the same
    // week counts once.
    QSet<std::pair<std::pair<qint64, qint64>, qint64>> units;
    time::LocalDays days(period.zone);
    QDate firstWeek;
    while (joins->next()) {
        Stay s;
        s.group = joins->value(0).toLongLong();
        s.member = joins->value(1).toLongLong();
        s.week = analytics::weekStart(days.dayOf(joins->value(2).toString()));
        s.source = joins->value(3).toString();
        if (!s.week.isValid() || s.week > lastWeek)
            continue;
        const auto unitKey = std::pair(std::pair(s.group, s.member), s.week.toJulianDay());
        if (units.contains(unitKey))
            continue;
        units.insert(unitKey);
        seen.insert({s.group, s.member});
        if (!firstWeek.isValid() || s.week < firstWeek)
            firstWeek = s.week;
        stays.append(s);
    }
    Retention out;
    if (stays.isEmpty())
        return out;

    // Active weeks (as week indexes from firstWeek) per (group, member) of the cohorts.
    QHash<std::pair<qint64, qint64>, QSet<int>> activeWeeks;
    QVariantMap binds = period.binds();
    binds.insert(QStringLiteral(":from_day"), time::dayToStorage(firstWeek));
    binds.insert(QStringLiteral(":to_day"), time::dayToStorage(end));
    const Status read = DayRows::read(
        db, kActivity, binds, 2, [&](const std::array<qint64, 3>& ids, const QString& text) {
            const std::pair key(ids[0], ids[1]);
            if (!seen.contains(key))
                return;
            const QDate day = analytics::parseDay(text);
            if (day.isValid())
                activeWeeks[key].insert(int(firstWeek.daysTo(day) / 7));
        });
    if (!read)
        return read.error();

    const int weekCount = int(firstWeek.daysTo(lastWeek) / 7) + 1;
    // Per cohort: units, and per offset k the units measured and the units active.
    struct Tally {
        QDate week;
        int members = 0;
        QList<int> measured;
        QList<int> active;
    };
    QMap<QDate, Tally> byWeek;
    QMap<QString, Tally> bySource;
    for (const Stay& s : stays) {
        const int w = int(firstWeek.daysTo(s.week) / 7);
        const int offsets = weekCount - w; // weeks w .. last
        const QSet<int> active = activeWeeks.value({s.group, s.member});
        for (Tally* t : {&byWeek[s.week], &bySource[s.source]}) {
            t->week = s.week;
            ++t->members;
            if (t->measured.size() < offsets) {
                t->measured.resize(offsets, 0);
                t->active.resize(offsets, 0);
            }
            for (int k = 0; k < offsets; ++k) {
                ++t->measured[k];
                if (active.contains(w + k))
                    ++t->active[k];
            }
        }
    }
    const auto shares = [](const Tally& t) {
        QList<double> list;
        for (qsizetype k = 0; k < t.measured.size(); ++k)
            list.append(t.measured.at(k) > 0 ? double(t.active.at(k)) / t.measured.at(k) : 0.0);
        return list;
    };
    for (auto it = byWeek.cbegin(); it != byWeek.cend(); ++it)
        out.cohorts.append({analytics::isoWeek(it.key()), it.key(), it->members, shares(*it)});
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
        out.bySource.append({it.key(), {}, it->members, shares(*it)});
    return out;
}

} // namespace qundesk
