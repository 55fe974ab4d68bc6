// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/MemberDetailDialog.h"

#include <QUndoStack>

namespace qundesk {

MemberDetailDialog::MemberDetailDialog(WorkspaceController& workspace, QUndoStack& undoStack,
                                       qint64 memberId, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_undoStack(undoStack), m_memberId(memberId)
{
    setObjectName(QStringLiteral("memberDetailDialog"));
}

} // namespace qundesk
