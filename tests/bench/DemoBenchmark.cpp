// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "DemoBenchmarkWorkspace.h"
#include "db/Database.h"
#include "demo/DemoWorkspace.h"
#include "metrics/SummaryReport.h"

#include <benchmark/benchmark.h>
#include <memory>

using namespace qundesk;

namespace {

// The scale-10 demo (~15k members, ~1M messages, one transaction) into a new file.
void BM_GenerateDemoScale10(benchmark::State& state) {
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = bench::freshWorkspacePath();
        auto db = Database::open(path);
        if (!db) {
            state.SkipWithError(qPrintable(db.error().toString()));
            return;
        }
        DemoOptions options;
        options.scale = bench::kDemoScale;
        options.today = QDate(2026, 6, 20);
        state.ResumeTiming();
        auto stats = DemoWorkspace::generate(**db, options);
        state.PauseTiming();
        if (!stats) {
            state.SkipWithError(qPrintable(stats.error().toString()));
            return;
        }
        state.counters["members"] = double(stats->members);
        state.counters["messages"] = double(stats->messages);
        db->reset(); // close before handing the file to the reading benchmarks
        bench::offerSharedDemo(path);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_GenerateDemoScale10)->Iterations(1)->Unit(benchmark::kSecond);

// Opening the demo workspace: file checks, pragmas, schema version.
void BM_OpenDemoWorkspace(benchmark::State& state) {
    const QString path = bench::sharedDemoPath();
    if (path.isEmpty()) {
        state.SkipWithError("no demo workspace");
        return;
    }
    for (auto _ : state) {
        auto db = Database::open(path);
        if (!db) {
            state.SkipWithError(qPrintable(db.error().toString()));
            return;
        }
        benchmark::DoNotOptimize(db->get());
    }
}
BENCHMARK(BM_OpenDemoWorkspace)->Unit(benchmark::kMillisecond);

// `report summary` over the demo: arg 0 = all groups, all time; 1 = one group, last 30 days.
void BM_SummaryReport(benchmark::State& state) {
    const QString path = bench::sharedDemoPath();
    auto db = path.isEmpty() ? Result<std::unique_ptr<Database>>(Error{}) : Database::open(path);
    if (!db) {
        state.SkipWithError("no demo workspace");
        return;
    }
    SummaryQuery query;
    if (state.range(0) == 1)
        query = {1, QDate(2026, 5, 22), QDate(2026, 6, 20)};
    qint64 messages = 0;
    for (auto _ : state) {
        auto summary = SummaryReport::compute(**db, query);
        if (!summary) {
            state.SkipWithError(qPrintable(summary.error().toString()));
            return;
        }
        messages = summary->messages;
    }
    state.counters["messages"] = double(messages);
}
BENCHMARK(BM_SummaryReport)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

} // namespace
