// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Issue 12's targets: applying an SOP to 5,000 members ≤ 1 s, a dry run of a 30-step SOP
// ≤ 10 ms, the tasks of the Today page (2,000 due, scripts rendered) read in well under
// 100 ms. The figures are printed, never asserted.
#include "DemoBenchmarkWorkspace.h"
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

SopStep step(int day, const QString& channelKey) {
    SopStep s;
    s.title = QStringLiteral("第%1天").arg(day);
    s.dayOffset = day;
    s.channel = channelKey;
    s.windowStart = QTime(0, 0);
    s.windowEnd = QTime(21, 0);
    s.script = QStringLiteral("{nickname}，欢迎加入{group}！我是{operator}，今天是{date}");
    return s;
}

// A workspace with one group of `members` members who all joined today.
std::unique_ptr<Database> groupOf(int members, qint64& groupId) {
    auto db = Database::open(bench::freshWorkspacePath());
    if (!db)
        return nullptr;
    const QSqlDatabase c = (*db)->connection();
    const QString now = time::toStorage(time::now());
    (void)SettingsStore(**db).setTimeZone(QTimeZone("Asia/Shanghai"));
    (void)sql::exec(c,
                    QStringLiteral("INSERT INTO chat_groups (name, created_at) VALUES ('g', "
                                   ":now)"),
                    {{QStringLiteral(":now"), now}});
    groupId = sql::scalar(c, QStringLiteral("SELECT id FROM chat_groups"))->toLongLong();
    (void)sql::exec(c, QStringLiteral("BEGIN"));
    for (int i = 0; i < members; ++i) {
        auto q = sql::exec(c,
                           QStringLiteral("INSERT INTO members (display_name, created_at, "
                                          "updated_at) VALUES (:n, :now, :now)"),
                           {{QStringLiteral(":n"), QStringLiteral("成员%1").arg(i)},
                            {QStringLiteral(":now"), now}});
        (void)sql::exec(c,
                        QStringLiteral("INSERT INTO memberships (group_id, member_id, "
                                       "joined_at) VALUES (:g, :m, :now)"),
                        {{QStringLiteral(":g"), groupId},
                         {QStringLiteral(":m"), q->lastInsertId()},
                         {QStringLiteral(":now"), now}});
    }
    (void)sql::exec(c, QStringLiteral("COMMIT"));
    return std::move(db).value();
}

void BM_ApplySopToMembers(benchmark::State& state) {
    const int members = int(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        qint64 groupId = 0;
        auto db = groupOf(members, groupId);
        SopTemplate t;
        t.name = QStringLiteral("onboarding");
        t.targetKind = QStringLiteral("group");
        t.steps = {step(0, QStringLiteral("group")), step(1, QStringLiteral("private")),
                   step(3, QStringLiteral("private")), step(7, QStringLiteral("private"))};
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
        t.steps << step(i, i % 2 ? QStringLiteral("private") : QStringLiteral("group"));
    sop::ScriptValues values;
    values.nickname = QStringLiteral("小白");
    for (auto _ : state)
        benchmark::DoNotOptimize(
            sop::SopPreview::forJoin(t, QDate(2026, 5, 3), values, sop::PreviewOptions{}));
}
BENCHMARK(BM_DryRun30Steps)->Unit(benchmark::kMillisecond);

} // namespace
