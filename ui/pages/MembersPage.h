// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QWidget>

class QUndoStack;

namespace qundesk {

class WorkspaceController;

// The operator's table of people: every member of the workspace, searchable and filterable,
// with segments, bulk tagging and export.
class MembersPage final : public QWidget {
    Q_OBJECT

public:
    MembersPage(WorkspaceController& workspace, QUndoStack& undoStack, QWidget* parent = nullptr);

public slots:
    // Follows the toolbar's group switcher (0 = all groups).
    void setGroupFilter(qint64 groupId);

private:
    WorkspaceController& m_workspace;
    QUndoStack& m_undoStack;
    qint64 m_groupId = 0;
};

} // namespace qundesk
