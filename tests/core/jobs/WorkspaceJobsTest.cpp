// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "jobs/WorkspaceJobs.h"

#include "../rules/RulesFixture.h"
#include "jobs/JobContext.h"
#include "rules/DailyRefresh.h"

#include <QFile>
#include <QFileInfo>

using namespace qundesk;
using test::kRulesToday;

namespace {

class WorkspaceJobsTest : public test::RulesFixture {
protected:
    void SetUp() override {
        RulesFixture::SetUp();
        for (int id = 1; id <= 30; ++id)
            member(id, QStringLiteral("2026-05-01T02:00:00Z"));
        active(1, kRulesToday.addDays(-1));
        order(2, QStringLiteral("2026-06-10T02:00:00Z"), 9900);
    }
    int count(const QString& table) {
        return sql::scalar(ws.db().connection(), QStringLiteral("SELECT COUNT(*) FROM ") + table)
            ->toInt();
    }
    // A sink that records every fraction and raises `cancel` at the first report.
    JobContext::ProgressSink cancelAtFirst(std::atomic<bool>& cancel) {
        return [this, &cancel](const QString&, double fraction) {
            fractions << fraction;
            cancel = true;
        };
    }
    JobContext::ProgressSink record() {
        return [this](const QString&, double fraction) {
            fractions << fraction;
        };
    }
    QList<double> fractions;
};

QByteArray bigMemberCsv(int rows) {
    QByteArray bytes = "name,handle,group\n";
    for (int i = 0; i < rows; ++i)
        bytes += QStringLiteral("Member %1,h%1,Big group\n").arg(i).toUtf8();
    return bytes;
}

} // namespace

TEST_F(WorkspaceJobsTest, BackupWritesACopyAndRestoreBringsItBack) {
    const QString copy = ws.filePath(QStringLiteral("copy.qundesk-backup"));
    const Job backup = WorkspaceJobs::backup(copy);
    EXPECT_EQ(backup.access, JobAccess::Read);
    ASSERT_TRUE(runJobHere(backup, &ws.db(), record()).ok());
    EXPECT_TRUE(QFileInfo::exists(copy));
    EXPECT_FALSE(fractions.isEmpty()) << "the job says what it does";

    run(QStringLiteral("DELETE FROM members WHERE id > 10"));
    ws.close();
    const Job restore = WorkspaceJobs::restore(copy, ws.path());
    EXPECT_EQ(restore.access, JobAccess::None);
    ASSERT_TRUE(runJobHere(restore, nullptr).ok());
    auto reopened = Database::open(ws.path());
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(sql::scalar((*reopened)->connection(), QStringLiteral("SELECT COUNT(*) FROM "
                                                                    "members"))
                  ->toInt(),
              30);
}

TEST_F(WorkspaceJobsTest, ABackupOverAnExistingFileFailsAsAStatusAndKeepsTheFile) {
    const QString taken = ws.writeFile(QStringLiteral("taken.qundesk-backup"), "keep me");
    const Status status = runJobHere(WorkspaceJobs::backup(taken), &ws.db());
    ASSERT_FALSE(status.ok());
    EXPECT_FALSE(status.error().message.isEmpty());
    QFile file(taken);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("keep me"));
}

TEST_F(WorkspaceJobsTest, ExportReportsProgressAndCountsTheMembers) {
    const QString path = ws.filePath(QStringLiteral("members.csv"));
    auto written = std::make_shared<int>(-1);
    const Job job = WorkspaceJobs::exportMembers({1, 2, 3, 4}, path, written);
    EXPECT_TRUE(job.cancellable);
    ASSERT_TRUE(runJobHere(job, &ws.db(), record()).ok());
    EXPECT_EQ(*written, 4);
    EXPECT_TRUE(QFileInfo::exists(path));
    ASSERT_FALSE(fractions.isEmpty());
    EXPECT_EQ(fractions.last(), 1.0);
}

TEST_F(WorkspaceJobsTest, ACancelledExportLeavesNoFile) {
    const QString path = ws.filePath(QStringLiteral("members.csv"));
    QList<qint64> ids;
    for (int id = 1; id <= 30; ++id)
        ids << id;
    std::atomic<bool> cancel{false};
    auto written = std::make_shared<int>(-1);
    const Status status = runJobHere(WorkspaceJobs::exportMembers(ids, path, written), &ws.db(),
                                     cancelAtFirst(cancel), &cancel);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().message, JobContext::tr("Cancelled; nothing was changed."));
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(*written, -1) << "no result from a cancelled job";
}

