// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "commands/MemberCommands.h"

#include "db/Database.h"
#include "dialogs/MessageBoxes.h"
#include "services/MembershipService.h"
#include "shell/WorkspaceController.h"

namespace qundesk {

namespace {

void report(const QString& title, const Status& status) {
    if (!status)
        MessageBoxes::error(nullptr, title, status.error().toString());
}

} // namespace

// ---- AddMemberCommand

AddMemberCommand::AddMemberCommand(WorkspaceController& workspace, NewMemberInput input,
                                   QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
    , m_input(std::move(input)) {
    setText(tr("Add member “%1”").arg(m_input.name));
}

void AddMemberCommand::redo() {
    const Database* db = m_workspace.database();
    Status status;
    if (!db) {
        status = Error{tr("No workspace is open."), {}, 0};
    } else if (m_snapshot) {
        status = MemberService::restore(*db, *m_snapshot);
    } else if (auto id = MemberService::create(*db, m_input); id) {
        m_memberId = id.value();
    } else {
        status = id.error();
    }
    if (!status) {
        report(tr("Could not add the member"), status);
        setObsolete(true);
        return;
    }
    m_snapshot.reset();
    m_workspace.notifyDataChanged();
}

void AddMemberCommand::undo() {
    const Database* db = m_workspace.database();
    if (!db || m_memberId == 0)
        return;
    auto snapshot = MemberService::remove(*db, {m_memberId});
    if (!snapshot) {
        report(tr("Could not undo adding the member"), snapshot.error());
        return;
    }
    m_snapshot = std::move(snapshot).value();
    m_workspace.notifyDataChanged();
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
    auto snapshot = MemberService::remove(*db, m_memberIds);
    if (!snapshot) {
        report(tr("Could not delete the members"), snapshot.error());
        setObsolete(true);
        return;
    }
    m_snapshot = std::move(snapshot).value();
    m_workspace.notifyDataChanged();
}

void DeleteMembersCommand::undo() {
    const Database* db = m_workspace.database();
    if (!db || !m_snapshot)
        return;
    if (auto s = MemberService::restore(*db, *m_snapshot); !s) {
        report(tr("Could not restore the members"), s);
        return;
    }
    m_snapshot.reset();
    m_workspace.notifyDataChanged();
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

void BulkTagCommand::redo() {
    const Database* db = m_workspace.database();
    Status status;
    if (!db) {
        status = Error{tr("No workspace is open."), {}, 0};
    } else if (m_mode == Mode::Tag) {
        auto tagged = MemberTagService::tagByName(*db, m_memberIds, m_tagName);
        if (tagged)
            m_tagged = std::move(tagged).value();
        else
            status = tagged.error();
    } else {
        auto untagged = MemberTagService::untagByName(*db, m_memberIds, m_tagName);
        if (untagged)
            m_untagged = std::move(untagged).value();
        else
            status = untagged.error();
    }
    if (!status) {
        report(m_mode == Mode::Tag ? tr("Could not tag the members")
                                   : tr("Could not untag the members"),
               status);
        setObsolete(true);
        return;
    }
    m_workspace.notifyDataChanged();
}

void BulkTagCommand::undo() {
    const Database* db = m_workspace.database();
    if (!db)
        return;
    Status status;
    if (m_mode == Mode::Tag && m_tagged)
        status = MemberTagService::undoTag(*db, *m_tagged);
    else if (m_mode == Mode::Untag && m_untagged)
        status = MemberTagService::undoUntag(*db, *m_untagged);
    report(tr("Could not undo the tagging"), status);
    m_workspace.notifyDataChanged();
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
    auto joined = MembershipService::addToGroup(*db, m_memberIds, m_groupId, m_role);
    if (!joined) {
        report(tr("Could not add the members to the group"), joined.error());
        setObsolete(true);
        return;
    }
    m_membershipIds = joined.value();
    m_workspace.notifyDataChanged();
}

void AddToGroupCommand::undo() {
    const Database* db = m_workspace.database();
    if (!db)
        return;
    report(tr("Could not undo adding the members to the group"),
           MembershipService::removeStays(*db, m_membershipIds));
    m_workspace.notifyDataChanged();
}

} // namespace qundesk
