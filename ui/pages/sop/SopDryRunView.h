// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"
#include "sop/ScriptRenderer.h"
#include "sop/SopPreview.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTreeWidget;

namespace qundesk {

class WorkspaceController;

// The dry run of the SOP being edited: "a member who joins on D receives …" as a timeline,
// day by day, with the quiet-hour moves and fatigue (touch cap, do-not-disturb) warnings.
class SopDryRunView final : public QWidget {
    Q_OBJECT

public:
    explicit SopDryRunView(WorkspaceController& workspace, QWidget* parent = nullptr);

    void setTemplate(const SopTemplate& sop);
    void setJoinDay(const QDate& day);
    // The member whose name, group and days fill the scripts (0 = fallbacks).
    void setSampleMember(qint64 memberId);
    const QList<sop::PreviewItem>& items() const { return m_items; }
    QTreeWidget* timeline() const { return m_timeline; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslate();

    WorkspaceController& m_workspace;
    SopTemplate m_sop;
    qint64 m_member = 0;
    QList<sop::PreviewItem> m_items;
    QLabel* m_joinLabel;
    QDateEdit* m_join;
    QLabel* m_heading;
    QTreeWidget* m_timeline;
};

} // namespace qundesk
