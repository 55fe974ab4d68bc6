// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QList>

namespace qundesk {

class Database;

namespace membernameorder {

// `matches` (members, each once, in any order) in the Members table's name order: display name
// without case as SQLite's NOCASE folds it, then id; the reverse when not `ascending`.
// Every member's place is read once from the name index and kept per connection until the
// workspace changes (a write on this connection or another; inside a transaction it is read
// for the one call), so ordering a search that matches nearly everyone costs a walk over a
// list instead of a sort. A match the order lacks comes last rather than being lost.
Result<QList<qint64>> arrange(const Database& db, const QList<qint64>& matches, bool ascending);

} // namespace membernameorder

} // namespace qundesk
