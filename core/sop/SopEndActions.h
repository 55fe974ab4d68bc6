// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Sop.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace qundesk {

class Database;

namespace sop {

// Runs a template's end actions for one member whose timeline ended: adds the tag (created
// when missing) or starts the other SOP for them, in their group, from `today` (unless it
// already runs for them; an SOP never starts itself, and chains stop after a few links).
class SopEndActions {
    Q_DECLARE_TR_FUNCTIONS(SopEndActions)

public:
    static constexpr int kMaxChain = 3;

    static Status run(const Database& db, const SopTemplate& sop, const SopRunTarget& target,
                      const QDate& today, int depth);
};

} // namespace sop

} // namespace qundesk
