// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "services/MemberService.h"
#include "services/MemberTagService.h"
#include "store/MemberSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <optional>

namespace qundesk {

class Database;
class WorkspaceController;

// Every command below is a thin caller of a core service (services/), which owns the
// transaction and refreshes the members' status and rule tags; a command reports a failure
// through MessageBoxes and becomes obsolete when its first redo() fails (so the stack drops it).

class AddMemberCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AddMemberCommand)

public:
    AddMemberCommand(WorkspaceController& workspace, NewMemberInput input,
                     QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    qint64 memberId() const { return m_memberId; }

private:
    WorkspaceController& m_workspace;
    NewMemberInput m_input;
    qint64 m_memberId = 0;
    std::optional<MemberSnapshot> m_snapshot; // after undo: redo restores the same ids
};

class DeleteMembersCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteMembersCommand)

public:
    DeleteMembersCommand(WorkspaceController& workspace, QList<qint64> memberIds,
                         QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    WorkspaceController& m_workspace;
    QList<qint64> m_memberIds;
    std::optional<MemberSnapshot> m_snapshot;
};

// Gives (Tag) or takes away (Untag) one tag for several members. Tagging with a name that is
// not a tag yet creates the tag; undo removes it again.
class BulkTagCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(BulkTagCommand)

public:
    enum class Mode { Tag, Untag };
    BulkTagCommand(WorkspaceController& workspace, QList<qint64> memberIds, QString tagName,
                   Mode mode, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    WorkspaceController& m_workspace;
    QList<qint64> m_memberIds;
    QString m_tagName;
    Mode m_mode;
    std::optional<MemberTagService::Tagged> m_tagged;     // Tag: what the last redo did
    std::optional<MemberTagService::Untagged> m_untagged; // Untag: the assignments taken away
};

// Adds members to a group (a new stay for each member not in it now).
class AddToGroupCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AddToGroupCommand)

public:
    AddToGroupCommand(WorkspaceController& workspace, QList<qint64> memberIds, qint64 groupId,
                      const QString& groupName, const QString& role = QStringLiteral("member"),
                      QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    const QList<qint64>& membershipIds() const { return m_membershipIds; }

private:
    WorkspaceController& m_workspace;
    QList<qint64> m_memberIds;
    qint64 m_groupId;
    QString m_role;
    QList<qint64> m_membershipIds;
};

} // namespace qundesk
