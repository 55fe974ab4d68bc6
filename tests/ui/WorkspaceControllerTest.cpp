// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/WorkspaceController.h"

#include "TempWorkspace.h"
#include "UiFixture.h"
#include "db/Database.h"
#include "db/Sql.h"
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

TEST_F(WorkspaceControllerTest, AFailedRefreshStillEndsItsProgressAndWarns) {
    test::TempWorkspace ws;
    for (const char* statement :
         {"INSERT INTO members (id, display_name, created_at, updated_at) VALUES (1, 'a', 'x', "
          "'x')",
          "INSERT INTO tags (id, name) VALUES (7, 't')",
          "INSERT INTO tag_rules (tag_id, name, definition, updated_at) VALUES (7, 'broken', "
          "'{\"conditions\":[{\"field\":\"shoe_size\",\"op\":\"=\",\"value\":1}]}', 'x')"}) {
        ASSERT_TRUE(sql::exec(ws.db().connection(), QString::fromUtf8(statement)).ok());
    }
    ws.close();
    WorkspaceController controller;
    QSignalSpy refreshing(&controller, &WorkspaceController::refreshing);
    QSignalSpy warning(&controller, &WorkspaceController::warning);
    ASSERT_TRUE(controller.open(ws.path()).ok()) << "the workspace opens all the same";
    ASSERT_FALSE(refreshing.isEmpty());
    EXPECT_EQ(refreshing.last().at(0).toInt(), 100) << "no progress left hanging";
    ASSERT_EQ(warning.size(), 1);
    EXPECT_TRUE(warning.first().at(0).toString().contains(QStringLiteral("shoe_size")));
}

TEST_F(WorkspaceControllerTest, OpeningOnANewDayBringsStatusUpToToday) {
    test::TempWorkspace ws;
    // A member whose status was never computed, and a workspace last refreshed long ago.
    for (const char* statement :
         {"INSERT INTO members (id, display_name, created_at, updated_at) VALUES (1, 'a', 'x', "
          "'x')",
          "INSERT INTO settings (key, value) VALUES ('status_day', '2020-01-01')"}) {
        ASSERT_TRUE(sql::exec(ws.db().connection(), QString::fromUtf8(statement)).ok());
    }
    ws.close();
    WorkspaceController controller;
    QSignalSpy refreshing(&controller, &WorkspaceController::refreshing);
    ASSERT_TRUE(controller.open(ws.path()).ok());
    ASSERT_GE(refreshing.size(), 2);
    EXPECT_EQ(refreshing.first().at(0).toInt(), 0);
    EXPECT_EQ(refreshing.last().at(0).toInt(), 100) << "the window's progress ends";
    const QSqlDatabase db = controller.database()->connection();
    EXPECT_EQ(sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM member_status"))->toInt(), 1);
    EXPECT_NE(sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = "
                                             "'status_day'"))
                  ->toString(),
              QStringLiteral("2020-01-01"));
    EXPECT_FALSE(controller.refreshForToday()) << "once a day";
}