TEST_F(WorkspaceJobsTest, ACancelledImportLeavesTheWorkspaceUnchanged) {
    const QString csv = ws.writeFile(QStringLiteral("big.csv"), bigMemberCsv(20000));
    std::atomic<bool> cancel{false};
    auto report = std::make_shared<ImportReport>();
    const Job job = WorkspaceJobs::importMembers(csv, {}, report);
    EXPECT_EQ(job.access, JobAccess::Write);
    const Status status = runJobHere(job, &ws.db(), cancelAtFirst(cancel), &cancel);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(fractions.size(), 1);
    EXPECT_EQ(count(QStringLiteral("members")), 30);
    EXPECT_EQ(count(QStringLiteral("chat_groups")), 2);
    EXPECT_EQ(report->imported, 0);
}

TEST_F(WorkspaceJobsTest, AnImportReportsProgressToTheEndAndFillsTheReport) {
    const QString csv = ws.writeFile(QStringLiteral("few.csv"), bigMemberCsv(5));
    auto report = std::make_shared<ImportReport>();
    ASSERT_TRUE(runJobHere(WorkspaceJobs::importMembers(csv, {}, report), &ws.db(), record()).ok());
    EXPECT_EQ(report->imported, 5);
    EXPECT_EQ(count(QStringLiteral("members")), 35);
    ASSERT_FALSE(fractions.isEmpty());
    EXPECT_EQ(fractions.last(), 1.0);
}

TEST_F(WorkspaceJobsTest, DailyRefreshRunsOnceADayWithProgress) {
    auto ran = std::make_shared<bool>(false);
    ASSERT_TRUE(runJobHere(WorkspaceJobs::dailyRefresh(kRulesToday, ran), &ws.db(), record()).ok());
    EXPECT_TRUE(*ran);
    EXPECT_EQ(count(QStringLiteral("member_status")), 30);
    ASSERT_FALSE(fractions.isEmpty());
    EXPECT_EQ(fractions.first(), 0.0);
    EXPECT_EQ(fractions.last(), 1.0);

    *ran = true;
    ASSERT_TRUE(runJobHere(WorkspaceJobs::dailyRefresh(kRulesToday, ran), &ws.db()).ok());
    EXPECT_FALSE(*ran) << "once a day";
}

TEST_F(WorkspaceJobsTest, DailyRefreshFailureComesBackAsStatus) {
    run(QStringLiteral("INSERT INTO tags (id, name) VALUES (7, 't')"));
    run(QStringLiteral("INSERT INTO tag_rules (tag_id, name, definition, updated_at) VALUES (7, "
                       "'broken', '{\"conditions\":[{\"field\":\"shoe_size\",\"op\":\"=\","
                       "\"value\":1}]}', 'x')"));
    auto ran = std::make_shared<bool>(false);
    const Status status = runJobHere(WorkspaceJobs::dailyRefresh(kRulesToday, ran), &ws.db());
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().message.contains(QStringLiteral("shoe_size")))
        << status.error().message.toStdString();
    EXPECT_EQ(count(QStringLiteral("settings WHERE key = 'status_day'")), 0)
        << "the day is not marked done, so the next open tries again";
}

TEST_F(WorkspaceJobsTest, GroupHealthComputesEveryGroup) {
    auto health = std::make_shared<QList<GroupHealth>>();
    ASSERT_TRUE(runJobHere(WorkspaceJobs::groupHealth(kRulesToday, health), &ws.db()).ok());
    ASSERT_EQ(health->size(), 2);
    EXPECT_EQ(health->at(0).members, 30);
    EXPECT_EQ(health->at(0).active7, 1);
    EXPECT_EQ(health->at(0).buyers30, 1);
}

TEST_F(WorkspaceJobsTest, ACancelledDemoLeavesNoFileBehind) {
    const QString path = ws.filePath(QStringLiteral("demo.qundesk"));
    std::atomic<bool> cancel{false};
    DemoOptions options;
    options.today = kRulesToday;
    const Job job = WorkspaceJobs::createDemo(path, options, nullptr);
    EXPECT_EQ(job.access, JobAccess::None);
    const Status status = runJobHere(job, nullptr, cancelAtFirst(cancel), &cancel);
    ASSERT_FALSE(status.ok());
    EXPECT_FALSE(fractions.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

TEST_F(WorkspaceJobsTest, TheDemoIsNeverWrittenOverAnExistingFile) {
    const QString path = ws.writeFile(QStringLiteral("mine.qundesk"), "not a demo");
    const Status status = runJobHere(WorkspaceJobs::createDemo(path, {}, nullptr), nullptr);
    ASSERT_FALSE(status.ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("not a demo"));
}
