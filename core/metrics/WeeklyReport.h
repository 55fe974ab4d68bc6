// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace qundesk {

class Database;

// A number of the report's week and of the week before.
struct WeekKpi {
    qint64 current = 0;
    qint64 previous = 0;
};

// One group's week (days are workspace days; DESIGN.md "Metrics").
struct WeeklyGroupKpis {
    qint64 groupId = 0;
    QString name;
    WeekKpi messages;      // every message posted in the group
    WeekKpi activeMembers; // members with at least one message in the week
    WeekKpi members;       // members present at the end of the week (Sunday)
    WeekKpi joins;
    WeekKpi leaves;
    WeekKpi buyers;               // members with an order in the week attributed to the group
    WeekKpi revenueCents;         // of those orders, in the workspace currency
    QList<qint64> messagesPerDay; // Monday … Sunday of the report's week
    QList<qint64> activePerDay;   // daily active members, Monday … Sunday

    // Active members / members present at the end of the week, in percent (0 without members).
    static double rate(qint64 active, qint64 members) {
        return members > 0 ? 100.0 * double(active) / double(members) : 0.0;
    }
    double activeRate() const { return rate(activeMembers.current, members.current); }
    double previousActiveRate() const { return rate(activeMembers.previous, members.previous); }
};

// A member named in one of the report's lists.
struct WeeklyMemberLine {
    qint64 memberId = 0;
    QString name;
    QString group;
    qint64 messages = 0; // top contributors: messages in the week
    QDate day;           // lurkers: the day they joined; Declining: the day their silence began
};

// Everything the weekly report (周报) shows, computed from the workspace: plain numbers, so the
// PDF painter and the tests read the same model.
struct WeeklyReportData {
    static constexpr int kTopContributors = 10;
    static constexpr int kMaxListed = 50; // per member list; the totals count them all

    QDate monday;
    QString currency; // the workspace's
    QString zoneId;
    QList<WeeklyGroupKpis> groups; // the active groups, by name
    QList<WeeklyMemberLine> topContributors;
    QList<WeeklyMemberLine> newLurkers; // joined in the week and never posted in that group
    int newLurkersTotal = 0;
    QList<WeeklyMemberLine> turnedDeclining; // Declining on Sunday, not on the Sunday before
    int turnedDecliningTotal = 0;

    QDate sunday() const { return monday.addDays(6); }
};

namespace weeklyreport {

// "2026-W48" (ISO 8601 week) → its Monday; none when the text is not such a week.
std::optional<QDate> parseIsoWeek(const QString& text);
// The ISO week `day` lies in, as "2026-W48".
QString isoWeekName(const QDate& day);
// The Monday of the last full Monday–Sunday week before `today` (today's week is not over).
QDate lastFullWeek(const QDate& today);

// The report of the week starting `monday` (in the workspace's zone).
Result<WeeklyReportData> compute(const Database& db, const QDate& monday);

} // namespace weeklyreport

} // namespace qundesk
