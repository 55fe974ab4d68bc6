// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/MemberService.h"

#include "rules/MemberRefresh.h"
#include "services/ServiceTransaction.h"
#include "store/MemberStore.h"
#include "store/MembershipStore.h"

namespace qundesk {

Result<qint64> MemberService::create(const Database& db, const NewMemberInput& input) {
    return services::inTransaction(db, [&]() -> Result<qint64> {
        Member member;
        member.displayName = input.name.trimmed();
        member.sourceChannel = input.source;
        MemberStore members(db);
        auto id = members.create(member);
        if (!id)
            return id.error();
        if (!input.handle.trimmed().isEmpty()) {
            MemberIdentity identity;
            identity.memberId = id.value();
            identity.platform = input.platform.isEmpty() ? QStringLiteral("other") : input.platform;
            identity.handle = input.handle.trimmed();
            identity.nickname = member.displayName;
            if (auto added = members.addIdentity(identity); !added)
                return added.error();
        }
        if (input.groupId > 0) {
            if (auto joined = MembershipStore(db).join(input.groupId, id.value(), input.role);
                !joined)
                return joined.error();
        }
        if (auto refreshed = memberrefresh::afterEdit(db, {id.value()}); !refreshed)
            return refreshed.error();
        return id.value();
    });
}

Status MemberService::update(const Database& db, const Member& member) {
    return services::inTransaction(db, [&]() -> Status {
        if (auto s = MemberStore(db).update(member); !s)
            return s;
        return memberrefresh::afterEdit(db, {member.id});
    });
}

Result<MemberSnapshot> MemberService::remove(const Database& db, const QList<qint64>& memberIds) {
    return services::inTransaction(db, [&]() -> Result<MemberSnapshot> {
        auto snapshot = MemberSnapshot::captureAndRemove(db, memberIds);
        if (!snapshot)
            return snapshot.error();
        // Referrals and linked people of others may have changed with them.
        if (auto s = memberrefresh::afterEdit(db, {}); !s)
            return s.error();
        return snapshot;
    });
}

Status MemberService::restore(const Database& db, const MemberSnapshot& snapshot) {
    return services::inTransaction(db, [&]() -> Status {
        if (auto s = snapshot.restore(db); !s)
            return s;
        return memberrefresh::afterEdit(db, {}); // their status rows come back as they were
    });
}

Status MemberService::erasePersonalData(const Database& db, qint64 memberId) {
    return services::inTransaction(db, [&]() -> Status {
        if (auto s = MemberStore(db).erasePersonalData(memberId); !s)
            return s;
        return memberrefresh::afterEdit(db, {memberId});
    });
}

} // namespace qundesk
