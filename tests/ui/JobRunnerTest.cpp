// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/JobRunner.h"

#include "TempWorkspace.h"
#include "UiFixture.h"
#include "db/Database.h"
#include "jobs/JobContext.h"
#include "shell/JobIndicator.h"
#include "shell/LanguageManager.h"
#include "shell/MainMenus.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceActions.h"
#include "shell/WorkspaceController.h"
#include "store/GroupStore.h"

#include <QAction>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace qundesk;

namespace {

// A job that reports half-way, then waits until the test releases it or it is cancelled.
struct Gate {
    std::atomic<bool> release{false};
    std::atomic<bool> running{false};

    Job job(JobAccess access, bool cancellable = false) {
        Job job;
        job.title = QStringLiteral("Gate job");
        job.access = access;
        job.cancellable = cancellable;
        job.run = [this](JobContext& context) -> Status {
            running = true;
            context.report(QStringLiteral("waiting"), 0.5);
            while (!release && !context.isCancelled())
                QThread::msleep(2);
            return context.isCancelled() ? context.cancelledStatus() : Status{};
        };
        return job;
    }
};

class JobRunnerTest : public test::UiFixture {
protected:
    void SetUp() override {
        UiFixture::SetUp();
        language.apply(QStringLiteral("en"));
        test::seedGroups(ws.db(), {QStringLiteral("A")});
        ws.close();
    }
    // A window on the workspace with its opening jobs (the day's refresh, group health) done.
    std::unique_ptr<MainWindow> openWindow() {
        auto window = std::make_unique<MainWindow>(language);
        EXPECT_TRUE(window->actions().open(ws.path()));
        window->workspace().jobs().waitForIdle();
        return window;
    }
    template <typename T>
    static T* child(MainWindow& window, const char* name) {
        T* found = window.findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    LanguageManager language;
    test::TempWorkspace ws;
};

} // namespace

TEST_F(JobRunnerTest, RunsOnAWorkerWithItsOwnConnectionAndAnswersOnTheGuiThread) {
    auto window = openWindow();
    JobRunner& jobs = window->workspace().jobs();
    QThread* worker = nullptr;
    Database* connection = nullptr;
    QString path;
    int groups = -1;
    Job job;
    job.title = QStringLiteral("count");
    job.access = JobAccess::Read;
    job.run = [&](JobContext& context) -> Status {
        worker = QThread::currentThread();
        connection = context.database();
        path = context.database()->path();
        groups = int(GroupStore(*context.database()).list(true)->size());
        return {};
    };
    QThread* answeredOn = nullptr;
    bool ok = false;
    jobs.run(job, window.get(), [&](const JobResult& result) {
        answeredOn = QThread::currentThread();
        ok = result.ok();
    });
    EXPECT_TRUE(jobs.isBusy());
    jobs.waitForIdle();
    EXPECT_TRUE(ok);
    EXPECT_EQ(answeredOn, QThread::currentThread()) << "results come back on the GUI thread";
    EXPECT_NE(worker, QThread::currentThread()) << "the job ran on a worker";
    EXPECT_NE(connection, window->workspace().database()) << "with a connection of its own";
    EXPECT_EQ(path, ws.path());
    EXPECT_EQ(groups, 1);
}

TEST_F(JobRunnerTest, TheIndicatorShowsWhileAJobRunsAndHidesAfter) {
    auto window = openWindow();
    JobRunner& jobs = window->workspace().jobs();
    auto* indicator = child<JobIndicator>(*window, "jobIndicator");
    auto* label = child<QLabel>(*window, "jobLabel");
    auto* bar = child<QProgressBar>(*window, "jobProgress");
    auto* cancel = child<QPushButton>(*window, "jobCancelButton");
    EXPECT_TRUE(indicator->isHidden());

    Gate gate;
    jobs.run(gate.job(JobAccess::Read));
    QTRY_VERIFY(!indicator->isHidden());
    QTRY_COMPARE(bar->value(), 500);
    EXPECT_TRUE(label->text().startsWith(QStringLiteral("Gate job — waiting")))
        << label->text().toStdString();
    EXPECT_TRUE(cancel->isHidden()) << "this job cannot be cancelled";
    gate.release = true;
    jobs.waitForIdle();
    EXPECT_TRUE(indicator->isHidden());
}

TEST_F(JobRunnerTest, CancelStopsTheRunningJob) {
    auto window = openWindow();
    JobRunner& jobs = window->workspace().jobs();
    auto* cancel = child<QPushButton>(*window, "jobCancelButton");
    Gate gate;
    std::optional<JobResult> result;
    jobs.run(gate.job(JobAccess::Write, true), window.get(),
             [&result](const JobResult& r) { result = r; });
    QTRY_VERIFY(!child<JobIndicator>(*window, "jobIndicator")->isHidden());
    ASSERT_FALSE(cancel->isHidden());
    cancel->click();
    QTRY_VERIFY(result.has_value());
    EXPECT_FALSE(result->ok());
    EXPECT_TRUE(result->cancelled);
    EXPECT_FALSE(result->changed);
    EXPECT_FALSE(gate.release.load()) << "it ended because of Cancel";
}

TEST_F(JobRunnerTest, WriteActionsWaitWhileAJobWrites) {
    auto window = openWindow();
    JobRunner& jobs = window->workspace().jobs();
    auto* newGroup = child<QPushButton>(*window, "newGroupButton");
    auto* newMember = child<QPushButton>(*window, "newMemberButton");
    auto* import = child<QPushButton>(*window, "importMembersButton");
    MainMenus& menus = window->menus();
    ASSERT_TRUE(newGroup->isEnabled());
    ASSERT_TRUE(import->isEnabled());
    ASSERT_TRUE(menus.restore->isEnabled());

    // A reading job leaves the window's edits alone.
    Gate reader;
    jobs.run(reader.job(JobAccess::Read));
    QTRY_VERIFY(reader.running.load());
    EXPECT_FALSE(jobs.isWriting());
    EXPECT_TRUE(newGroup->isEnabled());
    reader.release = true;
    jobs.waitForIdle();

    QSignalSpy dataChanged(&window->workspace(), &WorkspaceController::dataChanged);
    Gate writer;
    jobs.run(writer.job(JobAccess::Write));
    EXPECT_TRUE(jobs.isWriting());
    EXPECT_FALSE(newGroup->isEnabled());
    EXPECT_FALSE(newMember->isEnabled());
    EXPECT_FALSE(import->isEnabled());
    EXPECT_FALSE(menus.restore->isEnabled());
    EXPECT_FALSE(menus.preferences->isEnabled());
    EXPECT_FALSE(menus.tagsAndRules->isEnabled());
    EXPECT_FALSE(menus.openWorkspace->isEnabled());
    EXPECT_TRUE(menus.backup->isEnabled()) << "a backup only reads";
    QTRY_VERIFY(!child<JobIndicator>(*window, "jobIndicator")->isHidden());
    EXPECT_TRUE(
        child<QLabel>(*window, "jobLabel")->text().contains(QStringLiteral("editing waits")));
    EXPECT_EQ(dataChanged.size(), 0);

    writer.release = true;
    QTRY_VERIFY(!jobs.isWriting());
    EXPECT_TRUE(newGroup->isEnabled());
    EXPECT_TRUE(import->isEnabled());
    EXPECT_TRUE(menus.restore->isEnabled());
    EXPECT_TRUE(menus.preferences->isEnabled());
    EXPECT_GE(dataChanged.size(), 1) << "pages read again after a write";
}

TEST_F(JobRunnerTest, AFailedWriteReportsItsErrorAndReloadsNothing) {
    auto window = openWindow();
    JobRunner& jobs = window->workspace().jobs();
    QSignalSpy dataChanged(&window->workspace(), &WorkspaceController::dataChanged);
    std::optional<JobResult> result;
    jobs.run(
        QStringLiteral("fails"),
        [](JobContext&) -> Status {
            return Error{QStringLiteral("disk full"), {}, 0};
        },
        window.get(), [&result](const JobResult& r) { result = r; });
    jobs.waitForIdle();
    ASSERT_TRUE(result.has_value());
    EXPECT_FALSE(result->ok());
    EXPECT_FALSE(result->cancelled);
    EXPECT_EQ(result->status.error().message, QStringLiteral("disk full"));
    EXPECT_EQ(dataChanged.size(), 0);
}

TEST_F(JobRunnerTest, JobsRunInTurnAndAQueuedJobCanBeCancelledOrReplaced) {
    JobRunner jobs;
    jobs.setWorkspacePath(ws.path());
    Gate first;
    QStringList order;
    jobs.run(first.job(JobAccess::Read), nullptr,
             [&order](const JobResult&) { order << QStringLiteral("first"); });
    auto named = [&order](const QString& key, const char* name) {
        Job job;
        job.title = QString::fromLatin1(name);
        job.key = key;
        job.access = JobAccess::Read;
        job.run = [](JobContext&) {
            return Status{};
        };
        return job;
    };
    std::optional<JobResult> cancelled;
    const quint64 second =
        jobs.run(named({}, "second"), nullptr, [&cancelled](const JobResult& r) { cancelled = r; });
    jobs.run(named(QStringLiteral("health"), "old"), nullptr,
             [&order](const JobResult&) { order << QStringLiteral("old"); });
    jobs.run(named(QStringLiteral("health"), "new"), nullptr,
             [&order](const JobResult&) { order << QStringLiteral("new"); });
    EXPECT_EQ(jobs.queuedCount(), 2) << "the newer health request replaced the older";
    EXPECT_TRUE(jobs.isPending(second));
    jobs.cancel(second);
    ASSERT_TRUE(cancelled.has_value());
    EXPECT_TRUE(cancelled->cancelled);
    EXPECT_FALSE(jobs.isPending(second));
    first.release = true;
    jobs.waitForIdle();
    EXPECT_EQ(order, QStringList({QStringLiteral("first"), QStringLiteral("new")}));
}

TEST_F(JobRunnerTest, AnswersAreDroppedWhenTheirContextIsGone) {
    JobRunner jobs;
    jobs.setWorkspacePath(ws.path());
    Gate gate;
    bool answered = false;
    auto context = std::make_unique<QObject>();
    jobs.run(gate.job(JobAccess::Read), context.get(),
             [&answered](const JobResult&) { answered = true; });
    context.reset();
    gate.release = true;
    jobs.waitForIdle();
    EXPECT_FALSE(answered);
}

TEST_F(JobRunnerTest, AJobWithoutAWorkspaceFailsClearly) {
    JobRunner jobs; // no workspace path
    std::optional<JobResult> result;
    Gate gate;
    jobs.run(gate.job(JobAccess::Read), nullptr, [&result](const JobResult& r) { result = r; });
    jobs.waitForIdle();
    ASSERT_TRUE(result.has_value());
    EXPECT_FALSE(result->ok());
    EXPECT_FALSE(gate.running.load()) << "the job itself never ran";
}
