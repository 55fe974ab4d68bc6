// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// The dashboards over the scale-10 demo (~15k members, ~1M messages): group health as the
// Groups page computes it, and each dashboard and status statement on its own (the names are
// dashboardStatements()'s, e.g. "group health 2" for the 7-day active members).
#include "DemoBenchmarkWorkspace.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "metrics/DashboardStatements.h"
#include "metrics/GroupHealth.h"
#include "metrics/MemberReport.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QSqlQuery>

#include <benchmark/benchmark.h>
#include <memory>

using namespace qundesk;

namespace {

std::unique_ptr<Database> openDemo(benchmark::State& state) {
    const QString path = bench::sharedDemoPath();
    auto db = path.isEmpty() ? Result<std::unique_ptr<Database>>(Error{}) : Database::open(path);
    if (!db) {
        state.SkipWithError("no demo workspace");
        return {};
    }
    return std::move(db).value();
}

// Values for every placeholder of the dashboard statements: the 7- and 30-day windows ending
// on the demo's last day, group 1, members 1..3.
QVariantMap demoBinds(const Database& db) {
    const QDate today = bench::demoToday();
    const QTimeZone zone = SettingsStore(db).timeZone();
    QVariantMap binds = {
        {QStringLiteral(":end"), time::dayStartToStorage(today.addDays(1), zone)},
        {QStringLiteral(":to_end"), time::dayStartToStorage(today.addDays(1), zone)},
        {QStringLiteral(":from30_at"), time::dayStartToStorage(today.addDays(-29), zone)},
        {QStringLiteral(":from_at"), time::dayStartToStorage(today.addDays(-29), zone)},
        {QStringLiteral(":from7_day"), time::dayToStorage(today.addDays(-6))},
        {QStringLiteral(":from_day"), time::dayToStorage(today.addDays(-29))},
        {QStringLiteral(":to_day"), time::dayToStorage(today)},
        {QStringLiteral(":today"), time::dayToStorage(today)},
        {QStringLiteral(":since"), time::dayToStorage(today.addDays(-30))},
        {QStringLiteral(":group"), 1},
        {QStringLiteral(":activity_group"), 1},
        {QStringLiteral(":member_group"), 1},
        {QStringLiteral(":all_groups"), 0},
        {QStringLiteral(":currency"), SettingsStore(db).currency()},
    };
    for (int i = 0; i < 3; ++i)
        binds.insert(QStringLiteral(":m%1").arg(i), i + 1);
    return binds;
}

// Group health of every group, as the Groups page loads it (goal: 50 ms at scale 10).
void BM_GroupHealth(benchmark::State& state) {
    auto db = openDemo(state);
    if (!db)
        return;
    for (auto _ : state) {
        auto health = GroupHealthReport::compute(*db, bench::demoToday());
        if (!health) {
            state.SkipWithError(qPrintable(health.error().toString()));
            return;
        }
        benchmark::DoNotOptimize(health->size());
    }
}
BENCHMARK(BM_GroupHealth)->Unit(benchmark::kMillisecond);

// Lifecycle counts of all members (arg 0) and the member report of group 1 (arg 1).
void BM_MemberReport(benchmark::State& state) {
    auto db = openDemo(state);
    if (!db)
        return;
    for (auto _ : state) {
        if (state.range(0) == 0) {
            auto stages = MemberReport::lifecycle(*db);
            if (!stages)
                return state.SkipWithError(qPrintable(stages.error().toString()));
            benchmark::DoNotOptimize(stages->size());
        } else {
            auto rows = MemberReport::members(*db, 1);
            if (!rows)
                return state.SkipWithError(qPrintable(rows.error().toString()));
            benchmark::DoNotOptimize(rows->size());
        }
    }
}
BENCHMARK(BM_MemberReport)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// One dashboard or status statement (its index in dashboardStatements()), read to the end.
void BM_DashboardStatement(benchmark::State& state) {
    const QList<NamedStatement> statements = dashboardStatements();
    const NamedStatement& statement = statements.at(state.range(0));
    state.SetLabel(statement.name.toStdString());
    auto db = openDemo(state);
    if (!db)
        return;
    const QVariantMap binds = sql::bindsUsedBy(statement.text, demoBinds(*db));
    for (auto _ : state) {
        auto q = sql::exec(db->connection(), statement.text, binds);
        if (!q) {
            state.SkipWithError(qPrintable(q.error().toString()));
            return;
        }
        int rows = 0;
        while (q->next())
            ++rows;
        benchmark::DoNotOptimize(rows);
    }
}
} // namespace

namespace qundesk::bench {

// Registered from main(): the statements' count is known only once static strings exist.
void registerDashboardStatementBenchmarks() {
    benchmark::RegisterBenchmark("BM_DashboardStatement", BM_DashboardStatement)
        ->DenseRange(0, int(dashboardStatements().size()) - 1)
        ->Unit(benchmark::kMillisecond);
}

} // namespace qundesk::bench
