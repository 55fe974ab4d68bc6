// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/MembersPage.h"

#include "pages/PageCatalog.h"

#include <QUndoStack>
#include <QVBoxLayout>

namespace qundesk {

MembersPage::MembersPage(WorkspaceController& workspace, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_undoStack(undoStack)
{
    setObjectName(PageCatalog::objectName(PageId::Members));
    new QVBoxLayout(this);
}

void MembersPage::setGroupFilter(qint64 groupId)
{
    m_groupId = groupId;
}

} // namespace qundesk
