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
    const bool few = !memberIds.isEmpty() && memberIds.size() <= kMemberLimit;
    if (!memberIds.isEmpty()) {
        MemberStatusUpdater::Options options;
        if (few)
            options.onlyMembers = memberIds;
        if (auto r = MemberStatusUpdater::recompute(db, options); !r)
            return r.error();
    }
    // A rule's verdict on a member depends on that member's data alone: after an edit of a few
    // members only their rule tags can change.
    if (auto r = TagRuleEngine::apply(db, time::today(SettingsStore(db).timeZone()), {},
                                      few ? memberIds : QList<qint64>{});
        !r)
        return r.error();
    return {};
}

} // namespace qundesk::memberrefresh
