// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariantMap>

namespace qundesk {

class Database;

// What every analytics series is asked for: one group (id > 0) or all groups (0), over the
// workspace days [from, to], both inclusive; an invalid day is an open bound.
struct AnalyticsQuery {
    qint64 groupId = 0;
    QDate from;
    QDate to;
};

// A period with its bounds as the statements compare them. Days (day columns) compare as
// text with fromDay..toDay; instants (joined_at, left_at, ordered_at) with [fromAt, toEnd),
// the UTC instants at which the first day and the day after the last day begin in the
// workspace zone. Open bounds become sentinels every stored value sorts between.
struct AnalyticsPeriod {
    qint64 groupId = 0;
    QDate from; // invalid = open
    QDate to;   // invalid = open
    QTimeZone zone;
    QDate today; // in `zone`, from time::now()

    static AnalyticsPeriod of(const Database& db, const AnalyticsQuery& query);

    QString fromDay() const;
    QString toDay() const;
    QString fromAt() const;
    QString toEnd() const;
    // :group, :from_day, :to_day, :from_at, :to_end
    QVariantMap binds() const;
    // The last day measured: `to`, or today when open.
    QDate endDay() const { return to.isValid() ? to : today; }
};

namespace analytics {

// Runs `statement` with the subset of `binds` it names.
Result<QSqlQuery> run(const Database& db, const QString& statement, const QVariantMap& binds);

// A stored day ("2026-05-03") as a QDate, without QDate::fromString's cost.
QDate parseDay(const QString& text);

// "2026-W18": the ISO week `day` belongs to.
QString isoWeek(const QDate& day);
// The Monday of `day`'s week.
QDate weekStart(const QDate& day);

} // namespace analytics

} // namespace qundesk
