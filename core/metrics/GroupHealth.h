// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/MoneyTotals.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace qundesk {

class Database;

// Traffic light of a health score: good >= 70, watch >= 45, poor below.
enum class HealthLight { Good, Watch, Poor };

// The health of one group on one workspace day `D` (DESIGN.md "Metrics"). Windows end with D
// and include it: the 7-day window is D-6..D, the 30-day window D-29..D, both in the workspace
// time zone (SettingsStore::timeZone), so a message at 23:30 local time on D counts on D.
struct GroupHealth {
    qint64 groupId = 0;
    int capacity = 0;
    // Present at the end of D: joined on or before D and not left by then
    // (MembershipStore::countPresent).
    int members = 0;
    // Present members with at least one active day (member_day_activity) in the 7-day window.
    // Counting only present members keeps the rate within 0..1.
    int active7 = 0;
    int joins30 = 0;  // stays that began in the 30-day window
    int leaves30 = 0; // stays that ended in the 30-day window
    // Buyers: present members with at least one order attributed to this group
    // (orders.group_id) in the 30-day window. Orders without a group count for no group:
    // attributing them to every group the buyer sits in would count one sale several times.
    int buyers30 = 0;
    // Every order attributed to the group in the 30-day window: in the workspace currency
    // (SettingsStore::currency), other currencies apart.
    money::Totals revenue30;

    int netGrowth30() const { return joins30 - leaves30; }
    double capacityUse() const; // members / capacity; 0 when the capacity is 0 (unknown)
    double activeRate() const;  // active7 / members; 0 for an empty group
    double conversion() const;  // buyers30 / members; 0 for an empty group

    // 0..100, the weighted sum of four parts, each scaled to 0..1:
    //   40 × activity    = min(activeRate / 0.40, 1)    (40 % weekly active is a lively group)
    //   20 × growth      = clamp(0.5 + netGrowth30 / members / 0.20, 0, 1)
    //                      (flat = 0.5; +10 % of the members in 30 days = 1; -10 % = 0)
    //   25 × conversion  = min(conversion / 0.10, 1)     (10 % buyers in 30 days is strong)
    //   15 × capacity    = 1 up to 85 % full, falling linearly to 0 at 100 % (a full group
    //                      stops growing); 1 when the capacity is unknown.
    // Rounded to the nearest integer. An empty group scores only its capacity part (15).
    int score() const;
    HealthLight light() const;
};

HealthLight healthLight(int score);

class GroupHealthReport {
    Q_DECLARE_TR_FUNCTIONS(GroupHealthReport)

public:
    // One entry per group (archived ones included), ordered by group name. One query per
    // metric over all groups; each reads the groups' index ranges of the window (the day
    // activity by group and day, orders by time), never a whole table of messages or
    // activity, so the cost follows the window, not the workspace's history.
    static Result<QList<GroupHealth>> compute(const Database& db, const QDate& today);

    // The statements compute() runs, in order, with placeholders :end, :from30_at,
    // :from7_day and :today (for the query-plan test and the benchmarks).
    static QStringList statements();
};

} // namespace qundesk
