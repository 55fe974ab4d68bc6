// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// BM_JobGuiStall: how long the GUI thread's event loop stalls while the window's long work runs
// on the job runner, on the shared 100,000-member workspace. A 5 ms timer ticks on the calling
// (GUI) thread; the longest gap between two ticks, less the 5 ms period, is the stall. Goal:
// max_stall_ms <= 50 for every job (DESIGN.md: nothing over ~50 ms on the GUI thread).
#include "MemberBenchmarkWorkspace.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "jobs/WorkspaceJobs.h"
#include "rules/DailyRefresh.h"
#include "shell/JobRunner.h"
#include "store/MemberListQuery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <benchmark/benchmark.h>
#include <memory>

namespace qundesk::bench {

namespace {

enum StallJob { StallBackup, StallExport, StallRefresh, StallHealth, StallJobCount };

const char* stallJobName(int job) {
    switch (job) {
    case StallBackup:
        return "backup";
    case StallExport:
        return "export_csv";
    case StallRefresh:
        return "daily_refresh";
    case StallHealth:
        return "group_health";
    default:
        return "?";
    }
}

Job makeJob(int which, Database& db, const QList<qint64>& ids, const QString& folder) {
    switch (which) {
    case StallBackup: {
        const QString target = QDir(folder).filePath(QStringLiteral("stall.qundesk-backup"));
        QFile::remove(target);
        return WorkspaceJobs::backup(target);
    }
    case StallExport:
        return WorkspaceJobs::exportMembers(ids, QDir(folder).filePath(QStringLiteral("stall.csv")),
                                            std::make_shared<int>());
    case StallRefresh:
        // Last done long ago, so the job recomputes every member's status and the tag rules.
        (void)sql::exec(db.connection(),
                        QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES "
                                       "('status_day', '2000-01-01')"));
        return WorkspaceJobs::dailyRefresh(memberBenchToday(), std::make_shared<bool>());
    default:
        return WorkspaceJobs::groupHealth(memberBenchToday(),
                                          std::make_shared<QList<GroupHealth>>());
    }
}

} // namespace

static void BM_JobGuiStall(benchmark::State& state) {
    Database* db = sharedMemberWorkspace();
    if (!db) {
        state.SkipWithError("no benchmark workspace");
        return;
    }
    auto ids = MemberListQuery::ids(*db, MemberListFilter{});
    if (!ids) {
        state.SkipWithError("cannot list the members");
        return;
    }
    const QString folder = QFileInfo(db->path()).path();
    const int which = int(state.range(0));
    state.SetLabel(stallJobName(which));
    qint64 worstStall = 0;
    qint64 jobMs = 0;
    bool failed = false;
    for (auto _ : state) {
        JobRunner runner;
        runner.setWorkspacePath(db->path());
        QElapsedTimer clock;
        qint64 lastTick = 0;
        qint64 stall = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
            const qint64 now = clock.elapsed();
            stall = qMax(stall, now - lastTick - 5);
            lastTick = now;
        });
        const Job job = makeJob(which, *db, *ids, folder);
        clock.start();
        ticker.start();
        runner.run(job, nullptr, [&failed](const JobResult& r) { failed = failed || !r.ok(); });
        runner.waitForIdle();
        jobMs = clock.elapsed();
        // The tick after the job ended, so a stall while delivering its result is counted.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 20)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        ticker.stop();
        worstStall = qMax(worstStall, stall);
    }
    if (failed)
        state.SkipWithError("the job failed");
    state.counters["max_stall_ms"] = double(worstStall);
    state.counters["job_ms"] = double(jobMs);
    state.counters["members"] = double(ids->size());
}
BENCHMARK(BM_JobGuiStall)
    ->DenseRange(0, StallJobCount - 1)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace qundesk::bench
