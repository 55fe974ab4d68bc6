// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "sop/SopRunList.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace qundesk {

class WorkspaceController;

// The runs of one SOP with their progress, its completion per step and overall, and the
// conversion of the members it cared for against comparable members; Stop ends a run.
class SopRunsView final : public QWidget {
    Q_OBJECT

public:
    explicit SopRunsView(WorkspaceController& workspace, QWidget* parent = nullptr);

    void showTemplate(qint64 templateId);
    void reload();
    void stopSelected();
    QTableWidget* table() const { return m_table; }
    const QList<sop::RunRow>& runs() const { return m_runs; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    WorkspaceController& m_workspace;
    qint64 m_templateId = 0;
    QList<sop::RunRow> m_runs;
    QTableWidget* m_table;
    QPushButton* m_stop;
    QLabel* m_figures;
};

} // namespace qundesk
