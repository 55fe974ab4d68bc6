// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "services/CalendarService.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>
#include <QWidget>

#include <functional>
#include <memory>

class QUndoStack;

namespace qundesk {

class Database;
class WorkspaceController;

// One undoable change of the content calendar: a CalendarService call (create, update, move,
// skip, edit or remove an occurrence). apply() runs it once and remembers the items as they
// were before and after; undo writes the "before" states back and removes what the change
// added, redo writes the "after" states back (CalendarService::writeBack, one transaction
// each), so ids and uids stay the same through any number of undos and redos. Failures of a
// later undo/redo are shown and make the command obsolete. Every change ends with
// notifyDataChanged().
class CalendarCommand final : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)

public:
    using Change = std::function<Result<CalendarChange>(const Database&)>;

    CalendarCommand(WorkspaceController& workspace, const QString& text, Change change,
                    QWidget* messageParent);

    Status apply();
    void redo() override;
    void undo() override;

    // The items the change added (a created item, the second half of a split series).
    QList<qint64> createdIds() const { return m_change.created; }

    // Creating an item as a change (its id in createdIds()).
    static Change creating(const ContentItem& item);

private:
    Status writeBack(bool forwards);

    WorkspaceController& m_workspace;
    QPointer<QWidget> m_messageParent;
    Change m_run;
    CalendarChange m_change;
    QList<CalendarItemState> m_after;
    QList<qint64> m_removedByChange; // items of `before` gone after the change
    bool m_skipRedo = false;
};

// apply()s `command` and pushes it on success; on failure it is discarded and the error
// returned.
Status pushCalendarCommand(QUndoStack& stack, std::unique_ptr<CalendarCommand> command);

} // namespace qundesk
