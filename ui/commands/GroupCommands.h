// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Group.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>
#include <QWidget>

#include <memory>

class QUndoStack;

namespace qundesk {

class Database;
class WorkspaceController;

// Undoable group edits, thin callers of GroupService (which owns the transactions). A command is
// run once with apply() before it is pushed (pushGroupCommand), so a failure (a duplicate name…)
// reaches the caller as a Status and nothing lands on the stack; the stack's first redo() is
// then skipped. Later redo()/undo() failures are shown through MessageBoxes and make the
// command obsolete (the stack drops it). Every change ends with notifyDataChanged().
class GroupCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(GroupCommand)

public:
    Status apply();
    void redo() override;
    void undo() override;

protected:
    GroupCommand(WorkspaceController& workspace, QWidget* messageParent);
    virtual Status forward(const Database& db) = 0;
    virtual Status backward(const Database& db) = 0;

private:
    Status run(bool forwards);

    WorkspaceController& m_workspace;
    QPointer<QWidget> m_messageParent;
    bool m_skipRedo = false;
};

// Adds a group. Undo deletes it again, but only while it has no members (an import into the
// new group is not on the undo stack and must not be lost); redo restores the same row: same
// values, creation time and id (GroupStore::restore), even when groups were added meanwhile.
class CreateGroupCommand final : public GroupCommand {
    // Its own translation context: tr() would otherwise use the base class’s, which holds
    // none of these texts.
    Q_DECLARE_TR_FUNCTIONS(CreateGroupCommand)
public:
    CreateGroupCommand(WorkspaceController& workspace, Group group, QWidget* messageParent);
    qint64 groupId() const { return m_group.id; }

protected:
    Status forward(const Database& db) override;
    Status backward(const Database& db) override;

private:
    Group m_group;
};

// Replaces a group's fields (`before` -> `after`, same id); undo writes `before` back.
class EditGroupCommand : public GroupCommand {
    Q_DECLARE_TR_FUNCTIONS(EditGroupCommand)
public:
    EditGroupCommand(WorkspaceController& workspace, Group before, Group after,
                     QWidget* messageParent);

protected:
    Status forward(const Database& db) override;
    Status backward(const Database& db) override;

private:
    Group m_before;
    Group m_after;
};

// Archives (archive = true) or unarchives a group; groups are never deleted from the page.
class ArchiveGroupCommand final : public EditGroupCommand {
    Q_DECLARE_TR_FUNCTIONS(ArchiveGroupCommand)
public:
    ArchiveGroupCommand(WorkspaceController& workspace, const Group& group, bool archive,
                        QWidget* messageParent);
};

// apply()s `command` and pushes it on success; on failure it is discarded and the error
// returned.
Status pushGroupCommand(QUndoStack& stack, std::unique_ptr<GroupCommand> command);

} // namespace qundesk
