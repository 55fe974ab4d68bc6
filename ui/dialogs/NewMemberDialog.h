// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "commands/MemberCommands.h"
#include "model/Group.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace qundesk {

// Asks for a new member's name, platform account, group with role, and source channel. The
// name is required; everything else may stay empty.
class NewMemberDialog final : public QDialog {
    Q_OBJECT

public:
    NewMemberDialog(const QList<Group>& groups, qint64 preselectedGroup = 0,
                    QWidget* parent = nullptr);

    NewMemberInput input() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* handleEdit() const { return m_handle; }
    QComboBox* groupBox() const { return m_group; }
    QComboBox* sourceBox() const { return m_source; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateOk();
    void groupChosen();

    QList<Group> m_groups;
    QLineEdit* m_name = nullptr;
    QComboBox* m_platform = nullptr;
    QLineEdit* m_handle = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_source = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace qundesk
