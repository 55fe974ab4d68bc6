// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "MemberBenchmarkWorkspace.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

namespace qundesk::bench {
void registerDashboardStatementBenchmarks();
}

// Google Benchmark's main with a QCoreApplication (Qt Sql loads its driver plugins through
// it) and QStandardPaths test mode, so a benchmark never touches the user's data.
int main(int argc, char* argv[]) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    qundesk::bench::registerDashboardStatementBenchmarks();
    ::benchmark::Initialize(&argc, argv);
    if (::benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    qundesk::bench::closeSharedMemberWorkspace();
    return 0;
}
