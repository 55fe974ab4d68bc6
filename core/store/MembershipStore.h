// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Member.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

#include <optional>

namespace qundesk {

class Database;

// Stays of members in groups (memberships). A member is in a group at most once at a time:
// a new join while a stay is open is refused; after leaving, a new join opens a second stay.
class MembershipStore {
    Q_DECLARE_TR_FUNCTIONS(MembershipStore)

public:
    explicit MembershipStore(const Database& db);

    // joinedAt invalid = now. role is one of role::keys().
    Result<qint64> join(qint64 groupId, qint64 memberId,
                        const QString& role = QStringLiteral("member"),
                        const QDateTime& joinedAt = {});
    // kind is "left" or "removed"; leftAt invalid = now, never before the join.
    Status leave(qint64 membershipId, const QDateTime& leftAt = {},
                 const QString& kind = QStringLiteral("left"));
    // Undoes leave(): the same stay is open again (left_at and leave_kind cleared). Refused
    // while the member has another open stay in the group.
    Status reopen(qint64 membershipId);
    Status setRole(qint64 membershipId, const QString& role);
    Status remove(qint64 membershipId); // forgets a stay recorded by mistake

    Result<Membership> get(qint64 membershipId) const;
    // Every stay of a member, newest join first.
    Result<QList<Membership>> listForMember(qint64 memberId) const;
    // Stays in a group ordered by join time; without includeLeft only the open ones.
    Result<QList<Membership>> listForGroup(qint64 groupId, bool includeLeft = false) const;
    Result<std::optional<Membership>> currentMembership(qint64 groupId, qint64 memberId) const;

    // Members present in the group on `day` in `zone`: joined on or before that day and not yet
    // left at its end (a member who leaves during the day no longer counts for it).
    Result<int> countPresent(qint64 groupId, const QDate& day, const QTimeZone& zone) const;

private:
    QSqlDatabase m_db;
};

} // namespace qundesk
