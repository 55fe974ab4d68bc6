// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "commands/MemberEditCommands.h"

#include "db/Database.h"
#include "dialogs/MessageBoxes.h"
#include "rules/MemberRefresh.h"
#include "shell/WorkspaceController.h"
#include "store/MemberStore.h"
#include "store/MembershipStore.h"
#include "store/OrderStore.h"
#include "store/TagStore.h"

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

// The member's stage, fan level and rule tags follow from what changed.
void MemberCommand::refresh() {
    check(memberrefresh::afterEdit(db(), {m_memberId}));
    m_workspace.notifyDataChanged();
}

EditMemberCommand::EditMemberCommand(WorkspaceController& workspace, const Member& before,
                                     const Member& after)
    : MemberCommand(workspace, after.id, tr("Edit member “%1”").arg(after.displayName))
    , m_before(before)
    , m_after(after) {}

bool EditMemberCommand::apply() {
    return check(MemberStore(db()).update(m_after));
}

bool EditMemberCommand::revert() {
    return check(MemberStore(db()).update(m_before));
}

LinkMembersCommand::LinkMembersCommand(WorkspaceController& workspace, qint64 member, qint64 other)
    : MemberCommand(workspace, member, tr("Link members"))
    , m_other(other) {}

bool LinkMembersCommand::apply() {
    MemberStore store(db());
    auto other = store.get(m_other);
    if (!other)
        return check(other.error());
    auto linked = store.linkedMembers(m_other);
    if (!linked)
        return check(linked.error());
    m_otherRoot = other->personId > 0 ? other->personId : m_other;
    m_otherPerson = {m_other};
    for (const Member& m : linked.value())
        m_otherPerson.append(m.id);
    return check(store.link(m_memberId, m_other));
}

bool LinkMembersCommand::revert() {
    MemberStore store(db());
    for (qint64 id : m_otherPerson)
        if (!check(store.unlink(id)))
            return false;
    for (qint64 id : m_otherPerson)
        if (id != m_otherRoot && !check(store.link(m_otherRoot, id)))
            return false;
    return true;
}

UnlinkMemberCommand::UnlinkMemberCommand(WorkspaceController& workspace, qint64 member)
    : MemberCommand(workspace, member, tr("Unlink member")) {}

bool UnlinkMemberCommand::apply() {
    MemberStore store(db());
    auto self = store.get(m_memberId);
    if (!self)
        return check(self.error());
    auto linked = store.linkedMembers(m_memberId);
    if (!linked)
        return check(linked.error());
    m_root = self->personId > 0 ? self->personId : m_memberId;
    // MemberStore::unlink hands a root's followers to the smallest of them (linked is by id).
    m_nextRoot = m_root == m_memberId && !linked->isEmpty() ? linked->first().id : 0;
    return check(store.unlink(m_memberId));
}

bool UnlinkMemberCommand::revert() {
    MemberStore store(db());
    if (m_root == m_memberId)
        return m_nextRoot == 0 || check(store.link(m_memberId, m_nextRoot));
    return check(store.link(m_root, m_memberId));
}

AddOrderCommand::AddOrderCommand(WorkspaceController& workspace, const Order& order)
    : MemberCommand(workspace, order.memberId, tr("Add order"))
    , m_order(order) {}

bool AddOrderCommand::apply() {
    m_order.id = 0;
    auto id = OrderStore(db()).create(m_order);
    if (!id)
        return check(id.error());
    m_order.id = id.value();
    return true;
}

bool AddOrderCommand::revert() {
    return check(OrderStore(db()).remove(m_order.id));
}

RemoveOrderCommand::RemoveOrderCommand(WorkspaceController& workspace, const Order& order)
    : MemberCommand(workspace, order.memberId, tr("Delete order"))
    , m_order(order) {}

bool RemoveOrderCommand::apply() {
    return check(OrderStore(db()).remove(m_order.id));
}

bool RemoveOrderCommand::revert() {
    Order again = m_order;
    again.id = 0;
    auto id = OrderStore(db()).create(again);
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
    return check(MembershipStore(db()).setRole(m_stayId, m_after));
}

bool SetMembershipRoleCommand::revert() {
    return check(MembershipStore(db()).setRole(m_stayId, m_before));
}

LeaveGroupCommand::LeaveGroupCommand(WorkspaceController& workspace, const Membership& stay,
                                     const QDateTime& leftAt)
    : MemberCommand(workspace, stay.memberId, tr("Mark as left"))
    , m_stayId(stay.id)
    , m_leftAt(leftAt) {}

bool LeaveGroupCommand::apply() {
    return check(MembershipStore(db()).leave(m_stayId, m_leftAt));
}

bool LeaveGroupCommand::revert() {
    return check(MembershipStore(db()).reopen(m_stayId));
}

SetMemberTagCommand::SetMemberTagCommand(WorkspaceController& workspace, qint64 memberId,
                                         qint64 tagId, bool assign, const QString& tagName)
    : MemberCommand(workspace, memberId,
                    assign ? tr("Add tag “%1”").arg(tagName) : tr("Remove tag “%1”").arg(tagName))
    , m_tagId(tagId)
    , m_assign(assign) {}

bool SetMemberTagCommand::give() {
    auto added = TagStore(db()).assign({m_memberId}, m_tagId, QStringLiteral("manual"));
    if (!added)
        return check(added.error());
    m_added = added.value() > 0;
    return true;
}

bool SetMemberTagCommand::takeAway() {
    auto rows = MemberTagRows::capture(db(), {m_memberId}, m_tagId);
    if (!rows)
        return check(rows.error());
    auto removed = TagStore(db()).unassign({m_memberId}, m_tagId);
    if (!removed)
        return check(removed.error());
    m_removed = std::move(rows).value();
    return true;
}

bool SetMemberTagCommand::apply() {
    return m_assign ? give() : takeAway();
}

bool SetMemberTagCommand::revert() {
    if (!m_assign)
        return !m_removed || check(m_removed->restore(db()));
    if (!m_added)
        return true; // the member carried the tag before: keep it as it was
    auto removed = TagStore(db()).unassign({m_memberId}, m_tagId);
    if (!removed)
        return check(removed.error());
    return true;
}

} // namespace qundesk
