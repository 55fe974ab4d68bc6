// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "db/NativeSqlite.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace qundesk {

// A multi-row INSERT: rows are buffered and written `rowsPerStatement` at a time by one
// statement ("INSERT INTO t (a, b) VALUES (?, ?), (?, ?)… <tail>"), which opens the table's
// and its indexes' cursors once per batch instead of once per row. Values are bound through
// SQLite's C API where it serves the connection (db/NativeSqlite.h), else through QSqlQuery.
// Runs inside the caller's transaction; flush() before anything reads or refers to the rows.
class BatchInsert {
public:
    // `head`: "INSERT INTO table (col, …)"; `tail`: e.g. "ON CONFLICT DO NOTHING". Where a
    // failure undoes the caller's whole transaction, "INSERT OR FAIL INTO" spares SQLite the
    // statement journal of each batch (unless foreign keys are checked: then it keeps one).
    // `rowsPerStatement` 0 = about kParameters values per statement.
    BatchInsert(const QSqlDatabase& db, QString head, int columns, QString tail = {},
                int rowsPerStatement = 0);

    // QSqlQuery looks up each parameter's name on every execution, which grows with the square
    // of their number: past a few hundred values per statement that costs more than it saves.
    static constexpr int kParameters = 160;
    // Through SQLite's C API a parameter costs the same however many there are.
    static constexpr int kNativeParameters = 960;

    // Rows here refer to rows of `parent` (foreign keys, checked at once): the parent's batch
    // is written before each batch of this one.
    void writeAfter(BatchInsert* parent) { m_parent = parent; }

    // Buffers one row of `columns` values; writes the batch when it is full.
    Status add(const QVariantList& row);
    Status add(QVariantList&& row); // moves the values in
    Status flush();

    qsizetype pending() const { return m_values.size() / m_columns; }
    qint64 rowsWritten() const { return m_written; }

private:
    Status write(int rows);

    Status writeNative(int rows);

    QSqlDatabase m_db;
    QString m_head;
    QString m_tail;
    int m_columns;
    int m_rowsPerStatement;
    sqlite3* m_native = nullptr;
    nativesqlite::Statement m_nativeFull; // prepared for a full batch, reused
    nativesqlite::Statement m_nativeOne;  // for the rows a flush leaves
    QVariantList m_values;
    QSqlQuery m_full; // prepared for a full batch, reused
    bool m_fullPrepared = false;
    BatchInsert* m_parent = nullptr;
    qint64 m_written = 0;
};

} // namespace qundesk
