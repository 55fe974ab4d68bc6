// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "services/SettingsService.h"

#include "rules/CurrencyChange.h"
#include "rules/MemberStatusUpdater.h"
#include "rules/TagRuleEngine.h"
#include "services/ServiceTransaction.h"
#include "util/Time.h"

namespace qundesk {

bool SettingsService::affectsStages(const Thresholds& before, const Thresholds& after) {
    return before.silentDays != after.silentDays || before.newMemberDays != after.newMemberDays ||
           before.declineOrderDays != after.declineOrderDays ||
           before.extendingOrders != after.extendingOrders;
}

Result<SettingsService::Saved> SettingsService::save(const Database& db,
                                                     const WorkspaceSettings& settings) {
    return services::inTransaction(db, [&]() -> Result<Saved> {
        SettingsStore store(db);
        Saved saved;
        saved.stagesNeedRecompute = affectsStages(store.thresholds(), settings.thresholds);
        if (settings.timeZone.isValid())
            if (auto s = store.setTimeZone(settings.timeZone); !s)
                return s.error();
        if (auto s = store.setThresholds(settings.thresholds); !s)
            return s.error();
        if (!settings.currency.isEmpty())
            if (auto s = changeWorkspaceCurrency(db, settings.currency); !s)
                return s.error();
        return saved;
    });
}

Result<int> SettingsService::recomputeStatuses(const Database& db,
                                               const std::function<void(int percent)>& progress,
                                               const std::function<bool()>& cancelled) {
    const auto stopped = [&] {
        return cancelled && cancelled();
    };
    return services::inTransaction(db, [&]() -> Result<int> {
        MemberStatusUpdater::Options options;
        options.refreshSearchText = false; // thresholds cannot change the search text
        options.progress = [&](int percent) {
            if (progress)
                progress(percent * 9 / 10);
            return !stopped();
        };
        auto written = MemberStatusUpdater::recompute(db, options);
        if (!written)
            return written.error();
        if (stopped())
            return Error{tr("Cancelled."), {}, 0};
        const QDate today = time::today(SettingsStore(db).timeZone());
        if (auto run = TagRuleEngine::apply(db, today); !run)
            return run.error();
        if (progress)
            progress(100);
        return written.value();
    });
}

} // namespace qundesk
