// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Member.h"
#include "model/Order.h"
#include "services/MemberLinkService.h"
#include "services/MemberTagService.h"
#include "store/MemberSnapshot.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <optional>

namespace qundesk {

class Database;
class WorkspaceController;

// Undoable edits of one member, thin callers of the core services (services/), which own the
// transaction and recompute the member's status and rule tags with the change. Each command
// reports a failure through MessageBoxes; a command whose first redo fails marks itself
// obsolete so the stack drops it. After every redo and undo the pages are told the data
// changed.
class MemberCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(MemberCommand)

public:
    MemberCommand(WorkspaceController& workspace, qint64 memberId, const QString& text);

    void redo() final;
    void undo() final;

protected:
    virtual bool apply() = 0;  // redo's work; false on failure (already reported)
    virtual bool revert() = 0; // undo's work
    bool check(const Status& status);
    Database& db() const;

    WorkspaceController& m_workspace;
    qint64 m_memberId;

private:
    void refresh();
    bool m_done = false; // the first redo succeeded at least once
};

// Profile fields: old and new snapshot through MemberStore::update.
class EditMemberCommand final : public MemberCommand {
    // Its own translation context: tr() would otherwise use the base class’s, which holds
    // none of these texts.
    Q_DECLARE_TR_FUNCTIONS(EditMemberCommand)
public:
    EditMemberCommand(WorkspaceController& workspace, const Member& before, const Member& after);

protected:
    bool apply() override;
    bool revert() override;

private:
    Member m_before;
    Member m_after;
};

// Links `other` (and everyone already linked to it) to `member`'s person; undo restores the
// other person exactly as it was, root included.
class LinkMembersCommand final : public MemberCommand {
    Q_DECLARE_TR_FUNCTIONS(LinkMembersCommand)
public:
    LinkMembersCommand(WorkspaceController& workspace, qint64 member, qint64 other);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_other;
    MemberLinkService::Linked m_linked;
};

// Takes one member out of its person; undo puts it back (as the root when it was the root).
class UnlinkMemberCommand final : public MemberCommand {
    Q_DECLARE_TR_FUNCTIONS(UnlinkMemberCommand)
public:
    UnlinkMemberCommand(WorkspaceController& workspace, qint64 member);

protected:
    bool apply() override;
    bool revert() override;

private:
    MemberLinkService::Unlinked m_unlinked;
};

class AddOrderCommand final : public MemberCommand {
    Q_DECLARE_TR_FUNCTIONS(AddOrderCommand)
public:
    AddOrderCommand(WorkspaceController& workspace, const Order& order);
    qint64 orderId() const { return m_order.id; }

protected:
    bool apply() override;
    bool revert() override;

private:
    Order m_order; // id is the stored row's while applied
};

// Deletes an order; undo stores it again (under a new id).
class RemoveOrderCommand final : public MemberCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveOrderCommand)
public:
    RemoveOrderCommand(WorkspaceController& workspace, const Order& order);

protected:
    bool apply() override;
    bool revert() override;

private:
    Order m_order;
};

class SetMembershipRoleCommand final : public MemberCommand {
    Q_DECLARE_TR_FUNCTIONS(SetMembershipRoleCommand)
public:
    SetMembershipRoleCommand(WorkspaceController& workspace, const Membership& stay,
                             const QString& role);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_stayId;
    QString m_before;
    QString m_after;
};

// Ends a stay; undo reopens the same stay (same id, left time and way of leaving cleared).
class LeaveGroupCommand final : public MemberCommand {
    Q_DECLARE_TR_FUNCTIONS(LeaveGroupCommand)
public:
    LeaveGroupCommand(WorkspaceController& workspace, const Membership& stay,
                      const QDateTime& leftAt);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_stayId;
    QDateTime m_leftAt;
};

// Gives a tag to the member by hand, or takes one away (whatever its origin); undo reverses it:
// a tag taken away comes back with the origin and time it had (by hand, by a rule, imported),
// and undoing a tag the member already carried leaves it in place.
class SetMemberTagCommand final : public MemberCommand {
    Q_DECLARE_TR_FUNCTIONS(SetMemberTagCommand)
public:
    SetMemberTagCommand(WorkspaceController& workspace, qint64 memberId, qint64 tagId, bool assign,
                        const QString& tagName);

protected:
    bool apply() override;
    bool revert() override;

private:
    qint64 m_tagId;
    bool m_assign;
    std::optional<MemberTagService::Tagged> m_given;     // assign
    std::optional<MemberTagService::Untagged> m_removed; // unassign: the assignment taken away
};

} // namespace qundesk
