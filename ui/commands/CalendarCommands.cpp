// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "commands/CalendarCommands.h"

#include "db/Database.h"
#include "dialogs/MessageBoxes.h"
#include "shell/WorkspaceController.h"

#include <QSet>
#include <QUndoStack>

namespace qundesk {

CalendarCommand::CalendarCommand(WorkspaceController& workspace, const QString& text, Change change,
                                 QWidget* messageParent)
    : m_workspace(workspace)
    , m_messageParent(messageParent)
    , m_run(std::move(change)) {
    setText(text);
}

CalendarCommand::Change CalendarCommand::creating(const ContentItem& item) {
    return [item](const Database& db) -> Result<CalendarChange> {
        auto id = CalendarService::create(db, item);
        if (!id)
            return id.error();
        return CalendarChange{{}, {id.value()}};
    };
}

Status CalendarCommand::apply() {
    Database* db = m_workspace.database();
    if (!db)
        return Error{tr("No workspace is open."), {}, 0};
    auto change = m_run(*db);
    if (!change)
        return change.error();
    m_change = change.value();
    auto after = CalendarService::states(*db, m_change.touchedIds());
    if (!after)
        return after.error();
    m_after = after.value();
    QSet<qint64> present;
    for (const CalendarItemState& s : m_after)
        present.insert(s.item.id);
    for (const CalendarItemState& s : m_change.before)
        if (!present.contains(s.item.id))
            m_removedByChange << s.item.id;
    m_skipRedo = true;
    m_workspace.notifyDataChanged();
    return {};
}

Status CalendarCommand::writeBack(bool forwards) {
    Database* db = m_workspace.database();
    if (!db)
        return Error{tr("No workspace is open."), {}, 0};
    Status status = forwards ? CalendarService::writeBack(*db, m_after, m_removedByChange)
                             : CalendarService::writeBack(*db, m_change.before, m_change.created);
    if (status)
        m_workspace.notifyDataChanged();
    return status;
}

void CalendarCommand::redo() {
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    if (Status s = writeBack(true); !s) {
        MessageBoxes::error(m_messageParent, tr("Cannot redo “%1”").arg(text()),
                            s.error().toString());
        setObsolete(true);
    }
}

void CalendarCommand::undo() {
    if (Status s = writeBack(false); !s) {
        MessageBoxes::error(m_messageParent, tr("Cannot undo “%1”").arg(text()),
                            s.error().toString());
        setObsolete(true);
    }
}

Status pushCalendarCommand(QUndoStack& stack, std::unique_ptr<CalendarCommand> command) {
    if (Status s = command->apply(); !s)
        return s;
    stack.push(command.release());
    return {};
}

} // namespace qundesk
