// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/ImportPage.h"

#include "pages/PageCatalog.h"

#include <QUndoStack>
#include <QVBoxLayout>

namespace qundesk {

ImportPage::ImportPage(WorkspaceController& workspace, QUndoStack& undoStack, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_undoStack(undoStack)
{
    setObjectName(PageCatalog::objectName(PageId::Import));
    new QVBoxLayout(this);
}

} // namespace qundesk
