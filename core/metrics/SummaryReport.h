// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/MoneyTotals.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonObject>

namespace qundesk {

class Database;

// `report summary` (DESIGN.md CLI contract and Metrics): over [from, to] (workspace days,
// inclusive; invalid = open), for one group (id > 0) or all groups.
struct SummaryQuery {
    qint64 groupId = 0;
    QDate from;
    QDate to;
};

struct Summary {
    int groups = 0;
    int members = 0;       // distinct members present at the end of the period
    qint64 messages = 0;   // messages in the period
    int activeMembers = 0; // distinct members active at least once in the period
    int joins = 0;
    int leaves = 0;
    int buyers = 0; // distinct members with an order in the period
    int orders = 0;
    // Orders in the period: in the workspace currency, other currencies apart, never added.
    money::Totals revenue;

    // Keys of the CLI contract: "revenue" in units of the workspace currency, and
    // "revenue_other" the other currencies apart ({"USD": 12.5}; {} when none).
    QJsonObject toJson() const;
};

class SummaryReport {
public:
    static Result<Summary> compute(const Database& db, const SummaryQuery& query);

    // The statements compute() runs, in order, with placeholders :group, :from_day, :to_day,
    // :from_at and :to_end (for the query-plan test and the benchmarks).
    static QStringList statements();
};

} // namespace qundesk
