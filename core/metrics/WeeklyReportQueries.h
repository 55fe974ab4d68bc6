// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "metrics/WeeklyReport.h"

#include <QHash>
#include <QSqlDatabase>
#include <QTimeZone>

namespace qundesk {

// One group's numbers for one Monday–Sunday week.
struct GroupWeekNumbers {
    qint64 messages = 0;
    qint64 activeMembers = 0;
    qint64 membersAtEnd = 0;
    qint64 joins = 0;
    qint64 leaves = 0;
    qint64 buyers = 0;
    qint64 revenueCents = 0; // in the workspace currency
    QList<qint64> messagesPerDay = QList<qint64>(7, 0);
    QList<qint64> activePerDay = QList<qint64>(7, 0);
};

// What the Declining rule needs of one member as it stood at the end of one day.
struct MemberWeekFacts {
    qint64 memberId = 0;
    QString name;
    QString groups;    // the groups the member is in then, by name, comma-separated
    QDate firstJoined; // earliest join of a stay current then
    QDate lastMessage; // last day with a message up to then
    QDate lastOrder;   // last order up to then
};

// Every read of the weekly report, in one place: the days of core/analytics' ActivitySeries
// (messages, daily active members, joins, leaves, members present), and what it has no series
// for (distinct active members of a week, buyers and revenue per group, the member lists) from
// the daily aggregates kept at import (member_day_activity), stays and orders. Instants are
// compared with the first instant of workspace days (time::dayStartToStorage), so weeks follow the
// workspace zone.
class WeeklyReportQueries {
public:
    WeeklyReportQueries(const Database& db, QTimeZone zone);

    Result<QList<std::pair<qint64, QString>>> groups() const; // active groups, by name
    Result<GroupWeekNumbers> groupWeek(qint64 groupId, const QDate& monday) const;
    Result<QList<WeeklyMemberLine>> topContributors(const QDate& monday, int limit) const;
    // Stays begun in the week and still current, without any message in that group.
    Result<QList<WeeklyMemberLine>> newLurkers(const QDate& monday) const;
    // Every member in a group at the end of `day`.
    Result<QHash<qint64, MemberWeekFacts>> memberFacts(const QDate& day) const;

private:
    QString start(const QDate& day) const; // the stored instant `day` begins

    const Database& m_database;
    QSqlDatabase m_db;
    QTimeZone m_zone;
    QString m_currency;
};

} // namespace qundesk
