// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/DailyRefresh.h"

#include "rules/MemberStatusUpdater.h"
#include "rules/TagRuleEngine.h"
#include "services/ServiceTransaction.h"
#include "sop/SopEngine.h"
#include "store/SettingsStore.h"
#include "util/LogCategories.h"
#include "util/Time.h"

namespace qundesk::dailyrefresh {

Result<bool> run(const Database& db, const QDate& todayIn,
                 const std::function<void(int percent)>& progress) {
    SettingsStore settings(db);
    const QDate today = todayIn.isValid() ? todayIn : time::today(settings.timeZone());
    const QString key = QString::fromLatin1(kSettingKey);
    const QDate done = time::dayFromStorage(settings.value(key));
    if (done.isValid() && done >= today)
        return false;
    MemberStatusUpdater::Options options;
    options.today = today;
    options.refreshSearchText = false;
    if (progress) {
        progress(0);
        // The status pass is most of the work; the rules take the last tenth.
        options.progress = [&progress](int percent) {
            progress(percent * 90 / 100);
            return true;
        };
    }
    if (auto status = MemberStatusUpdater::recompute(db, options); !status)
        return status.error();
    if (auto rules = TagRuleEngine::apply(db, today); !rules)
        return rules.error();
    // SOP runs: members who arrived, early exits, open-ended steps on the rolling horizon.
    if (auto sops = services::inTransaction(
            db, [&]() { return sop::SopEngine::refreshAll(db, today); });
        !sops)
        return sops.error();
    if (auto s = settings.setValue(key, time::dayToStorage(today)); !s)
        return s.error();
    qCInfo(lcRules).noquote() << "stages, fan levels and tag rules brought up to"
                              << time::dayToStorage(today);
    if (progress)
        progress(100);
    return true;
}

} // namespace qundesk::dailyrefresh
