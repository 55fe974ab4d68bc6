// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
//
// The Analytics page's queries (AnalyticsDashboard: key figures, daily series, WAU/MAU,
// heat map, retention, funnels, revenue, lifecycle, referrers) over seven groups and a year of
// activity. Goal: ≤ 50 ms for 1,000,000 messages. The page reads only the aggregates kept at
// import, so the workspace here holds what a year of N messages leaves in them (member-day,
// group-day and group-hour activity), the stays, orders and member status — generated
// directly, without the messages rows, which the page never reads.
// Arguments: messages, days in the period. Run the full size with
//   qundesk_bench --benchmark_filter=BM_AnalyticsPage/1000000
#include "analytics/AnalyticsDashboard.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/Time.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <map>
#include <memory>

using namespace qundesk;

namespace {

constexpr int kGroups = 7;
constexpr int kDays = 365;
const QDate kLastDay(2026, 6, 30);

bool run(QSqlQuery& q) {
    return q.exec();
}

// Fills an empty workspace with a year of `messages` messages' worth of aggregates.
Status generate(Database& db, qint64 messages) {
    Transaction tx(db.connection());
    QRandomGenerator random(20260630);
    const QSqlDatabase c = db.connection();
    const int perGroup = int(std::max<qint64>(60, messages / 1430)); // 700 at 1M
    const QDate first = kLastDay.addDays(1 - kDays);
    const QString zone = QStringLiteral("Asia/Shanghai");
    if (auto q = sql::exec(c,
                           QStringLiteral("INSERT OR REPLACE INTO settings (key, value) "
                                          "VALUES ('time_zone', :z)"),
                           {{QStringLiteral(":z"), zone}});
        !q)
        return q.error();
    const QTimeZone tz(zone.toUtf8());
    QSqlQuery group(c), member(c), stay(c), status(c), activity(c), day(c), hour(c), order(c);
    group.prepare(QStringLiteral("INSERT INTO chat_groups (id, name, created_at) VALUES (?, ?, "
                                 "'2025-01-01T00:00:00Z')"));
    member.prepare(QStringLiteral("INSERT INTO members (id, display_name, source_channel, "
                                  "referrer_id, created_at, updated_at) VALUES (?, ?, ?, ?, "
                                  "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"));
    stay.prepare(QStringLiteral("INSERT INTO memberships (group_id, member_id, joined_at, "
                                "left_at, leave_kind) VALUES (?, ?, ?, ?, ?)"));
    status.prepare(QStringLiteral("INSERT INTO member_status (member_id, stage, computed_on) "
                                  "VALUES (?, ?, '2026-06-30')"));
    activity.prepare(QStringLiteral("INSERT INTO member_day_activity (group_id, member_id, day, "
                                    "messages) VALUES (?, ?, ?, ?)"));
    day.prepare(QStringLiteral("INSERT INTO group_day_activity (group_id, day, messages, "
                               "active_members) VALUES (?, ?, ?, ?)"));
    hour.prepare(QStringLiteral("INSERT INTO group_hour_activity (group_id, day, hour, "
                                "messages) VALUES (?, ?, ?, ?)"));
    order.prepare(QStringLiteral("INSERT INTO orders (member_id, group_id, ordered_at, "
                                 "amount_cents, created_at) VALUES (?, ?, ?, ?, ?)"));
    const QStringList sources{QStringLiteral("douyin"), QStringLiteral("taobao"),
                              QStringLiteral("wechat"), QStringLiteral("referral"), QString()};
    const QStringList stages{QStringLiteral("new"), QStringLiteral("growing"),
                             QStringLiteral("mature"), QStringLiteral("extending"),
                             QStringLiteral("declining")};
    const double perGroupDay = double(messages) / kGroups / kDays;
    qint64 memberId = 0;
    for (int g = 1; g <= kGroups; ++g) {
        group.addBindValue(g);
        group.addBindValue(QStringLiteral("社群%1").arg(g));
        if (!run(group))
            return sql::failure(group);
        // Members join over the 18 months before the last day; 15 % leave later.
        struct Stay {
            qint64 id;
            QDate joined, left;
        };
        QList<Stay> stays;
        for (int i = 0; i < perGroup; ++i) {
            const qint64 id = ++memberId;
            member.addBindValue(id);
            member.addBindValue(QStringLiteral("成员%1").arg(id));
            member.addBindValue(sql::nullIfEmpty(sources.at(random.bounded(sources.size()))));
            member.addBindValue(id > 20 && random.bounded(8) == 0
                                    ? QVariant(id - 1 - random.bounded(20))
                                    : QVariant(QMetaType::fromType<qint64>()));
            if (!run(member))
                return sql::failure(member);
            status.addBindValue(id);
            status.addBindValue(stages.at(random.bounded(stages.size())));
            if (!run(status))
                return sql::failure(status);
            const QDate joined = kLastDay.addDays(-random.bounded(540));
            const QDate left =
                random.bounded(100) < 15
                    ? joined.addDays(1 +
                                     random.bounded(std::max<qint64>(1, joined.daysTo(kLastDay))))
                    : QDate();
            stays.append({id, joined, left <= kLastDay ? left : QDate()});
            stay.addBindValue(g);
            stay.addBindValue(id);
            stay.addBindValue(time::dayStartToStorage(joined, tz)
                                  .replace(QStringLiteral("T16:00"), QStringLiteral("T02:00")));
            stay.addBindValue(stays.last().left.isValid()
                                  ? QVariant(time::dayStartToStorage(stays.last().left, tz))
                                  : QVariant(QMetaType::fromType<QString>()));
            stay.addBindValue(stays.last().left.isValid()
                                  ? QVariant(QStringLiteral("left"))
                                  : QVariant(QMetaType::fromType<QString>()));
            if (!run(stay))
                return sql::failure(stay);
        }
        for (QDate d = first; d <= kLastDay; d = d.addDays(1)) {
            QList<qint64> present;
            for (const Stay& s : std::as_const(stays))
                if (s.joined <= d && (!s.left.isValid() || s.left > d))
                    present << s.id;
            if (present.isEmpty())
                continue;
            const QString dayText = time::dayToStorage(d);
            const int target = int(perGroupDay * (0.7 + 0.6 * random.generateDouble()));
            QHash<qint64, int> counts;
            for (int m = 0; m < target; ++m) // messages concentrate on a few talkative members
                ++counts[present.at(
                    int(std::pow(random.generateDouble(), 2.5) * double(present.size())))];
            std::array<int, 24> hours{};
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                activity.addBindValue(g);
                activity.addBindValue(it.key());
                activity.addBindValue(dayText);
                activity.addBindValue(it.value());
                if (!run(activity))
                    return sql::failure(activity);
                for (int m = 0; m < it.value(); ++m)
                    ++hours[size_t(8 + random.bounded(16))];
            }
            day.addBindValue(g);
            day.addBindValue(dayText);
            day.addBindValue(target);
            day.addBindValue(int(counts.size()));
            if (!run(day))
                return sql::failure(day);
            for (int h = 0; h < 24; ++h) {
                if (hours[size_t(h)] == 0)
                    continue;
                hour.addBindValue(g);
                hour.addBindValue(dayText);
                hour.addBindValue(h);
                hour.addBindValue(hours[size_t(h)]);
                if (!run(hour))
                    return sql::failure(hour);
            }
            if (random.bounded(3) == 0) { // an order a few days a week
                const QString at = time::dayStartToStorage(d.addDays(1), tz);
                order.addBindValue(present.at(random.bounded(present.size())));
                order.addBindValue(g);
                order.addBindValue(at);
                order.addBindValue(1000 + random.bounded(50000));
                order.addBindValue(at);
                if (!run(order))
                    return sql::failure(order);
            }
        }
    }
    return tx.commit();
}

