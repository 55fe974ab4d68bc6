// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "db/Database.h"
#include "db/Transaction.h"
#include "util/Result.h"

#include <type_traits>
#include <utility>

// Services: one call per user action that writes. Each owns its transaction (this helper),
// calls the stores, and brings what follows from the change (stages, rule tags) up to date in
// the same transaction, so the window's undo commands and the CLI get the same rules and a
// failure anywhere leaves the workspace as it was.
namespace qundesk::services {

// Runs `work` (returning Status or Result<T>) in one write transaction on `db` (a savepoint
// when one is open already) and commits when it succeeded; any failure rolls everything back.
template <typename Work>
auto inTransaction(const Database& db, Work&& work) -> std::invoke_result_t<Work> {
    using Outcome = std::invoke_result_t<Work>;
    Transaction tx(db.connection());
    if (!tx.isActive())
        return Outcome(tx.beginError());
    Outcome outcome = std::forward<Work>(work)();
    if (!outcome.ok())
        return outcome; // the guard rolls back
    if (Status committed = tx.commit(); !committed)
        return Outcome(committed.error());
    return outcome;
}

} // namespace qundesk::services
