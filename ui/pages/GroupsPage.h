// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "models/GroupTableModel.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace qundesk {

class WorkspaceController;

// The groups of the workspace with their health today, in a sortable, searchable table, or an
// empty state when there are none yet. Archived groups are hidden unless "Show archived" is
// checked. Banners warn about groups near capacity and operators with too many groups.
// Reloads when the workspace or its data changes.
class GroupsPage final : public QWidget {
    Q_OBJECT

public:
    GroupsPage(WorkspaceController& workspace, QUndoStack& undoStack, QWidget* parent = nullptr);

    GroupTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    void reload();

    // The group of the selected row, if any; selecting by id (no-op when it is hidden).
    std::optional<Group> selectedGroup() const;
    void selectGroup(qint64 id);

    void newGroup();              // opens the dialog
    void editSelected();          // opens the dialog for the selected group
    void toggleArchiveSelected(); // archives or unarchives it, undoably

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildEmptyState();
    QLabel* makeBanner(const QString& name);
    void retranslate();
    void updateCount();
    void updateActions();
    void updateWarnings();
    void showRows();
    void filterRows(const QString& text);
    void openDialog(std::optional<Group> existing);

    WorkspaceController& m_workspace;
    QUndoStack& m_undoStack;
    GroupTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_count = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_archive = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QLabel* m_capacityBanner = nullptr;
    QLabel* m_loadBanner = nullptr;
    QTableView* m_table = nullptr;
    QStackedWidget* m_body = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    QLabel* m_error = nullptr;
    QList<GroupTableRow> m_allRows; // every group of the last load, archived included
};

} // namespace qundesk
