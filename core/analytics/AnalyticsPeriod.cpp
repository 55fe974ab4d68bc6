// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/AnalyticsPeriod.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

namespace qundesk {

namespace {
const QString kLowest = QStringLiteral("0000");
const QString kHighest = QStringLiteral("9999");
} // namespace

AnalyticsPeriod AnalyticsPeriod::of(const Database& db, const AnalyticsQuery& query) {
    AnalyticsPeriod period;
    period.groupId = query.groupId;
    period.from = query.from;
    period.to = query.to;
    period.zone = SettingsStore(db).timeZone();
    period.today = time::today(period.zone);
    return period;
}

QString AnalyticsPeriod::fromDay() const {
    return from.isValid() ? time::dayToStorage(from) : kLowest;
}

QString AnalyticsPeriod::toDay() const {
    return to.isValid() ? time::dayToStorage(to) : kHighest;
}

QString AnalyticsPeriod::fromAt() const {
    return from.isValid() ? time::dayStartToStorage(from, zone) : kLowest;
}

QString AnalyticsPeriod::toEnd() const {
    return to.isValid() ? time::dayStartToStorage(to.addDays(1), zone) : kHighest;
}

QVariantMap AnalyticsPeriod::binds() const {
    return {{QStringLiteral(":group"), groupId},
            {QStringLiteral(":from_day"), fromDay()},
            {QStringLiteral(":to_day"), toDay()},
            {QStringLiteral(":from_at"), fromAt()},
            {QStringLiteral(":to_end"), toEnd()}};
}

namespace analytics {

Result<QSqlQuery> run(const Database& db, const QString& statement, const QVariantMap& binds) {
    return sql::exec(db.connection(), statement, sql::bindsUsedBy(statement, binds));
}

QDate parseDay(const QString& text) {
    if (text.size() < 10)
        return {};
    const auto digits = [&text](int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; ++i) {
            const int d = text.at(i).unicode() - u'0';
            if (d < 0 || d > 9)
                return -1;
            value = value * 10 + d;
        }
        return value;
    };
    const int y = digits(0, 4);
    const int m = digits(5, 2);
    const int d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

QString isoWeek(const QDate& day) {
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(week, 2, 10, QLatin1Char('0'));
}

QDate weekStart(const QDate& day) {
    return day.addDays(1 - day.dayOfWeek());
}

} // namespace analytics

} // namespace qundesk
