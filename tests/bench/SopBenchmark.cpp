// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Issue 12's targets: applying an SOP to 5,000 members ≤ 1 s, a dry run of a 30-step SOP
// ≤ 10 ms, the tasks of the Today page (2,000 due, scripts rendered) read in well under
// 100 ms. The figures are printed, never asserted.
#include "DemoBenchmarkWorkspace.h"
#include "SopBenchmarkWorkspace.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "services/SopService.h"
#include "sop/SopPreview.h"
#include "sop/TaskAgenda.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QElapsedTimer>

#include <benchmark/benchmark.h>

using namespace qundesk;

namespace {

void BM_ApplySopToMembers(benchmark::State& state) {
    const int members = int(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        qint64 groupId = 0;
        auto db = bench::groupOfNewcomers(members, groupId);
        SopTemplate t;
        t.name = QStringLiteral("onboarding");
        t.targetKind = QStringLiteral("group");
        t.steps = {bench::welcomeStep(0, QStringLiteral("group")), bench::welcomeStep(1, QStringLiteral("private")),
                   bench::welcomeStep(3, QStringLiteral("private")), bench::welcomeStep(7, QStringLiteral("private"))};
        const qint64 id = SopService::saveTemplate(*db, t).value();
        state.ResumeTiming();
        auto applied = SopService::apply(*db, id, QStringLiteral("group"), groupId);
        state.PauseTiming();
        if (!applied)
            state.SkipWithError(qPrintable(applied.error().message));
        else
            state.counters["tasks"] = applied->count.tasksAdded;
        // Today's 2,000+ due tasks with rendered scripts, as the Today page reads them.
        QElapsedTimer timer;
        timer.start();
        auto due = sop::TaskAgenda::dueBy(*db, time::today(QTimeZone("Asia/Shanghai")));
        state.counters["today_ms"] = double(timer.nsecsElapsed()) / 1e6;
        state.counters["today_tasks"] = due ? double(due->size()) : -1;
        db.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_ApplySopToMembers)->Arg(5000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_DryRun30Steps(benchmark::State& state) {
    SopTemplate t;
    t.name = QStringLiteral("long");
    for (int i = 0; i < 30; ++i)
        t.steps << bench::welcomeStep(i, i % 2 ? QStringLiteral("private") : QStringLiteral("group"));
    sop::ScriptValues values;
    values.nickname = QStringLiteral("小白");
    for (auto _ : state)
        benchmark::DoNotOptimize(
            sop::SopPreview::forJoin(t, QDate(2026, 5, 3), values, sop::PreviewOptions{}));
}
BENCHMARK(BM_DryRun30Steps)->Unit(benchmark::kMillisecond);

} // namespace
