// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace qundesk::sqlcopy {

// Replaces everything in `db`'s main database (tables with their rows, indexes, triggers,
// views, the AUTOINCREMENT counters, user_version and application_id) with the content of the
// SQLite file `sourceFile`, in one IMMEDIATE transaction: all or nothing. The work of SQLite's
// backup API done in SQL, for builds where the C API cannot serve Qt's connection. `db` must
// hold no transaction.
Status replaceContent(const QSqlDatabase& db, const QString& sourceFile);

} // namespace qundesk::sqlcopy
