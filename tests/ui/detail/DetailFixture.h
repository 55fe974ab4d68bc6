// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "TempWorkspace.h"
#include "UiFixture.h"
#include "model/Member.h"
#include "shell/WorkspaceController.h"

#include <QUndoStack>

namespace qundesk::test {

// A workspace opened by a real WorkspaceController (as the window holds it) with an undo stack,
// and helpers that build members through the stores.
class DetailFixture : public UiFixture {
protected:
    void SetUp() override;

    Database& db() { return *workspace.database(); }
    qint64 addMember(const QString& name, qint64 referrer = 0);
    qint64 addGroup(const QString& name);
    Member member(qint64 id);

    TempWorkspace temp;
    WorkspaceController workspace;
    QUndoStack undoStack;
};

} // namespace qundesk::test
