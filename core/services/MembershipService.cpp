// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/MembershipService.h"

#include "model/Member.h"
#include "rules/MemberRefresh.h"
#include "services/ServiceTransaction.h"
#include "sop/SopEngine.h"
#include "store/SettingsStore.h"
#include "util/Time.h"
#include "store/MembershipStore.h"

#include <functional>

namespace qundesk {

namespace {

// Runs `change` on one stay and refreshes its member, in one transaction.
Status changeStay(const Database& db, qint64 stayId,
                  const std::function<Status(MembershipStore&)>& change) {
    return services::inTransaction(db, [&]() -> Status {
        MembershipStore stays(db);
        auto stay = stays.get(stayId);
        if (!stay)
            return stay.error();
        if (auto s = change(stays); !s)
            return s;
        return memberrefresh::afterEdit(db, {stay->memberId});
    });
}

} // namespace

Result<QList<qint64>> MembershipService::addToGroup(const Database& db,
                                                    const QList<qint64>& memberIds, qint64 groupId,
                                                    const QString& role) {
    return services::inTransaction(db, [&]() -> Result<QList<qint64>> {
        MembershipStore stays(db);
        QList<qint64> joined;
        for (qint64 id : memberIds) {
            auto current = stays.currentMembership(groupId, id);
            if (!current)
                return current.error();
            if (current->has_value())
                continue; // already in the group: nothing to add or to undo
            auto stay = stays.join(groupId, id, role);
            if (!stay)
                return stay.error();
            joined << stay.value();
        }
        if (auto s = memberrefresh::afterEdit(db, memberIds); !s)
            return s.error();
        // Newcomers get the tasks of the SOPs running on the group.
        if (!joined.isEmpty()) {
            const QDate today = time::today(SettingsStore(db).timeZone());
            if (auto s = sop::SopEngine::refreshAll(db, today, groupId); !s)
                return s.error();
        }
        return joined;
    });
}

Status MembershipService::removeStays(const Database& db, const QList<qint64>& stayIds) {
    return services::inTransaction(db, [&]() -> Status {
        MembershipStore stays(db);
        QList<qint64> members;
        for (qint64 id : stayIds) {
            auto stay = stays.get(id);
            if (!stay)
                return stay.error();
            members << stay->memberId;
            if (auto s = stays.remove(id); !s)
                return s;
        }
        return memberrefresh::afterEdit(db, members);
    });
}

Status MembershipService::setRole(const Database& db, qint64 stayId, const QString& role) {
    return changeStay(db, stayId,
                      [&](MembershipStore& stays) { return stays.setRole(stayId, role); });
}

Status MembershipService::leave(const Database& db, qint64 stayId, const QDateTime& leftAt) {
    return changeStay(db, stayId,
                      [&](MembershipStore& stays) { return stays.leave(stayId, leftAt); });
}

Status MembershipService::reopen(const Database& db, qint64 stayId) {
    return changeStay(db, stayId, [&](MembershipStore& stays) { return stays.reopen(stayId); });
}

} // namespace qundesk
