// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "jobs/JobContext.h"

#include "TempWorkspace.h"
#include "jobs/Job.h"

#include <QList>
#include <QPair>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

struct Heard {
    QList<QPair<QString, double>> reports;
    JobContext::ProgressSink sink() {
        return [this](const QString& text, double fraction) {
            reports.append({text, fraction});
        };
    }
};

} // namespace

TEST(JobContext, ForwardsProgressOnlyWhenItChanges) {
    std::atomic<bool> cancel{false};
    Heard heard;
    JobContext context(nullptr, cancel, heard.sink());
    context.report(QStringLiteral("Reading"), 0.1);
    context.report(QStringLiteral("Reading"), 0.1);     // the same: not forwarded
    context.report(QStringLiteral("Reading"), 0.10001); // rounds to the same per-mille
    context.report(0.5);                                // keeps the text
    context.report(QStringLiteral("Writing"), 0.5);
    context.report(QStringLiteral("Writing"), -1);  // unknown amount
    context.report(QStringLiteral("Writing"), 7.0); // clamped
    ASSERT_EQ(heard.reports.size(), 5);
    EXPECT_EQ(heard.reports.at(0), qMakePair(QStringLiteral("Reading"), 0.1));
    EXPECT_EQ(heard.reports.at(1), qMakePair(QStringLiteral("Reading"), 0.5));
    EXPECT_EQ(heard.reports.at(2), qMakePair(QStringLiteral("Writing"), 0.5));
    EXPECT_LT(heard.reports.at(3).second, 0);
    EXPECT_EQ(heard.reports.at(4).second, 1.0);
}

TEST(JobContext, CancellableProgressAnswersWithTheCancelFlag) {
    std::atomic<bool> cancel{false};
    Heard heard;
    JobContext context(nullptr, cancel, heard.sink());
    auto progress = context.cancellableProgress(QStringLiteral("Importing"));
    EXPECT_TRUE(progress(10));
    cancel = true; // as the GUI thread would
    EXPECT_TRUE(context.isCancelled());
    EXPECT_FALSE(progress(20));
    ASSERT_EQ(heard.reports.size(), 2);
    EXPECT_EQ(heard.reports.at(1), qMakePair(QStringLiteral("Importing"), 0.2));
}

TEST(JobContext, RunJobHereRunsOnTheCallingThreadWithTheGivenConnection) {
    test::TempWorkspace ws;
    Job job;
    job.access = JobAccess::Read;
    Database* seen = nullptr;
    job.run = [&seen](JobContext& context) {
        seen = context.database();
        context.report(QStringLiteral("half"), 0.5);
        return Status{};
    };
    Heard heard;
    EXPECT_TRUE(runJobHere(job, &ws.db(), heard.sink()).ok());
    EXPECT_EQ(seen, &ws.db());
    ASSERT_EQ(heard.reports.size(), 1);
    EXPECT_EQ(heard.reports.first().second, 0.5);
}

TEST(JobContext, RunJobHereRefusesAJobThatNeedsAWorkspaceWithoutOne) {
    Job job;
    job.access = JobAccess::Write;
    bool ran = false;
    job.run = [&ran](JobContext&) {
        ran = true;
        return Status{};
    };
    const Status status = runJobHere(job, nullptr);
    EXPECT_FALSE(status.ok());
    EXPECT_FALSE(ran);
}

TEST(JobContext, ErrorsComeBackAsStatus) {
    Job job;
    job.access = JobAccess::None;
    job.run = [](JobContext&) -> Status {
        return Error{QStringLiteral("disk full"), {}, 0};
    };
    const Status status = runJobHere(job, nullptr);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message, QStringLiteral("disk full"));
}

TEST(JobContext, AJobCancelledBeforeItStartsDoesNotRun) {
    std::atomic<bool> cancel{true};
    Job job;
    job.access = JobAccess::None;
    bool ran = false;
    job.run = [&ran](JobContext&) {
        ran = true;
        return Status{};
    };
    EXPECT_FALSE(runJobHere(job, nullptr, {}, &cancel).ok());
    EXPECT_FALSE(ran);
}
