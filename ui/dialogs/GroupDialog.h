// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Group.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QUndoStack;

namespace qundesk {

class WorkspaceController;

// Creates a group, or edits one (`existing`). OK saves through a Create/EditGroupCommand on
// the window's undo stack; a store error (empty or duplicate name…) stays in the dialog,
// shown inline, and nothing is pushed.
class GroupDialog final : public QDialog {
    Q_OBJECT

public:
    GroupDialog(WorkspaceController& workspace, QUndoStack& undoStack,
                std::optional<Group> existing, QWidget* parent = nullptr);

    // The group as the form describes it (id of the edited group, 0 for a new one).
    Group group() const;
    bool capacityTouched() const { return m_capacityTouched; }

    // Suggested capacity per platform (0 = no practical limit).
    static int defaultCapacity(const QString& platformKey);

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildForm();
    void retranslate();
    void fillCombos();
    void platformChanged();
    void showError(const QString& message);

    WorkspaceController& m_workspace;
    QUndoStack& m_undoStack;
    std::optional<Group> m_existing;
    bool m_capacityTouched = false;
    bool m_settingCapacity = false;

    QLabel* m_error = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_platform = nullptr;
    QComboBox* m_purpose = nullptr;
    QSpinBox* m_capacity = nullptr;
    QPlainTextEdit* m_rules = nullptr;
    QPlainTextEdit* m_welcome = nullptr;
    QLabel* m_welcomeHint = nullptr;
    QLineEdit* m_operator = nullptr;
    QComboBox* m_status = nullptr;
    QList<QLabel*> m_labels; // form labels, in field order
    QFormLayout* m_form = nullptr;
};

} // namespace qundesk
