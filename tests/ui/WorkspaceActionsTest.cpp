// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/WorkspaceActions.h"

#include "DamagedWorkspace.h"
#include "ForeignLock.h"
#include "TempWorkspace.h"
#include "UiFixture.h"
#include "db/Backup.h"
#include "db/Database.h"
#include "dialogs/MetricGlossaryDialog.h"
#include "shell/JobRunner.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceController.h"
#include "store/GroupStore.h"

#include <QFileInfo>
#include <QTableView>

using namespace qundesk;

namespace {

class WorkspaceActionsTest : public test::UiFixture {
protected:
    void SetUp() override {
        UiFixture::SetUp();
        language.apply(QStringLiteral("en"));
    }

    int groupCount(MainWindow& window) const {
        return window.findChild<QTableView*>(QStringLiteral("groupTable"))->model()->rowCount();
    }

    LanguageManager language;
    test::TempWorkspace ws;
};

} // namespace

TEST_F(WorkspaceActionsTest, NewWorkspaceCreatesAnEmptyFileAndOpensIt) {
    test::seedGroups(ws.db(), {QStringLiteral("A")});
    ws.close();
    MainWindow window(language);
    ASSERT_TRUE(window.actions().open(ws.path()));
    window.workspace().jobs().waitForIdle();
    ASSERT_EQ(groupCount(window), 1);

    chosenFiles << ws.filePath(QStringLiteral("second")); // the suffix is added
    window.actions().chooseNew();
    EXPECT_TRUE(messages.isEmpty());
    EXPECT_EQ(window.workspace().path(), ws.filePath(QStringLiteral("second.qundesk")));
    EXPECT_TRUE(QFileInfo::exists(ws.filePath(QStringLiteral("second.qundesk"))));
    EXPECT_EQ(groupCount(window), 0);
}

TEST_F(WorkspaceActionsTest, NewWorkspaceNeverOverwritesAnExistingFile) {
    ws.close();
    MainWindow window(language);
    chosenFiles << ws.path();
    window.actions().chooseNew();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first().icon, QMessageBox::Critical);
    EXPECT_EQ(window.workspace().database(), nullptr);
}

TEST_F(WorkspaceActionsTest, BackupThenRestoreBringsTheOldDataBack) {
    test::seedGroups(ws.db(), {QStringLiteral("Kept")});
    ws.close();
    MainWindow window(language);
    ASSERT_TRUE(window.actions().open(ws.path()));
    window.workspace().jobs().waitForIdle();

    const QString backup = ws.filePath(QStringLiteral("copy.qundesk-backup"));
    chosenFiles << backup;
    window.actions().backup();
    window.workspace().jobs().waitForIdle();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first().icon, QMessageBox::Information)
        << messages.first().informativeText.toStdString();
    ASSERT_TRUE(QFileInfo::exists(backup));

    test::seedGroups(*window.workspace().database(), {QStringLiteral("Added later")});
    window.workspace().notifyDataChanged();
    ASSERT_EQ(groupCount(window), 2);

    messages.clear();
    answer = QMessageBox::Yes; // confirm the replacement
    chosenFiles << backup;
    window.actions().restore();
    window.workspace().jobs().waitForIdle();
    ASSERT_EQ(messages.size(), 1) << messages.last().text.toStdString();
    EXPECT_EQ(messages.first().icon, QMessageBox::Question);
    ASSERT_NE(window.workspace().database(), nullptr);
    EXPECT_EQ(window.workspace().path(), ws.path());
    ASSERT_EQ(groupCount(window), 1);
    auto groups = GroupStore(*window.workspace().database()).list();
    ASSERT_TRUE(groups.ok());
    EXPECT_EQ(groups->first().name, QStringLiteral("Kept"));
}

