// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "commands/MemberEditCommands.h"

#include "db/Database.h"
#include "dialogs/MessageBoxes.h"
#include "services/MemberService.h"
#include "services/MembershipService.h"
#include "services/OrderService.h"
#include "shell/WorkspaceController.h"

namespace qundesk {

MemberCommand::MemberCommand(WorkspaceController& workspace, qint64 memberId, const QString& text)
    : m_workspace(workspace)
    , m_memberId(memberId) {
    setText(text);
}

Database& MemberCommand::db() const {
    return *m_workspace.database();
}

bool MemberCommand::check(const Status& status) {
    if (status)
        return true;
    MessageBoxes::error(nullptr, tr("Cannot change the member"), status.error().toString());
    return false;
}

void MemberCommand::redo() {
    if (!m_workspace.database())
        return;
    if (!apply()) {
        if (!m_done)
            setObsolete(true); // never applied: the stack drops it
        return;
    }
    m_done = true;
    refresh();
}

void MemberCommand::undo() {
    if (!m_workspace.database())
        return;
    if (revert())
        refresh();
}

// The services brought the member's stage, fan level and rule tags up to date.
void MemberCommand::refresh() {
    m_workspace.notifyDataChanged();
}

EditMemberCommand::EditMemberCommand(WorkspaceController& workspace, const Member& before,
                                     const Member& after)
    : MemberCommand(workspace, after.id, tr("Edit member “%1”").arg(after.displayName))
    , m_before(before)
    , m_after(after) {}

bool EditMemberCommand::apply() {
    return check(MemberService::update(db(), m_after));
}

bool EditMemberCommand::revert() {
    return check(MemberService::update(db(), m_before));
}

LinkMembersCommand::LinkMembersCommand(WorkspaceController& workspace, qint64 member, qint64 other)
    : MemberCommand(workspace, member, tr("Link members"))
    , m_other(other) {}

bool LinkMembersCommand::apply() {
    auto linked = MemberLinkService::link(db(), m_memberId, m_other);
    if (!linked)
        return check(linked.error());
    m_linked = std::move(linked).value();
    return true;
}

bool LinkMembersCommand::revert() {
    return check(MemberLinkService::undoLink(db(), m_linked));
}

UnlinkMemberCommand::UnlinkMemberCommand(WorkspaceController& workspace, qint64 member)
    : MemberCommand(workspace, member, tr("Unlink member")) {}

bool UnlinkMemberCommand::apply() {
    auto unlinked = MemberLinkService::unlink(db(), m_memberId);
    if (!unlinked)
        return check(unlinked.error());
    m_unlinked = unlinked.value();
    return true;
}

bool UnlinkMemberCommand::revert() {
    return check(MemberLinkService::undoUnlink(db(), m_unlinked));
}

AddOrderCommand::AddOrderCommand(WorkspaceController& workspace, const Order& order)
    : MemberCommand(workspace, order.memberId, tr("Add order"))
    , m_order(order) {}

bool AddOrderCommand::apply() {
    m_order.id = 0;
    auto id = OrderService::add(db(), m_order);
    if (!id)
        return check(id.error());
    m_order.id = id.value();
    return true;
}

bool AddOrderCommand::revert() {
    auto removed = OrderService::remove(db(), m_order.id);
    return removed ? true : check(removed.error());
}

RemoveOrderCommand::RemoveOrderCommand(WorkspaceController& workspace, const Order& order)
    : MemberCommand(workspace, order.memberId, tr("Delete order"))
    , m_order(order) {}

bool RemoveOrderCommand::apply() {
    auto removed = OrderService::remove(db(), m_order.id);
    return removed ? true : check(removed.error());
}

bool RemoveOrderCommand::revert() {
    auto id = OrderService::add(db(), m_order);
    if (!id)
        return check(id.error());
    m_order.id = id.value();
    return true;
}

SetMembershipRoleCommand::SetMembershipRoleCommand(WorkspaceController& workspace,
                                                   const Membership& stay, const QString& role)
    : MemberCommand(workspace, stay.memberId, tr("Change role to %1").arg(role::label(role)))
    , m_stayId(stay.id)
    , m_before(stay.role)
    , m_after(role) {}

bool SetMembershipRoleCommand::apply() {
    return check(MembershipService::setRole(db(), m_stayId, m_after));
}

bool SetMembershipRoleCommand::revert() {
    return check(MembershipService::setRole(db(), m_stayId, m_before));
}

LeaveGroupCommand::LeaveGroupCommand(WorkspaceController& workspace, const Membership& stay,
                                     const QDateTime& leftAt)
    : MemberCommand(workspace, stay.memberId, tr("Mark as left"))
    , m_stayId(stay.id)
    , m_leftAt(leftAt) {}

bool LeaveGroupCommand::apply() {
    return check(MembershipService::leave(db(), m_stayId, m_leftAt));
}

bool LeaveGroupCommand::revert() {
    return check(MembershipService::reopen(db(), m_stayId));
}

SetMemberTagCommand::SetMemberTagCommand(WorkspaceController& workspace, qint64 memberId,
                                         qint64 tagId, bool assign, const QString& tagName)
    : MemberCommand(workspace, memberId,
                    assign ? tr("Add tag “%1”").arg(tagName) : tr("Remove tag “%1”").arg(tagName))
    , m_tagId(tagId)
    , m_assign(assign) {}

bool SetMemberTagCommand::apply() {
    if (m_assign) {
        auto given = MemberTagService::tag(db(), {m_memberId}, m_tagId);
        if (!given)
            return check(given.error());
        m_given = std::move(given).value();
        return true;
    }
    auto removed = MemberTagService::untag(db(), {m_memberId}, m_tagId);
    if (!removed)
        return check(removed.error());
    m_removed = std::move(removed).value();
    return true;
}

bool SetMemberTagCommand::revert() {
    if (!m_assign)
        return !m_removed || check(MemberTagService::undoUntag(db(), *m_removed));
    // A tag the member carried before stays as it was (undoTag removes only what it added).
    return !m_given || check(MemberTagService::undoTag(db(), *m_given));
}

} // namespace qundesk
