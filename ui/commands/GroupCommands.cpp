// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "commands/GroupCommands.h"

#include "db/Database.h"
#include "dialogs/MessageBoxes.h"
#include "shell/WorkspaceController.h"
#include "store/GroupStore.h"

#include <QUndoStack>

namespace qundesk {

GroupCommand::GroupCommand(WorkspaceController& workspace, QWidget* messageParent)
    : m_workspace(workspace)
    , m_messageParent(messageParent) {}

Status GroupCommand::run(bool forwards) {
    Database* db = m_workspace.database();
    if (!db)
        return Error{tr("No workspace is open."), {}, 0};
    GroupStore store(*db);
    Status status = forwards ? forward(store) : backward(store);
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

Status CreateGroupCommand::forward(GroupStore& store) {
    if (m_group.id != 0)
        return store.restore(m_group); // a redo: the same row, id included
    auto id = store.create(m_group);
    if (!id)
        return id.error();
    // Keep the stored row (trimmed name, creation time) so a redo writes it back unchanged.
    auto stored = store.get(id.value());
    if (!stored)
        return stored.error();
    m_group = stored.value();
    return {};
}

Status CreateGroupCommand::backward(GroupStore& store) {
    auto summaries = store.summaries();
    if (!summaries)
        return summaries.error();
    for (const GroupSummary& s : summaries.value())
        if (s.group.id == m_group.id && s.members > 0)
            return Error{
                tr("“%1” has members now: archive it instead of removing it.").arg(m_group.name),
                {},
                0};
    return store.remove(m_group.id);
}

EditGroupCommand::EditGroupCommand(WorkspaceController& workspace, Group before, Group after,
                                   QWidget* messageParent)
    : GroupCommand(workspace, messageParent)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    m_after.id = m_before.id;
    setText(tr("Edit group “%1”").arg(m_before.name));
}

Status EditGroupCommand::forward(GroupStore& store) {
    return store.update(m_after);
}

Status EditGroupCommand::backward(GroupStore& store) {
    return store.update(m_before);
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
