// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/RowReader.h"

#include "db/Sql.h"

#include <QSqlError>

namespace qundesk {

RowReader::RowReader(const QSqlDatabase& db)
    : m_db(db)
    , m_native(nativesqlite::handle(db))
    , m_query(db) {
    m_query.setForwardOnly(true);
}

Status RowReader::exec(const QString& statement, const QVariantMap& binds) {
    if (m_native) {
        if (auto s = m_statement.prepare(m_native, statement); !s)
            return s;
        for (auto it = binds.cbegin(); it != binds.cend(); ++it) {
            if (auto s = m_statement.bind(it.key(), it.value()); !s)
                return s;
        }
        return {};
    }
    if (!m_query.prepare(statement))
        return sql::failure(m_query);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        m_query.bindValue(it.key(), it.value());
    if (!m_query.exec())
        return sql::failure(m_query);
    return {};
}

Result<bool> RowReader::next() {
    if (m_native)
        return m_statement.step();
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        return sql::failure(m_query);
    return false;
}

bool RowReader::isNull(int column) const {
    return m_native ? m_statement.isNull(column) : m_query.value(column).isNull();
}

qint64 RowReader::integer(int column) const {
    return m_native ? m_statement.integer(column) : m_query.value(column).toLongLong();
}

QString RowReader::text(int column) const {
    return m_native ? m_statement.text(column) : m_query.value(column).toString();
}

Result<QList<qint64>> RowReader::ids(const QSqlDatabase& db, const QString& statement,
                                     const QVariantMap& binds) {
    RowReader q(db);
    if (auto s = q.exec(statement, binds); !s)
        return s.error();
    QList<qint64> out;
    for (;;) {
        auto row = q.next();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out << q.integer(0);
    }
}

} // namespace qundesk
