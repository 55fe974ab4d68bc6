// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// Issue 12's target for the window: the Today page with 2,000 due tasks (scripts rendered,
// grouped by group) read and drawn in ≤ 100 ms, offscreen. Printed, never asserted.
#include "SopBenchmarkWorkspace.h"
#include "db/Database.h"
#include "pages/TodayPage.h"
#include "services/SopService.h"
#include "shell/WorkspaceController.h"

#include <QApplication>
#include <QPixmap>
#include <QTreeWidget>

#include <benchmark/benchmark.h>

using namespace qundesk;

namespace {

// A closed workspace whose one group has `members` newcomers, each with one task due today.
QString workspaceWithDueTasks(int members) {
    qint64 groupId = 0;
    auto db = bench::groupOfNewcomers(members, groupId);
    if (!db)
        return {};
    SopTemplate t;
    t.name = QStringLiteral("welcome");
    t.targetKind = QStringLiteral("group");
    t.steps = {bench::welcomeStep(0, QStringLiteral("private"))};
    auto id = SopService::saveTemplate(*db, t);
    if (!id || !SopService::apply(*db, *id, QStringLiteral("group"), groupId))
        return {};
    const QString path = db->path();
    db.reset();
    return path;
}

void BM_TodayPageWithDueTasks(benchmark::State& state) {
    const QString path = workspaceWithDueTasks(int(state.range(0)));
    WorkspaceController workspace;
    if (path.isEmpty() || !workspace.open(path, false)) {
        state.SkipWithError("the workspace could not be made");
        return;
    }
    TodayPage page(workspace);
    page.resize(1280, 800);
    page.show();
    QCoreApplication::processEvents();
    for (auto _ : state) {
        page.reload();
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(page.grab());
    }
    int shown = 0;
    if (auto* tree = page.findChild<QTreeWidget*>())
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            shown += tree->topLevelItem(g)->childCount();
    state.counters["tasks_shown"] = shown;
}
BENCHMARK(BM_TodayPageWithDueTasks)->Arg(2000)->Unit(benchmark::kMillisecond);

} // namespace
