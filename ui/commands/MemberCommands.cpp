// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "commands/MemberCommands.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "dialogs/MessageBoxes.h"
#include "rules/MemberRefresh.h"
#include "shell/WorkspaceController.h"
#include "store/MemberStore.h"
#include "store/MembershipStore.h"
#include "store/TagStore.h"

#include <QSet>

namespace qundesk {

namespace {

void report(const QString& title, const Status& status) {
    if (!status)
        MessageBoxes::error(nullptr, title, status.error().toString());
}

} // namespace

void refreshAfterMemberEdit(WorkspaceController& workspace, const QList<qint64>& memberIds) {
    if (const Database* db = workspace.database())
        report(QCoreApplication::translate("MemberCommands",
                                           "Could not update stages and automatic tags"),
               memberrefresh::afterEdit(*db, memberIds));
    workspace.notifyDataChanged();
}

// ---- AddMemberCommand

AddMemberCommand::AddMemberCommand(WorkspaceController& workspace, NewMemberInput input,
                                   QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
    , m_input(std::move(input)) {
    setText(tr("Add member “%1”").arg(m_input.name));
}

Status AddMemberCommand::create(const Database& db) {
    Transaction tx(db.connection());
    if (!tx.isActive())
        return tx.beginError();
    Member member;
    member.displayName = m_input.name.trimmed();
    member.sourceChannel = m_input.source;
    MemberStore members(db);
    auto id = members.create(member);
    if (!id)
        return id.error();
    if (!m_input.handle.trimmed().isEmpty()) {
        MemberIdentity identity;
        identity.memberId = id.value();
        identity.platform = m_input.platform.isEmpty() ? QStringLiteral("other") : m_input.platform;
        identity.handle = m_input.handle.trimmed();
        identity.nickname = member.displayName;
        if (auto added = members.addIdentity(identity); !added)
            return added.error();
    }
    if (m_input.groupId > 0) {
        if (auto joined = MembershipStore(db).join(m_input.groupId, id.value(), m_input.role);
            !joined)
            return joined.error();
    }
    if (auto s = tx.commit(); !s)
        return s;
    m_memberId = id.value();
    return {};
}

void AddMemberCommand::redo() {
    const Database* db = m_workspace.database();
    Status status = db ? (m_snapshot ? m_snapshot->restore(*db) : create(*db))
                       : Status(Error{tr("No workspace is open."), {}, 0});
    if (!status) {
        report(tr("Could not add the member"), status);
        setObsolete(true);
        return;
    }
    m_snapshot.reset();
    refreshAfterMemberEdit(m_workspace, {m_memberId});
}

void AddMemberCommand::undo() {
    const Database* db = m_workspace.database();
    if (!db || m_memberId == 0)
        return;
    auto snapshot = MemberSnapshot::captureAndRemove(*db, {m_memberId});
    if (!snapshot) {
        report(tr("Could not undo adding the member"), snapshot.error());
        return;
    }
    m_snapshot = std::move(snapshot).value();
    refreshAfterMemberEdit(m_workspace, {});
}

// ---- DeleteMembersCommand

DeleteMembersCommand::DeleteMembersCommand(WorkspaceController& workspace, QList<qint64> memberIds,
                                           QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
    , m_memberIds(std::move(memberIds)) {
    setText(tr("Delete %n member(s)", "", static_cast<int>(m_memberIds.size())));
}

void DeleteMembersCommand::redo() {
    const Database* db = m_workspace.database();
    if (!db) {
        setObsolete(true);
        return;
    }
    auto snapshot = MemberSnapshot::captureAndRemove(*db, m_memberIds);
    if (!snapshot) {
        report(tr("Could not delete the members"), snapshot.error());
        setObsolete(true);
        return;
    }
    m_snapshot = std::move(snapshot).value();
    refreshAfterMemberEdit(m_workspace, {});
}

void DeleteMembersCommand::undo() {
    const Database* db = m_workspace.database();
    if (!db || !m_snapshot)
        return;
    if (auto s = m_snapshot->restore(*db); !s) {
        report(tr("Could not restore the members"), s);
        return;
    }
    m_snapshot.reset();
    refreshAfterMemberEdit(m_workspace, {});
}

// ---- BulkTagCommand

BulkTagCommand::BulkTagCommand(WorkspaceController& workspace, QList<qint64> memberIds,
                               QString tagName, Mode mode, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
    , m_memberIds(std::move(memberIds))
    , m_tagName(std::move(tagName).trimmed())
    , m_mode(mode) {
    const int n = static_cast<int>(m_memberIds.size());
    setText(mode == Mode::Tag ? tr("Tag %n member(s) “%1”", "", n).arg(m_tagName)
                              : tr("Untag %n member(s) “%1”", "", n).arg(m_tagName));
}

Status BulkTagCommand::tag(const Database& db) {
    Transaction tx(db.connection());
    if (!tx.isActive())
        return tx.beginError();
    TagStore tags(db);
    Tag wanted;
    wanted.name = m_tagName;
    auto tagId = tags.findOrCreate(wanted, &m_createdTag);
    if (!tagId)
        return tagId.error();
    m_tagId = *tagId;
    auto had = MemberTagRows::capture(db, m_memberIds, m_tagId);
    if (!had)
        return had.error();
    const QList<qint64> before = had->memberIds();
    const QSet<qint64> hadTag(before.cbegin(), before.cend());
    if (auto assigned = tags.assign(m_memberIds, m_tagId, QStringLiteral("manual")); !assigned)
        return assigned.error();
    m_added.clear();
    for (qint64 id : m_memberIds) {
        if (!hadTag.contains(id))
            m_added << id;
    }
    return tx.commit();
}

Status BulkTagCommand::untag(const Database& db) {
    Transaction tx(db.connection());
    if (!tx.isActive())
        return tx.beginError();
    TagStore tags(db);
    auto found = tags.findByName(m_tagName);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("There is no tag “%1”.").arg(m_tagName), {}, 0};
    m_tagId = (*found)->id;
    auto rows = MemberTagRows::capture(db, m_memberIds, m_tagId);
    if (!rows)
        return rows.error();
    m_removed = std::move(rows).value();
    if (auto removed = tags.unassign(m_memberIds, m_tagId); !removed)
        return removed.error();
    return tx.commit();
}

void BulkTagCommand::redo() {
    const Database* db = m_workspace.database();
    Status status = !db                   ? Status(Error{tr("No workspace is open."), {}, 0})
                    : m_mode == Mode::Tag ? tag(*db)
                                          : untag(*db);
    if (!status) {
        report(m_mode == Mode::Tag ? tr("Could not tag the members")
                                   : tr("Could not untag the members"),
               status);
        setObsolete(true);
        return;
    }
    refreshAfterMemberEdit(m_workspace, m_memberIds);
}

void BulkTagCommand::undo() {
    const Database* db = m_workspace.database();
    if (!db)
        return;
    Status status;
    if (m_mode == Mode::Tag) {
        TagStore tags(*db);
        if (m_createdTag)
            status = tags.remove(m_tagId); // its assignments go with it
        else if (auto removed = tags.unassign(m_added, m_tagId); !removed)
            status = removed.error();
    } else if (m_removed) {
        status = m_removed->restore(*db);
    }
    report(tr("Could not undo the tagging"), status);
    refreshAfterMemberEdit(m_workspace, m_memberIds);
}

// ---- AddToGroupCommand

AddToGroupCommand::AddToGroupCommand(WorkspaceController& workspace, QList<qint64> memberIds,
                                     qint64 groupId, const QString& groupName, const QString& role,
                                     QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
    , m_memberIds(std::move(memberIds))
    , m_groupId(groupId)
    , m_role(role) {
    setText(
        tr("Add %n member(s) to “%1”", "", static_cast<int>(m_memberIds.size())).arg(groupName));
}

void AddToGroupCommand::redo() {
    const Database* db = m_workspace.database();
    if (!db) {
        setObsolete(true);
        return;
    }
    Status status;
    {
        Transaction tx(db->connection());
        MembershipStore memberships(*db);
        QList<qint64> joined;
        for (qint64 id : m_memberIds) {
            auto current = memberships.currentMembership(m_groupId, id);
            if (!current) {
                status = current.error();
                break;
            }
            if (current->has_value())
                continue; // already in the group: nothing to add or to undo
            auto stay = memberships.join(m_groupId, id, m_role);
            if (!stay) {
                status = stay.error();
                break;
            }
            joined << stay.value();
        }
        if (status)
            status = tx.isActive() ? tx.commit() : Status(tx.beginError());
        if (status)
            m_membershipIds = joined;
    }
    if (!status) {
        report(tr("Could not add the members to the group"), status);
        setObsolete(true);
        return;
    }
    refreshAfterMemberEdit(m_workspace, m_memberIds);
}

void AddToGroupCommand::undo() {
    const Database* db = m_workspace.database();
    if (!db)
        return;
    Status status;
    {
        Transaction tx(db->connection());
        MembershipStore memberships(*db);
        for (qint64 id : std::as_const(m_membershipIds)) {
            if (status = memberships.remove(id); !status)
                break;
        }
        if (status)
            status = tx.commit();
    }
    report(tr("Could not undo adding the members to the group"), status);
    refreshAfterMemberEdit(m_workspace, m_memberIds);
}

} // namespace qundesk
