// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "../UiFixture.h"
#include "TempWorkspace.h"
#include "shell/WorkspaceController.h"

#include <QUndoStack>

namespace qundesk::test {

// A workspace of `members` members ("成员0001"…) in the group "宝妈群" (id 1), on a fixed day
// (2026-03-01): every third member posted on 2026-02-27, every fifth bought once, member 2's
// notes mention 奶粉, member i has the wechat handle "wx_i". Status and rule tags computed.
void seedMembers(Database& db, int members);

// Scalar of a raw SQL statement (for checking what is stored).
qint64 sqlCount(const Database& db, const QString& statement);

class MembersFixture : public UiFixture {
protected:
    void SetUp() override;
    void TearDown() override;
    // Seeds `members`, closes the temp connection and opens the file in `workspace`.
    void open(int members);

    TempWorkspace ws;
    WorkspaceController workspace;
    QUndoStack undoStack;
};

} // namespace qundesk::test