// One generated workspace per size, for the whole run.
Database* workspace(qint64 messages, benchmark::State& state) {
    static QTemporaryDir dir;
    static std::map<qint64, std::unique_ptr<Database>> cache;
    auto& slot = cache[messages];
    if (!slot) {
        auto db =
            Database::open(dir.filePath(QStringLiteral("analytics-%1.qundesk").arg(messages)));
        if (!db) {
            state.SkipWithError(qPrintable(db.error().toString()));
            return nullptr;
        }
        if (auto s = generate(**db, messages); !s) {
            state.SkipWithError(qPrintable(s.error().toString()));
            return nullptr;
        }
        slot = std::move(db).value();
    }
    return slot.get();
}

void BM_AnalyticsPage(benchmark::State& state) {
    Database* db = workspace(state.range(0), state);
    if (!db)
        return;
    const AnalyticsQuery query{0, kLastDay.addDays(1 - int(state.range(1))), kLastDay};
    for (auto _ : state) {
        auto dashboard = AnalyticsDashboard::compute(*db, query);
        if (!dashboard) {
            state.SkipWithError(qPrintable(dashboard.error().toString()));
            return;
        }
        benchmark::DoNotOptimize(dashboard->activity.days.size());
    }
    state.counters["goal_ms"] = 50;
}
BENCHMARK(BM_AnalyticsPage)
    ->Args({50'000, 30})
    ->Args({50'000, 365})
    ->Args({1'000'000, 30})
    ->Args({1'000'000, 365})
    ->Unit(benchmark::kMillisecond);

} // namespace
