// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace qundesk {

class SopStepForm;
class SopStepTable;
class WorkspaceController;

// Builds one SOP: name, scenario, target, anchor, early exit ("ends when the member buys"),
// end actions (a tag, another SOP), and the steps in a table (reordered by drag or by the Move
// buttons) with the selected step's fields below, its script rendered for a real member of the
// workspace. Save stores it through SopService.
class SopEditor final : public QWidget {
    Q_OBJECT

public:
    explicit SopEditor(WorkspaceController& workspace, QWidget* parent = nullptr);

    void setTemplate(const SopTemplate& sop);
    // The template as edited (steps in table order).
    SopTemplate currentTemplate() const;
    // Refills the member and SOP choices from the workspace.
    void reloadChoices();

    void addStep();
    void removeStep();
    void moveStep(int delta);
    // Moves the step at `from` to index `to` (the steps table's drag and drop).
    void moveStepTo(int from, int to);
    void selectStep(int row);
    // Saves; returns the template's id, 0 when it failed (the reason is shown).
    qint64 save();

    SopStepTable* stepsTable() const { return m_steps; }
    SopStepForm* stepForm() const { return m_form; }

signals:
    void saved(qint64 templateId);
    // The template changed in the editor (the dry run follows it).
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillStepRow(int row);
    void onStepEdited();
    void onRowChanged();
    void renderForMember();

    WorkspaceController& m_workspace;
    SopTemplate m_sop;
    int m_row = -1;
    QLineEdit* m_name;
    QComboBox* m_scenario;
    QComboBox* m_target;
    QComboBox* m_anchor;
    QLineEdit* m_description;
    QCheckBox* m_stopWhenBought;
    QLineEdit* m_endTag;
    QComboBox* m_endSop;
    SopStepTable* m_steps;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_save;
    SopStepForm* m_form;
    QComboBox* m_member;
    QLabel* m_rendered;
    QLabel* m_labels[8] = {};
};

} // namespace qundesk
