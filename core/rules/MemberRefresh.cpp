// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/MemberRefresh.h"

#include "db/Database.h"
#include "rules/MemberStatusUpdater.h"
#include "rules/TagRuleEngine.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

namespace qundesk::memberrefresh {

Status afterEdit(const Database& db, const QList<qint64>& memberIds) {
    if (!memberIds.isEmpty()) {
        MemberStatusUpdater::Options options;
        if (memberIds.size() <= kMemberLimit)
            options.onlyMembers = memberIds;
        if (auto r = MemberStatusUpdater::recompute(db, options); !r)
            return r.error();
    }
    if (auto r = TagRuleEngine::apply(db, time::today(SettingsStore(db).timeZone())); !r)
        return r.error();
    return {};
}

} // namespace qundesk::memberrefresh
