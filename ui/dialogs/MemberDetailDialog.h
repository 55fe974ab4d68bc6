// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QDialog>

class QUndoStack;

namespace qundesk {

class WorkspaceController;

// One member: profile, memberships, linked identities, tags, timeline, referrals, notes and
// orders. Every edit goes through the window's undo stack.
class MemberDetailDialog final : public QDialog {
    Q_OBJECT

public:
    MemberDetailDialog(WorkspaceController& workspace, QUndoStack& undoStack, qint64 memberId,
                       QWidget* parent = nullptr);

    qint64 memberId() const { return m_memberId; }

private:
    WorkspaceController& m_workspace;
    QUndoStack& m_undoStack;
    qint64 m_memberId;
};

} // namespace qundesk
