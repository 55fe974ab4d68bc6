// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>

namespace qundesk {

class Database;

// Stays of members in groups: adding members to a group, a member's role, leaving and
// coming back. Each call is one transaction with the members' status and rule tags refreshed.
class MembershipService {
public:
    // Opens a stay in `groupId` for each member not in it now; returns the new stays' ids
    // (members already in the group are left alone).
    static Result<QList<qint64>> addToGroup(const Database& db, const QList<qint64>& memberIds,
                                            qint64 groupId,
                                            const QString& role = QStringLiteral("member"));
    // Forgets stays (the undo of addToGroup).
    static Status removeStays(const Database& db, const QList<qint64>& stayIds);

    static Status setRole(const Database& db, qint64 stayId, const QString& role);
    // Ends a stay at `leftAt` (invalid = now).
    static Status leave(const Database& db, qint64 stayId, const QDateTime& leftAt = {});
    // Opens an ended stay again (the undo of leave).
    static Status reopen(const Database& db, qint64 stayId);
};

} // namespace qundesk
