// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "db/NativeSqlite.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

namespace qundesk {

// The rows of one SELECT, forward only, for reads over every member: through SQLite's C API
// where it serves the connection (db/NativeSqlite.h), which skips QtSql's QVariant per value,
// else through QSqlQuery.
class RowReader {
public:
    explicit RowReader(const QSqlDatabase& db);

    // Prepares `statement` and binds each ":name" of `binds`.
    Status exec(const QString& statement, const QVariantMap& binds = {});
    // Moves to the next row: true when there is one.
    Result<bool> next();

    // The first column of every row of `statement`, as ids, in the order the rows come (as
    // sql::ids, through the C API where it serves).
    static Result<QList<qint64>> ids(const QSqlDatabase& db, const QString& statement,
                                     const QVariantMap& binds = {});

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;

private:
    QSqlDatabase m_db;
    sqlite3* m_native = nullptr;
    nativesqlite::Statement m_statement;
    QSqlQuery m_query;
};

} // namespace qundesk
