// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include <QApplication>
#include <QStandardPaths>

#include <benchmark/benchmark.h>

// Google Benchmark's main with a QApplication (offscreen unless QT_QPA_PLATFORM says
// otherwise) and QStandardPaths test mode, so the window never touches the user's data.
int main(int argc, char* argv[]) {
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("QunDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("qundesk-ui-bench"));
    ::benchmark::Initialize(&argc, argv);
    if (::benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
