// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// The content calendar: a month of 2,000 items (a quarter of them weekly or daily series, some
// occurrences moved or skipped) read and expanded as the month view does (target ≤ 100 ms with
// the layout); the fatigue check of that month for seven groups with their members (≤ 20 ms);
// the .ics text of 10,000 occurrences' worth of items (≤ 1 s). Each builds its own workspace.
#include "calendar/CalendarQuery.h"
#include "calendar/IcsExport.h"
#include "db/Database.h"
#include "db/Transaction.h"
#include "services/CalendarService.h"
#include "store/ContentStore.h"
#include "store/GroupStore.h"
#include "store/MemberStore.h"
#include "store/MembershipStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <memory>

using namespace qundesk;

namespace {

const QDate kMonth(2026, 5, 1);

struct CalendarWorkspace {
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QList<qint64> groups;
};

// `items` items over May 2026 in seven groups with `members` members each; every fourth item
// is a series (daily or weekly) begun in April, every tenth series has a moved and a skipped
// occurrence.
std::unique_ptr<CalendarWorkspace> build(int items, int members) {
    auto ws = std::make_unique<CalendarWorkspace>();
    auto db = Database::open(ws->dir.filePath(QStringLiteral("calendar.qundesk")));
    if (!db)
        return {};
    ws->db = std::move(db).value();
    const Database& d = *ws->db;
    (void)SettingsStore(d).setTimeZone(QTimeZone("Asia/Shanghai"));
    Transaction tx(d.connection());
    for (int g = 0; g < 7; ++g) {
        Group group;
        group.name = QStringLiteral("群%1").arg(g + 1);
        ws->groups << GroupStore(d).create(group).value();
        for (int m = 0; m < members; ++m) {
            Member member;
            member.displayName = QStringLiteral("成员%1-%2").arg(g).arg(m);
            member.dnd = m % 10 == 0;
            const qint64 id = MemberStore(d).create(member).value();
            (void)MembershipStore(d).join(ws->groups.last(), id);
        }
    }
    const QStringList lines = contentLine::keys();
    const QStringList channels = channel::keys();
    ContentStore store(d);
    for (int i = 0; i < items; ++i) {
        ContentItem c;
        c.groupId = i % 13 == 0 ? 0 : ws->groups.at(i % 7);
        c.title = QStringLiteral("内容 %1").arg(i);
        c.channel = channels.at(i % channels.size());
        c.contentLine = lines.at(i % lines.size());
        c.status = QStringLiteral("scheduled");
        const bool series = i % 4 == 0;
        const QDate day = series ? QDate(2026, 4, 1 + i % 28) : kMonth.addDays(i % 31);
        c.startsAt = QDateTime(day, QTime(8 + i % 14, (i % 4) * 15), QTimeZone::utc());
        if (series)
            c.rrule = i % 8 == 0 ? QStringLiteral("FREQ=DAILY")
                                 : QStringLiteral("FREQ=WEEKLY;BYDAY=MO,WE,FR");
        const qint64 id = store.create(c).value();
        if (series && i % 40 == 0) {
            (void)CalendarService::skipOccurrence(d, id, c.startsAt.addDays(35));
        }
    }
    (void)tx.commit();
    return ws;
}

void BM_CalendarMonthExpansion(benchmark::State& state) {
    auto ws = build(int(state.range(0)), 5);
    if (!ws) {
        state.SkipWithError("cannot build the workspace");
        return;
    }
    qsizetype shown = 0;
    for (auto _ : state) {
        auto occurrences =
            calendar::occurrencesBetween(*ws->db, 0, kMonth.addDays(-4), kMonth.addDays(38));
        shown = occurrences ? occurrences->size() : 0;
        benchmark::DoNotOptimize(shown);
    }
    state.counters["occurrences"] = double(shown);
}
BENCHMARK(BM_CalendarMonthExpansion)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_CalendarFatigueCheck(benchmark::State& state) {
    auto ws = build(700, int(state.range(0)));
    if (!ws) {
        state.SkipWithError("cannot build the workspace");
        return;
    }
    auto plan = calendar::fatiguePlan(*ws->db, 0, kMonth, kMonth.addDays(31));
    if (!plan) {
        state.SkipWithError("no plan");
        return;
    }
    qsizetype warnings = 0;
    for (auto _ : state) {
        warnings = calendar::Fatigue::check(plan.value(), calendar::FatigueLimits{}).size();
        benchmark::DoNotOptimize(warnings);
    }
    state.counters["warnings"] = double(warnings);
}
BENCHMARK(BM_CalendarFatigueCheck)->Arg(50)->Unit(benchmark::kMillisecond);

void BM_CalendarIcsExport(benchmark::State& state) {
    // 2,500 items, a fifth of them series of 20: about 10,000 occurrences.
    auto ws = build(0, 0);
    if (!ws) {
        state.SkipWithError("cannot build the workspace");
        return;
    }
    ContentStore store(*ws->db);
    for (int i = 0; i < int(state.range(0)); ++i) {
        ContentItem c;
        c.groupId = ws->groups.at(i % 7);
        c.title = QStringLiteral("内容 %1").arg(i);
        c.startsAt = QDateTime(kMonth.addDays(i % 60), QTime(9, 0), QTimeZone::utc());
        if (i % 5 == 0)
            c.rrule = QStringLiteral("FREQ=DAILY;COUNT=20");
        (void)store.create(c);
    }
    auto items = calendar::IcsExport::select(*ws->db, {});
    const auto names = GroupStore(*ws->db).names().value();
    qsizetype bytes = 0;
    for (auto _ : state) {
        bytes = calendar::IcsExport::toIcs(items.value(), names, QTimeZone("Asia/Shanghai"),
                                           time::now())
                    .size();
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["bytes"] = double(bytes);
}
BENCHMARK(BM_CalendarIcsExport)->Arg(2500)->Unit(benchmark::kMillisecond);

} // namespace
