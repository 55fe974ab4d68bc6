// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace qundesk {

class WorkspaceController;

// The latest imports of the workspace (table imports): when, what, which file, and the counts
// of its report. Reloads whenever the workspace or its data changes.
class ImportHistoryView final : public QWidget {
    Q_OBJECT

public:
    explicit ImportHistoryView(WorkspaceController& workspace, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    WorkspaceController& m_workspace;
    QLabel* m_title = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace qundesk
