// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"
#include "services/SopService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace qundesk {

class WorkspaceController;

// Applies an SOP: whom to (a group, a saved segment or a member), from which day, showing how
// many members that is before anything is planned. accept() applies it through SopService.
class SopApplyDialog final : public QDialog {
    Q_OBJECT

public:
    SopApplyDialog(WorkspaceController& workspace, const SopTemplate& sop,
                   QWidget* parent = nullptr);

    void setTargetKind(const QString& kind);
    // Chooses the target whose name is shown as `name`; false when there is none.
    bool chooseTarget(const QString& name);
    QString sizeText() const;
    std::optional<SopService::Applied> applied() const { return m_applied; }

    void accept() override;

private:
    void fillTargets();
    void updateSize();

    WorkspaceController& m_workspace;
    SopTemplate m_sop;
    std::optional<SopService::Applied> m_applied;
    QComboBox* m_kind;
    QComboBox* m_target;
    QDateEdit* m_start;
    QLabel* m_size;
    QDialogButtonBox* m_buttons;
};

} // namespace qundesk
