// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace qundesk {

class GroupTableModel;
class WorkspaceController;

// The groups of the workspace in a sortable, searchable table, or an empty state when there
// are none yet. Reloads when the workspace or its data changes.
class GroupsPage final : public QWidget {
    Q_OBJECT

public:
    GroupsPage(WorkspaceController& workspace, QUndoStack& undoStack, QWidget* parent = nullptr);

    GroupTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildEmptyState();
    void retranslate();
    void updateCount();

    WorkspaceController& m_workspace;
    QUndoStack& m_undoStack;
    GroupTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_count = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_body = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace qundesk
