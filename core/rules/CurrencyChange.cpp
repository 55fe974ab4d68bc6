// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "rules/CurrencyChange.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "rules/MemberStatusUpdater.h"
#include "store/SettingsStore.h"

namespace qundesk {

Status changeWorkspaceCurrency(const Database& db, const QString& code) {
    SettingsStore settings(db);
    if (settings.currency() == code.trimmed().toUpper())
        return {};
    Transaction tx(db.connection());
    if (!tx.isActive())
        return tx.beginError();
    if (auto s = settings.setCurrency(code); !s)
        return s;
    MemberStatusUpdater::Options options;
    options.refreshSearchText = false; // a currency cannot change the search text
    if (auto r = MemberStatusUpdater::recompute(db, options); !r)
        return r.error();
    return tx.commit();
}

} // namespace qundesk
