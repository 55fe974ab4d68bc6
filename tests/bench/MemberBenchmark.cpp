// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Issue 3's targets over 100,000 members: import a 100,000-row CSV (≤ 2 s, memory flat in the
// file size), recompute lifecycle, fan levels and tag rules (≤ 1 s), filter and search the
// Members table (≤ 50 ms per keystroke). The figures are printed, never asserted.
#include "DemoBenchmarkWorkspace.h"
#include "MemberBenchmarkWorkspace.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "import/MemberCsvImporter.h"
#include "rules/BuiltinSegments.h"
#include "rules/MemberStatusUpdater.h"
#include "rules/TagRuleEngine.h"
#include "store/MemberListQuery.h"

#include <QElapsedTimer>

#include <benchmark/benchmark.h>

using namespace qundesk;

namespace {

// Import of an N-row member CSV (args: rows, a referrer every K rows (0 = none)) into a new
// workspace, including new members' status rows and the tag rules the importer applies.
// peak_rss_growth_MiB = peak resident set during the import minus the resident set before it.
// The import holds nothing per row; SQLite's page cache (32 MiB for the import) fills up to
// its limit as the workspace grows, so the figure levels off once the workspace outgrows it:
// compare 100,000 and 200,000 rows.
void BM_ImportMemberCsv(benchmark::State& state) {
    const int rows = int(state.range(0));
    const QString csv = bench::memberCsv(rows, int(state.range(1)));
    if (csv.isEmpty()) {
        state.SkipWithError("cannot write the CSV");
        return;
    }
    double growthMiB = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto db = Database::open(bench::freshWorkspacePath());
        if (!db) {
            state.SkipWithError(qPrintable(db.error().toString()));
            return;
        }
        const bool reset = bench::resetPeakRss();
        const qint64 before = bench::currentRssKiB();
        state.ResumeTiming();
        auto report = MemberCsvImporter::run(**db, csv);
        state.PauseTiming();
        if (!report) {
            state.SkipWithError(qPrintable(report.error().toString()));
            return;
        }
        growthMiB = reset ? double(bench::peakRssKiB() - before) / 1024.0 : -1;
        state.counters["imported"] = report->imported;
        state.ResumeTiming();
    }
    state.counters["peak_rss_growth_MiB"] = growthMiB;
    state.SetItemsProcessed(state.iterations() * rows);
}
BENCHMARK(BM_ImportMemberCsv)
    ->Args({25000, 0})
    ->Args({bench::kMembers, 0})
    ->Args({bench::kMembers, bench::kReferrerEvery})
    ->Args({2 * bench::kMembers, 0})
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

// Lifecycle stage and fan level of every member (MemberStatusUpdater), then the four tag rules
// (TagRuleEngine), as after an edit or an import. Args: search text rebuilt too (1) or kept
// (0, what a new day or a tag edit needs); the day: the same each run (0: nothing changed, so
// nothing is written) or alternating (1: silent days change, so nearly every row is written).
// status_ms / rules_ms split the time; rows_written is from the last run.
void BM_RecomputeStatusAndTagRules(benchmark::State& state) {
    Database* db = bench::sharedMemberWorkspace();
    if (!db) {
        state.SkipWithError("no member workspace");
        return;
    }
    double statusMs = 0, rulesMs = 0;
    int written = 0;
    int run = 0;
    for (auto _ : state) {
        const QDate today = bench::memberBenchToday().addDays(state.range(1) == 1 ? ++run % 2 : 0);
        MemberStatusUpdater::Options options;
        options.today = today;
        options.refreshSearchText = state.range(0) == 1;
        QElapsedTimer timer;
        timer.start();
        auto status = MemberStatusUpdater::recompute(*db, options);
        statusMs += double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        auto rules = TagRuleEngine::apply(*db, today);
        rulesMs += double(timer.nsecsElapsed()) / 1e6;
        if (!status || !rules) {
            state.SkipWithError("recompute failed");
            return;
        }
        written = *status;
    }
    state.counters["rows_written"] = written;
    state.counters["status_ms"] = statusMs / double(state.iterations());
    state.counters["rules_ms"] = rulesMs / double(state.iterations());
}
BENCHMARK(BM_RecomputeStatusAndTagRules)
    ->ArgNames({"search_text", "new_day"})
    ->Args({0, 0})
    ->Args({0, 1})
    ->Args({1, 1})
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0);

