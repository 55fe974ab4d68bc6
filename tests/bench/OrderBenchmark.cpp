// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The order CSV import: N orders of a 5,000-member workspace (buyers by handle, a third of the
// rows without an order number, so recognised by date, buyer, amount and product), into a fresh
// workspace, then the same file again (all duplicates). The figures are printed, never asserted.
#include "DemoBenchmarkWorkspace.h"
#include "MemberBenchmarkWorkspace.h"
#include "db/Database.h"
#include "import/MemberCsvImporter.h"
#include "import/OrderCsvImporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <benchmark/benchmark.h>

using namespace qundesk;

namespace {

constexpr int kBuyers = 5000;

QString orderCsv(int rows) {
    const QString path = bench::freshWorkspacePath() + QStringLiteral("-orders-%1.csv").arg(rows);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out << QStringLiteral("订单号,日期,账号,金额,商品\n");
    const QDate first(2025, 6, 1);
    for (int i = 1; i <= rows; ++i) {
        const int buyer = 1 + (i * 7919) % kBuyers;
        out << (i % 3 == 0 ? QString() : QStringLiteral("SO%1").arg(i)) << ','
            << first.addDays(i % 380).toString(Qt::ISODate) << ','
            << QStringLiteral("u%1").arg(buyer, 6, 10, QLatin1Char('0')) << ','
            << QString::number(9.9 + (i % 50) * 10, 'f', 2) << ','
            << QStringLiteral("商品%1").arg(i % 40) << '\n';
    }
    return path;
}

// Args: order rows. import_ms: the first import; again_ms: the same file again.
void BM_ImportOrderCsv(benchmark::State& state) {
    const int rows = int(state.range(0));
    const QString members = bench::memberCsv(kBuyers, 0);
    const QString orders = orderCsv(rows);
    if (members.isEmpty() || orders.isEmpty()) {
        state.SkipWithError("cannot write the CSV files");
        return;
    }
    for (auto _ : state) {
        state.PauseTiming();
        auto db = Database::open(bench::freshWorkspacePath());
        if (!db || !MemberCsvImporter::run(**db, members)) {
            state.SkipWithError("cannot build the member workspace");
            return;
        }
        state.ResumeTiming();
        auto report = OrderCsvImporter::run(**db, orders);
        state.PauseTiming();
        if (!report) {
            state.SkipWithError(qPrintable(report.error().toString()));
            return;
        }
        state.counters["imported"] = report->imported;
        QElapsedTimer again;
        again.start();
        auto second = OrderCsvImporter::run(**db, orders);
        state.counters["again_ms"] = double(again.elapsed());
        state.counters["duplicates"] = second ? second->duplicates : -1;
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * rows);
}
BENCHMARK(BM_ImportOrderCsv)->Arg(2000)->Arg(20000)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace
