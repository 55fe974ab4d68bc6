// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/GroupService.h"

#include "services/ServiceTransaction.h"
#include "store/GroupStore.h"
#include "store/MembershipStore.h"

namespace qundesk {

Result<Group> GroupService::create(const Database& db, const Group& group) {
    return services::inTransaction(db, [&]() -> Result<Group> {
        GroupStore store(db);
        Group fresh = group;
        fresh.id = 0;
        auto id = store.create(fresh);
        if (!id)
            return id.error();
        return store.get(id.value());
    });
}

Status GroupService::restore(const Database& db, const Group& group) {
    return services::inTransaction(db, [&]() -> Status { return GroupStore(db).restore(group); });
}

Status GroupService::update(const Database& db, const Group& group) {
    return services::inTransaction(db, [&]() -> Status { return GroupStore(db).update(group); });
}

Status GroupService::setArchived(const Database& db, qint64 groupId, bool archived) {
    return services::inTransaction(db, [&]() -> Status {
        GroupStore store(db);
        auto group = store.get(groupId);
        if (!group)
            return group.error();
        Group changed = group.value();
        changed.archived = archived;
        return store.update(changed);
    });
}

Status GroupService::removeEmpty(const Database& db, qint64 groupId) {
    return services::inTransaction(db, [&]() -> Status {
        GroupStore store(db);
        auto group = store.get(groupId);
        if (!group)
            return group.error();
        auto stays = MembershipStore(db).listForGroup(groupId, true);
        if (!stays)
            return stays.error();
        if (!stays->isEmpty())
            return Error{
                tr("“%1” has members now: archive it instead of removing it.").arg(group->name),
                {},
                0};
        return store.remove(groupId);
    });
}

} // namespace qundesk
