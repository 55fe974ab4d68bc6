// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/DailyRefresh.h"

#include "rules/MemberStatusUpdater.h"
#include "rules/TagRuleEngine.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

namespace qundesk::dailyrefresh {

Result<bool> run(const Database& db, const QDate& todayIn) {
    SettingsStore settings(db);
    const QDate today = todayIn.isValid() ? todayIn : time::today(settings.timeZone());
    const QString key = QString::fromLatin1(kSettingKey);
    const QDate done = time::dayFromStorage(settings.value(key));
    if (done.isValid() && done >= today)
        return false;
    MemberStatusUpdater::Options options;
    options.today = today;
    options.refreshSearchText = false;
    if (auto status = MemberStatusUpdater::recompute(db, options); !status)
        return status.error();
    if (auto rules = TagRuleEngine::apply(db, today); !rules)
        return rules.error();
    if (auto s = settings.setValue(key, time::dayToStorage(today)); !s)
        return s.error();
    return true;
}

} // namespace qundesk::dailyrefresh
