// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QWidget>

class QUndoStack;

namespace qundesk {

class WorkspaceController;

// Bringing data in: member lists (CSV) with preview, column mapping, progress and a report.
class ImportPage final : public QWidget {
    Q_OBJECT

public:
    ImportPage(WorkspaceController& workspace, QUndoStack& undoStack, QWidget* parent = nullptr);

private:
    WorkspaceController& m_workspace;
    QUndoStack& m_undoStack;
};

} // namespace qundesk
