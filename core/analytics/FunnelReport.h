// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/AnalyticsPeriod.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace qundesk {

// The conversion funnel of a period (DESIGN.md "Metrics"). Every stage counts members of the
// base: members with a stay in the group (any group for 0) at some time in the period.
// - engaged: active (a message) at least once in the period, in the group;
// - buyers: an order in the period attributed to the group (orders.group_id; any order for
//   all groups). Stages are counted each by its own rule, so a lurker who buys is a buyer
//   without being engaged;
// - repeat buyers: buyers with two or more orders in all (any group) up to the period's end.
struct FunnelCounts {
    int members = 0;
    int engaged = 0;
    int buyers = 0;
    int repeatBuyers = 0;

    double conversion() const { return members > 0 ? double(buyers) / members : 0.0; }
};

struct SourceFunnel {
    QString source; // source channel key; empty = none recorded
    FunnelCounts counts;
};

struct GroupFunnel {
    qint64 groupId = 0;
    QString name;
    FunnelCounts counts;
};

struct Funnel {
    FunnelCounts total;
    QList<SourceFunnel> bySource; // sorted by key, the empty source first

    // The CLI contract: {"stages": [{"stage", "members"}], "by_source": [{"source",
    // "members", "engaged", "buyers", "repeat_buyers"}]}; stage keys are members, engaged,
    // buyers, repeat_buyers.
    QJsonObject toJson() const;
};

class FunnelReport {
    Q_DECLARE_TR_FUNCTIONS(FunnelReport)

public:
    static Result<Funnel> compute(const Database& db, const AnalyticsQuery& query);
    // One funnel per group (archived ones included), by name; query.groupId is ignored.
    static Result<QList<GroupFunnel>> perGroup(const Database& db, const AnalyticsQuery& query);

    static QStringList stageKeys();
    static QString stageLabel(const QString& key); // translated
    static QStringList statements();
};

} // namespace qundesk