// What an operator types into the search box, one keystroke after another.
const QStringList& keystrokes() {
    static const QStringList list = {QStringLiteral("王"),     QStringLiteral("王小"),
                                     QStringLiteral("王小明"), QStringLiteral("u0"),
                                     QStringLiteral("u0123"),  QStringLiteral("13900012"),
                                     QStringLiteral("周末"),   QStringLiteral("zz-none")};
    return list;
}

void runIds(benchmark::State& state, const MemberListFilter& filter) {
    Database* db = bench::sharedMemberWorkspace();
    if (!db) {
        state.SkipWithError("no member workspace");
        return;
    }
    qsizetype matches = 0;
    for (auto _ : state) {
        auto ids =
            MemberListQuery::ids(*db, filter, MemberSort::Name, true, bench::memberBenchToday());
        if (!ids) {
            state.SkipWithError(qPrintable(ids.error().toString()));
            return;
        }
        matches = ids->size();
    }
    state.counters["matches"] = double(matches);
}

// Search over name, handle, nickname, phone and notes; one query per keystroke.
void BM_MemberSearchKeystroke(benchmark::State& state) {
    MemberListFilter filter;
    filter.search = keystrokes().at(state.range(0));
    state.SetLabel(filter.search.toStdString());
    runIds(state, filter);
}
BENCHMARK(BM_MemberSearchKeystroke)->DenseRange(0, 7)->Unit(benchmark::kMillisecond);

// The first keystroke after an edit: the name order kept for the workspace is read again
// (store/MemberNameOrder.h). Each run changes one setting first; its time is not counted.
void BM_MemberSearchAfterEdit(benchmark::State& state) {
    Database* db = bench::sharedMemberWorkspace();
    if (!db) {
        state.SkipWithError("no member workspace");
        return;
    }
    MemberListFilter filter;
    filter.search = QStringLiteral("u0");
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        (void)sql::exec(
            db->connection(),
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('bench_edit', "
                           ":v) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {{QStringLiteral(":v"), ++run}});
        state.ResumeTiming();
        auto ids =
            MemberListQuery::ids(*db, filter, MemberSort::Name, true, bench::memberBenchToday());
        if (!ids) {
            state.SkipWithError(qPrintable(ids.error().toString()));
            return;
        }
        state.counters["matches"] = double(ids->size());
    }
}
BENCHMARK(BM_MemberSearchAfterEdit)->Unit(benchmark::kMillisecond);

// The stage filter alone, and with a search string.
void BM_MemberStageFilter(benchmark::State& state) {
    MemberListFilter filter;
    filter.stage = QStringLiteral("declining");
    if (state.range(0) == 1)
        filter.search = QStringLiteral("王小");
    state.SetLabel(state.range(0) == 1 ? "declining + search" : "declining");
    runIds(state, filter);
}
BENCHMARK(BM_MemberStageFilter)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// Each built-in segment (never posted, silent, recently inactive, birthday, declining buyers).
void BM_MemberBuiltinSegment(benchmark::State& state) {
    Database* db = bench::sharedMemberWorkspace();
    const QList<BuiltinSegment> segments = builtinsegments::all(Thresholds{});
    if (!db || state.range(0) >= segments.size()) {
        state.SkipWithError("no member workspace or segment");
        return;
    }
    const BuiltinSegment& segment = segments.at(state.range(0));
    state.SetLabel(segment.key.toStdString());
    MemberListFilter filter;
    filter.segment = segment.definition;
    runIds(state, filter);
}
BENCHMARK(BM_MemberBuiltinSegment)->DenseRange(0, 4)->Unit(benchmark::kMillisecond);

} // namespace
