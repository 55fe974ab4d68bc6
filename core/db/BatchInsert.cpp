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
    , m_rowsPerStatement(rowsPerStatement > 0 ? rowsPerStatement : qMax(1, kParameters / columns))
    , m_full(db) {
    m_values.reserve(qsizetype(columns) * m_rowsPerStatement);
}

Status BatchInsert::add(const QVariantList& row) {
    Q_ASSERT(row.size() == m_columns);
    m_values << row;
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

} // namespace qundesk
