// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "commands/GroupCommands.h"

#include "db/Database.h"
#include "dialogs/MessageBoxes.h"
#include "services/GroupService.h"
#include "shell/WorkspaceController.h"

#include <QUndoStack>

namespace qundesk {

GroupCommand::GroupCommand(WorkspaceController& workspace, QWidget* messageParent)
    : m_workspace(workspace)
    , m_messageParent(messageParent) {}

Status GroupCommand::run(bool forwards) {
    Database* db = m_workspace.database();
    if (!db)
        return Error{tr("No workspace is open."), {}, 0};
    Status status = forwards ? forward(*db) : backward(*db);
    if (status)
        m_workspace.notifyDataChanged();
    return status;
}

Status GroupCommand::apply() {
    Status status = run(true);
    m_skipRedo = status.ok();
    return status;
}

void GroupCommand::redo() {
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (Status s = run(true); !s) {
        MessageBoxes::error(m_messageParent, tr("Cannot redo “%1”").arg(text()),
                            s.error().toString());
        setObsolete(true);
    }
}

void GroupCommand::undo() {
    if (Status s = run(false); !s) {
        MessageBoxes::error(m_messageParent, tr("Cannot undo “%1”").arg(text()),
                            s.error().toString());
        setObsolete(true);
    }
}

CreateGroupCommand::CreateGroupCommand(WorkspaceController& workspace, Group group,
                                       QWidget* messageParent)
    : GroupCommand(workspace, messageParent)
    , m_group(std::move(group)) {
    m_group.id = 0;
    setText(tr("Create group “%1”").arg(m_group.name.trimmed()));
}

Status CreateGroupCommand::forward(const Database& db) {
    if (m_group.id != 0)
        return GroupService::restore(db, m_group); // a redo: the same row, id included
    auto stored = GroupService::create(db, m_group);
    if (!stored)
        return stored.error();
    // Keep the stored row (trimmed name, creation time) so a redo writes it back unchanged.
    m_group = stored.value();
    return {};
}

Status CreateGroupCommand::backward(const Database& db) {
    return GroupService::removeEmpty(db, m_group.id);
}

EditGroupCommand::EditGroupCommand(WorkspaceController& workspace, Group before, Group after,
                                   QWidget* messageParent)
    : GroupCommand(workspace, messageParent)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    m_after.id = m_before.id;
    setText(tr("Edit group “%1”").arg(m_before.name));
}

Status EditGroupCommand::forward(const Database& db) {
    return GroupService::update(db, m_after);
}

Status EditGroupCommand::backward(const Database& db) {
    return GroupService::update(db, m_before);
}

namespace {
Group withArchived(Group group, bool archived) {
    group.archived = archived;
    return group;
}
} // namespace

ArchiveGroupCommand::ArchiveGroupCommand(WorkspaceController& workspace, const Group& group,
                                         bool archive, QWidget* messageParent)
    : EditGroupCommand(workspace, group, withArchived(group, archive), messageParent) {
    setText(archive ? tr("Archive group “%1”").arg(group.name)
                    : tr("Unarchive group “%1”").arg(group.name));
}

Status pushGroupCommand(QUndoStack& stack, std::unique_ptr<GroupCommand> command) {
    if (Status s = command->apply(); !s)
        return s;
    stack.push(command.release());
    return {};
}

} // namespace qundesk
