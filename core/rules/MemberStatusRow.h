// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "rules/FanLevel.h"
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
};

// Reads every member (or one) in id order with one joined query over members, memberships,
// daily activity, orders, referrals, identities and member_status, and hands each to `each`;
// `each` returns false to stop (the read then reports no error).
Status readInputs(const QSqlDatabase& db, const QTimeZone& zone, const QDate& today,
                  const ReadScope& scope, const std::function<bool(MemberStatusInput&)>& each);

// Replaces the member_status rows of `rows` (delete where one is stored, then multi-row
// inserts), stamped as computed on `today`. Runs inside the caller's transaction.
Status writeRows(const QSqlDatabase& db, const QList<MemberStatusRow>& rows, const QDate& today);

} // namespace memberstatus

} // namespace qundesk
