// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/WorkspaceController.h"

#include "TempWorkspace.h"
#include "UiFixture.h"
#include "db/Database.h"
#include "db/WorkspacePaths.h"
#include "store/GroupStore.h"

#include <QFile>
#include <QSignalSpy>

using namespace qundesk;

using WorkspaceControllerTest = test::UiFixture;

TEST_F(WorkspaceControllerTest, FirstRunOpensTheDemoAndLaterRunsTheLastWorkspace) {
    QFile::remove(demoWorkspacePath());
    {
        WorkspaceController controller;
        QSignalSpy changed(&controller, &WorkspaceController::workspaceChanged);
        const Status status = controller.openInitial();
        ASSERT_TRUE(status.ok()) << status.error().toString().toStdString();
        EXPECT_EQ(controller.path(), demoWorkspacePath());
        EXPECT_EQ(changed.size(), 1);
        EXPECT_TRUE(QFile::exists(demoWorkspacePath()));
        // Whatever the generator puts in, the demo is a readable workspace.
        EXPECT_TRUE(GroupStore(*controller.database()).summaries().ok());
    }

    test::TempWorkspace ws;
    ws.close();
    {
        WorkspaceController controller;
        ASSERT_TRUE(controller.open(ws.path()).ok());
    }
    WorkspaceController again;
    ASSERT_TRUE(again.openInitial().ok());
    EXPECT_EQ(again.path(), ws.path());
    EXPECT_EQ(again.recentWorkspaces(), QStringList({ws.path(), demoWorkspacePath()}));
    QFile::remove(demoWorkspacePath());
}

TEST_F(WorkspaceControllerTest, AFailedOpenKeepsTheCurrentWorkspace) {
    test::TempWorkspace ws;
    ws.close();
    WorkspaceController controller;
    ASSERT_TRUE(controller.open(ws.path()).ok());
    QSignalSpy changed(&controller, &WorkspaceController::workspaceChanged);
    EXPECT_FALSE(controller.open(ws.dir()).ok()); // a folder is no workspace
    EXPECT_EQ(changed.size(), 0);
    EXPECT_EQ(controller.path(), ws.path());
    EXPECT_EQ(controller.recentWorkspaces(), QStringList({ws.path()}));
}
