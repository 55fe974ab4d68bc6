// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "rules/FanLevel.h"
#include "rules/Lifecycle.h"
#include "util/MoneyTotals.h"
#include "util/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace qundesk {

// One row of member_status as typed values: what MemberStatusUpdater computes and compares
// with what is stored, so that only members whose status really changed are written.
struct MemberStatusRow {
    qint64 memberId = 0;
    LifecycleStage stage = LifecycleStage::Growing;
    FanLevelState fan;
    MemberFacts facts;
    QString searchText; // lower-cased name, notes, phone, handles and nicknames
    bool isNew = false; // no row stored yet (nothing to replace)

    bool sameStatus(const MemberStatusRow& other) const;
};

// What one member looks like to the updater: the facts and search text from the workspace's
// tables, and the row stored in member_status (when there is one).
struct MemberStatusInput {
    MemberStatusRow current; // stage and fan level still to be computed
    bool hasStored = false;
    MemberStatusRow stored;
};

namespace memberstatus {

struct ReadScope {
    QList<qint64> onlyMembers;     // not empty: just these members
    bool refreshSearchText = true; // false: keep the stored search text (new rows get one)
    // Revenue counts orders in this currency only (the workspace's): amounts in different
    // currencies are never added.
    QString currency = money::kDefaultCurrency;
};

// The statement readInputs runs for `onlyMembers` members (0: every member), with placeholders
// :today, :since, :currency and :m0… (for the query-plan test).
QString readStatement(qsizetype onlyMembers, bool refreshSearchText);

// Reads every member (or one) in id order with one joined query over members, memberships,
// daily activity, orders, referrals, identities and member_status, and hands each to `each`;
// `each` returns false to stop (the read then reports no error).
Status readInputs(const QSqlDatabase& db, const QTimeZone& zone, const QDate& today,
                  const ReadScope& scope, const std::function<bool(MemberStatusInput&)>& each);

// The stage and fan level of `row` from its facts, and the fan level stored before (none for a
// new row).
void settle(MemberStatusRow& row, const FanLevelState& stored, const Thresholds& thresholds,
            const QDate& today);

// A member's search text: name, notes, phone, then each identity's handle and nickname
// (empty where missing), lower-cased — what readInputs builds in SQL.
QString searchText(const QString& name, const QString& notes, const QString& phone,
                   const QList<std::pair<QString, QString>>& identities);

} // namespace memberstatus

} // namespace qundesk
