// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/BatchInsert.h"

#include "db/Sql.h"

namespace qundesk {

namespace {

QString statement(const QString& head, const QString& tail, int columns, int rows) {
    QString one = QStringLiteral("(?");
    for (int c = 1; c < columns; ++c)
        one += QStringLiteral(", ?");
    one += QLatin1Char(')');
    QStringList all;
    all.reserve(rows);
    for (int r = 0; r < rows; ++r)
        all << one;
    return head + QStringLiteral(" VALUES ") + all.join(QStringLiteral(", ")) +
           (tail.isEmpty() ? QString() : QLatin1Char(' ') + tail);
}

} // namespace

BatchInsert::BatchInsert(const QSqlDatabase& db, QString head, int columns, QString tail,
                         int rowsPerStatement)
    : m_db(db)
    , m_head(std::move(head))
    , m_tail(std::move(tail))
    , m_columns(columns)
    , m_native(nativesqlite::handle(db))
    , m_full(db) {
    const int parameters = m_native ? kNativeParameters : kParameters;
    m_rowsPerStatement = rowsPerStatement > 0 ? rowsPerStatement : qMax(1, parameters / columns);
    m_values.reserve(qsizetype(columns) * m_rowsPerStatement);
}

Status BatchInsert::add(const QVariantList& row) {
    return add(QVariantList(row));
}

Status BatchInsert::add(QVariantList&& row) {
    Q_ASSERT(row.size() == m_columns);
    m_values.append(std::move(row));
    if (pending() >= m_rowsPerStatement)
        return write(m_rowsPerStatement);
    return {};
}

Status BatchInsert::flush() {
    return pending() > 0 ? write(int(pending())) : Status{};
}

Status BatchInsert::write(int rows) {
    if (m_parent) {
        if (auto s = m_parent->flush(); !s)
            return s;
    }
    if (m_native)
        return writeNative(rows);
    QSqlQuery partial(m_db);
    QSqlQuery* query = &m_full;
    if (rows == m_rowsPerStatement) {
        if (!m_fullPrepared) {
            if (!m_full.prepare(statement(m_head, m_tail, m_columns, rows)))
                return sql::failure(m_full);
            m_fullPrepared = true;
        }
    } else {
        query = &partial;
        if (!partial.prepare(statement(m_head, m_tail, m_columns, rows)))
            return sql::failure(partial);
    }
    for (int i = 0; i < rows * m_columns; ++i)
        query->bindValue(i, m_values.at(i));
    if (!query->exec())
        return sql::failure(*query);
    m_written += query->numRowsAffected();
    m_values.clear();
    return {};
}

Status BatchInsert::writeNative(int rows) {
    // A full batch goes in one statement. The few rows a flush leaves go one by one, which
    // costs less than preparing a statement for their number, inside a savepoint: all of them
    // are written or none, as with one statement.
    const bool full = rows == m_rowsPerStatement;
    nativesqlite::Statement& target = full ? m_nativeFull : m_nativeOne;
    if (!target.isPrepared()) {
        if (auto s =
                target.prepare(m_native, statement(m_head, m_tail, m_columns, full ? rows : 1));
            !s)
            return s;
    }
    const bool guarded = !full && rows > 1;
    if (guarded) {
        if (auto s = nativesqlite::execute(m_native, QStringLiteral("SAVEPOINT batch_rest")); !s)
            return s;
    }
    qint64 written = 0;
    for (int r = 0; r < (full ? 1 : rows); ++r) {
        const int values = full ? rows * m_columns : m_columns;
        auto changed = target.run(m_values.constData() + qsizetype(r) * m_columns, values);
        if (!changed) {
            if (guarded) {
                (void)nativesqlite::execute(m_native, QStringLiteral("ROLLBACK TO batch_rest"));
                (void)nativesqlite::execute(m_native, QStringLiteral("RELEASE batch_rest"));
            }
            return changed.error();
        }
        written += *changed;
    }
    if (guarded) {
        if (auto s = nativesqlite::execute(m_native, QStringLiteral("RELEASE batch_rest")); !s)
            return s;
    }
    m_written += written;
    m_values.clear();
    return {};
}

} // namespace qundesk
