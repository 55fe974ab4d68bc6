// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Group.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace qundesk {

class Database;

// Groups (chat_groups). Deleting a group deletes its memberships, messages and plans
// (ON DELETE CASCADE); archiving keeps them.
class GroupStore {
    Q_DECLARE_TR_FUNCTIONS(GroupStore)

public:
    explicit GroupStore(const Database& db);

    Result<qint64> create(const Group& group); // returns the new id
    // Stores a group that was removed again under its own id and creation time (the redo of
    // "create group"); fails when the id or the name is taken by now.
    Status restore(const Group& group);
    Status update(const Group& group);
    Status remove(qint64 id);

    Result<Group> get(qint64 id) const;
    Result<std::optional<Group>> findByName(const QString& name) const;
    Result<QList<Group>> list(bool includeArchived = true) const;
    // Every group's name by id, archived ones included (for showing stays and orders).
    Result<QHash<qint64, QString>> names() const;
    // Groups with the number of members currently in them, ordered by name.
    Result<QList<GroupSummary>> summaries(bool includeArchived = true) const;

private:
    Result<qint64> insert(const Group& group, qint64 id);

    QSqlDatabase m_db;
};

} // namespace qundesk
