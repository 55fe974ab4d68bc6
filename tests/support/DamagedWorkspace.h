// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QString>

namespace qundesk::test {

// Damages the closed workspace at `path` as a failing disk would: the first bytes of `table`'s
// root page are overwritten (after its write-ahead log is folded in), so reading the table
// fails with SQLITE_CORRUPT while the schema stays readable. False when it could not.
bool damageTable(const QString& path, const QString& table);

} // namespace qundesk::test
