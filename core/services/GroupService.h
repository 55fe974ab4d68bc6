// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Group.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace qundesk {

class Database;

// Groups: create, edit, archive and delete, each one transaction.
class GroupService {
    Q_DECLARE_TR_FUNCTIONS(GroupService)

public:
    // Stores a new group and returns the stored row (id, trimmed name, creation time).
    static Result<Group> create(const Database& db, const Group& group);
    // Writes a deleted group back as it was: same values, creation time and id.
    static Status restore(const Database& db, const Group& group);
    // Replaces the group's fields (same id).
    static Status update(const Database& db, const Group& group);
    // Archives (true) or unarchives a group.
    static Status setArchived(const Database& db, qint64 groupId, bool archived);
    // Deletes a group that has no members (the undo of create): a group with members is
    // refused, so an import into it is never lost.
    static Status removeEmpty(const Database& db, qint64 groupId);
};

} // namespace qundesk