TEST_F(WorkspaceActionsTest, RestoreIsRefusedWhileAnotherProgramHoldsTheWorkspace) {
    test::seedGroups(ws.db(), {QStringLiteral("Current")});
    const QString backup = ws.filePath(QStringLiteral("old.qundesk-backup"));
    {
        test::TempWorkspace old;
        test::seedGroups(old.db(), {QStringLiteral("Old")});
        ASSERT_TRUE(Backup::backupWorkspace(old.db(), backup).ok());
    }
    ws.close();
    // Another program opened the workspace first (its lock file is there).
    test::ForeignLock other(ws.path());
    ASSERT_TRUE(other.isValid());
    MainWindow window(language);
    ASSERT_TRUE(window.actions().open(ws.path()));

    answer = QMessageBox::Yes;
    chosenFiles << backup;
    window.actions().restore();
    window.workspace().jobs().waitForIdle(); // the restore runs as a background job
    ASSERT_EQ(messages.size(), 2);
    EXPECT_EQ(messages.last().icon, QMessageBox::Critical);
    EXPECT_TRUE(
        messages.last().informativeText.contains(QStringLiteral("in use by another program")))
        << messages.last().informativeText.toStdString();
    ASSERT_NE(window.workspace().database(), nullptr);
    auto groups = GroupStore(*window.workspace().database()).list();
    ASSERT_TRUE(groups.ok());
    ASSERT_EQ(groups->size(), 1);
    EXPECT_EQ(groups->first().name, QStringLiteral("Current"));
}

TEST_F(WorkspaceActionsTest, RestoreDeclinedChangesNothing) {
    test::seedGroups(ws.db(), {QStringLiteral("A"), QStringLiteral("B")});
    ws.close();
    MainWindow window(language);
    ASSERT_TRUE(window.actions().open(ws.path()));
    window.workspace().jobs().waitForIdle();
    answer = QMessageBox::No;
    chosenFiles << ws.filePath(QStringLiteral("whatever.qundesk-backup"));
    window.actions().restore();
    EXPECT_EQ(groupCount(window), 2);
    EXPECT_EQ(window.workspace().path(), ws.path());
}

TEST_F(WorkspaceActionsTest, GlossaryListsTheMetricsInTheInterfaceLanguage) {
    const auto english = MetricGlossaryDialog::entries();
    ASSERT_EQ(english.size(), 14);
    EXPECT_EQ(english.first().first, QStringLiteral("Active member"));
    language.apply(QStringLiteral("zh_CN"));
    const auto chinese = MetricGlossaryDialog::entries();
    EXPECT_EQ(chinese.first().first, QStringLiteral("活跃成员"));
    EXPECT_EQ(chinese.at(5).first, QStringLiteral("转化漏斗"));
    language.apply(QStringLiteral("en"));
}

// Opening a damaged workspace: the check after opening says which table is damaged and offers
// the latest backup beside it; restoring it brings the groups back.
TEST_F(WorkspaceActionsTest, ADamagedWorkspaceOffersItsLatestBackup) {
    test::seedGroups(ws.db(), {QStringLiteral("A"), QStringLiteral("B")});
    const QString backup = ws.filePath(QStringLiteral("workspace-20261201-0900.qundesk-backup"));
    ASSERT_TRUE(Backup::backupWorkspace(ws.db(), backup).ok());
    ws.close();
    ASSERT_TRUE(test::damageTable(ws.path(), QStringLiteral("members")));
    MainWindow window(language);
    answer = QMessageBox::Yes;
    ASSERT_TRUE(window.actions().open(ws.path()));
    window.workspace().jobs().waitForIdle(); // the check, the restore, the reopened check
    QCoreApplication::processEvents();
    window.workspace().jobs().waitForIdle();
    ASSERT_FALSE(messages.isEmpty());
    const MessageRequest& offer = messages.first();
    EXPECT_EQ(offer.title, QStringLiteral("The workspace is damaged"));
    EXPECT_TRUE(offer.text.contains(QStringLiteral("damaged in the tables members")))
        << offer.text.toStdString();
    EXPECT_TRUE(offer.informativeText.contains(QFileInfo(backup).fileName()))
        << offer.informativeText.toStdString();
    ASSERT_NE(window.workspace().database(), nullptr);
    EXPECT_TRUE(window.workspace().database()->checkIntegrity().ok());
    EXPECT_EQ(groupCount(window), 2);
    EXPECT_EQ(messages.size(), 1) << "the restored workspace is intact: no second offer";
}

TEST_F(WorkspaceActionsTest, AnIntactWorkspaceOpensWithoutAWord) {
    test::seedGroups(ws.db(), {QStringLiteral("A")});
    ws.close();
    MainWindow window(language);
    ASSERT_TRUE(window.actions().open(ws.path()));
    window.workspace().jobs().waitForIdle();
    QCoreApplication::processEvents();
    EXPECT_TRUE(messages.isEmpty());
}
