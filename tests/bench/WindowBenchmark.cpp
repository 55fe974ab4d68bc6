// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// The window over the scale-10 demo (~15k members, ~1M messages), offscreen: opening the
// workspace until the Groups page is drawn (goal: 0.5 s with the window's own start), and
// switching to each page after the data changed (goal: 100 ms).
#include "DemoBenchmarkWorkspace.h"
#include "pages/PageCatalog.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceActions.h"
#include "shell/WorkspaceController.h"
#include "util/Time.h"

#include <QApplication>
#include <QPixmap>
#include <QTimeZone>

#include <benchmark/benchmark.h>

using namespace qundesk;

namespace {

// The benchmarks' clock: noon of the demo's last day, so "today" has the demo's activity.
void fixClock() {
    time::setFixedNow(
        QDateTime(bench::demoToday(), QTime(12, 0), QTimeZone("Asia/Shanghai")).toUTC());
}

// Builds the window, shows it on the Groups page, opens the demo and draws the window.
void BM_OpenScale10InWindow(benchmark::State& state) {
    const QString path = bench::sharedDemoPath();
    if (path.isEmpty()) {
        state.SkipWithError("no demo workspace");
        return;
    }
    fixClock();
    LanguageManager language;
    for (auto _ : state) {
        MainWindow window(language);
        window.resize(1280, 800);
        window.setCurrentPage(PageId::Groups);
        window.show();
        if (!window.actions().open(path)) {
            state.SkipWithError("the workspace did not open");
            return;
        }
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(window.grab());
        state.PauseTiming();
        window.close();
        state.ResumeTiming();
    }
    time::setFixedNow({});
}
BENCHMARK(BM_OpenScale10InWindow)->Unit(benchmark::kMillisecond)->Iterations(3);

// Switching from the Groups page to page `range(0)` (PageCatalog::all() order) after a data
// change, which leaves the hidden pages to reload when shown; until it is drawn.
void BM_SwitchPage(benchmark::State& state) {
    const QString path = bench::sharedDemoPath();
    if (path.isEmpty()) {
        state.SkipWithError("no demo workspace");
        return;
    }
    const PageId target = PageCatalog::all().at(state.range(0));
    state.SetLabel(PageCatalog::key(target).toStdString());
    fixClock();
    LanguageManager language;
    MainWindow window(language);
    window.resize(1280, 800);
    window.setCurrentPage(PageId::Groups);
    window.show();
    if (!window.actions().open(path)) {
        state.SkipWithError("the workspace did not open");
        return;
    }
    QCoreApplication::processEvents();
    for (auto _ : state) {
        state.PauseTiming();
        window.setCurrentPage(PageId::Groups);
        window.workspace().notifyDataChanged();
        QCoreApplication::processEvents();
        state.ResumeTiming();
        window.setCurrentPage(target);
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(window.grab());
    }
    time::setFixedNow({});
}
BENCHMARK(BM_SwitchPage)->DenseRange(0, 6)->Unit(benchmark::kMillisecond);

} // namespace
