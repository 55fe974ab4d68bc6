// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace qundesk {

namespace {
// Open guards per connection. Connections belong to one thread, so a thread-local count is
// exact without locking.
thread_local QHash<QString, int> t_depth;

bool execute(const QSqlDatabase& db, const QString& statement) {
    QSqlQuery q(db);
    return q.exec(statement);
}
} // namespace

bool Transaction::isOpen(const QSqlDatabase& db) {
    return t_depth.value(db.connectionName()) > 0;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    int& depth = t_depth[m_db.connectionName()];
    if (depth == 0) {
        m_active = m_db.transaction();
    } else {
        m_savepoint = QStringLiteral("qundesk_sp_%1").arg(depth);
        m_active = execute(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (m_active)
        ++depth;
    else
        m_beginError = {
            tr("Could not start a transaction: %1").arg(m_db.lastError().text()), {}, 0};
}

Transaction::~Transaction() {
    if (m_active)
        rollback();
}

Status Transaction::commit() {
    if (!m_active)
        return Error{tr("No transaction is active."), {}, 0};
    const bool committed = m_savepoint.isEmpty()
                               ? m_db.commit()
                               : execute(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    if (!committed) {
        const QString reason = m_db.lastError().text();
        rollback();
        return Error{tr("Could not save the changes: %1").arg(reason), {}, 0};
    }
    m_active = false;
    --t_depth[m_db.connectionName()];
    return {};
}

void Transaction::rollback() {
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        m_db.rollback();
    } else {
        execute(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        execute(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    --t_depth[m_db.connectionName()];
}

} // namespace qundesk
