// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QString>
#include <QVariantMap>

#include <array>
#include <functional>

namespace qundesk {

class Database;

// Reads the rows of a statement whose columns are up to three integers (ids) followed by one
// stored day, the shape of the member-day reads behind WAU/MAU and retention (hundreds of
// thousands of rows a year at a million messages). Through SQLite's C API when it serves the
// workspace connection (db/NativeSqlite.h): QtSql's QVariant per value costs several times
// what SQLite spends; otherwise through QtSql. Runs inside the caller's transaction, if any.
class DayRows {
public:
    using Row = std::function<void(const std::array<qint64, 3>& ids, const QString& day)>;
    // `ids` integer columns (0–3), then the day column.
    static Status read(const Database& db, const QString& statement, const QVariantMap& binds,
                       int ids, const Row& row);
};

} // namespace qundesk
