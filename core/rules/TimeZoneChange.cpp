// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/TimeZoneChange.h"

#include "db/Database.h"
#include "db/PageCacheScope.h"
#include "db/Transaction.h"
#include "rules/ActivityAggregates.h"
#include "rules/DailyRefresh.h"
#include "rules/DayRebuild.h"
#include "rules/MemberStatusUpdater.h"
#include "rules/TagRuleEngine.h"
#include "store/SettingsStore.h"
#include "util/LogCategories.h"
#include "util/Time.h"

namespace qundesk {

namespace {

// Shares of the whole run: message days, SOP times, member status, tag rules.
constexpr int kDaysEnd = 45;
constexpr int kActivityEnd = 55;
constexpr int kSopEnd = 60;
constexpr int kStatusEnd = 95;

} // namespace

Status TimeZoneChange::run(const Database& db, const QTimeZone& zone,
                           const std::function<void(int)>& progress,
                           const std::function<bool()>& cancel) {
    if (!zone.isValid() || !QTimeZone::isTimeZoneIdAvailable(zone.id()))
        return Error{tr("“%1” is not a known time zone.").arg(QString::fromUtf8(zone.id())), {}, 0};
    SettingsStore settings(db);
    const std::optional<QTimeZone> stored = settings.storedTimeZone();
    if (stored && stored->id() == zone.id())
        return {};
    const QTimeZone previous = settings.timeZone();
    const Error cancelled{tr("Cancelled."), {}, 0};

    int lastPercent = -1;
    const auto report = [&](int percent) {
        if (progress && percent != lastPercent)
            progress(percent);
        lastPercent = percent;
    };
    // A step's share of the run, between `from` and `to` percent.
    const auto share = [&](int from, int to) {
        return [&report, &cancel, from, to](double done) {
            report(from + int(done * (to - from)));
            return !(cancel && cancel());
        };
    };

    const QSqlDatabase conn = db.connection();
    const PageCacheScope cache(conn, 32 * 1024);
    Transaction tx(conn);
    if (!tx.isActive())
        return tx.beginError();
    report(0);
    if (auto s = settings.setTimeZone(zone); !s)
        return s;
    if (auto s = dayrebuild::messageDays(conn, zone, share(0, kDaysEnd)); !s)
        return s;
    if (auto s = dayrebuild::dailyActivity(conn); !s)
        return s;
    if (auto s = activityaggregates::rebuild(conn, zone); !s)
        return s;
    if (!share(kDaysEnd, kActivityEnd)(1.0))
        return cancelled;
    if (auto s = dayrebuild::sopDueTimes(conn, previous, zone, share(kActivityEnd, kSopEnd)); !s)
        return s;
    if (!share(kActivityEnd, kSopEnd)(1.0))
        return cancelled;

    // Stages, fan levels and silence as of today in the new zone, then the rule tags, which
    // read them; the daily refresh counts as done for that day.
    const QDate today = time::today(zone);
    MemberStatusUpdater::Options options;
    options.today = today;
    options.refreshSearchText = false;
    const auto statusStep = share(kSopEnd, kStatusEnd);
    options.progress = [&statusStep](int percent) {
        return statusStep(percent / 100.0);
    };
    if (auto r = MemberStatusUpdater::recompute(db, options); !r)
        return r.error();
    if (!statusStep(1.0))
        return cancelled;
    if (auto r = TagRuleEngine::apply(db, today); !r)
        return r.error();
    if (auto s = settings.setValue(QString::fromLatin1(dailyrefresh::kSettingKey),
                                   time::dayToStorage(today));
        !s)
        return s;
    if (!share(kStatusEnd, 99)(1.0))
        return cancelled;
    if (auto s = tx.commit(); !s)
        return s;
    qCInfo(lcRules).noquote() << "time zone changed from" << previous.id() << "to" << zone.id()
                              << "; days, activity, member status and rule tags rebuilt";
    report(100);
    return {};
}

} // namespace qundesk
