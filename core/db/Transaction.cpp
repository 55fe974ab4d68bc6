// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Transaction.h"

#include "db/WorkspaceCondition.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace qundesk {

namespace {
// Open guards per connection. Connections belong to one thread, so a thread-local count is
// exact without locking.
thread_local QHash<QString, int> t_depth;

bool execute(const QSqlDatabase& db, const QString& statement, QSqlError* error = nullptr) {
    QSqlQuery q(db);
    const bool ok = q.exec(statement);
    if (!ok && error)
        *error = q.lastError();
    return ok;
}

// The error of a failed BEGIN or COMMIT: the workspace named in words when another program
// holds the write lock, else the driver's text under `what`.
Error failureOf(const QSqlDatabase& db, const QSqlError& error, const QString& what) {
    if (auto worded = workspacecondition::classify(error, db.databaseName()))
        return *worded;
    return Error{what.arg(error.text()), {}, 0};
}
} // namespace

bool Transaction::isOpen(const QSqlDatabase& db) {
    return t_depth.value(db.connectionName()) > 0;
}

Transaction::Transaction(QSqlDatabase db, Mode mode)
    : m_db(std::move(db)) {
    int& depth = t_depth[m_db.connectionName()];
    QSqlError error;
    if (depth == 0) {
        m_active = execute(m_db,
                           mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE")
                                               : QStringLiteral("BEGIN DEFERRED"),
                           &error);
    } else {
        m_savepoint = QStringLiteral("qundesk_sp_%1").arg(depth);
        m_active = execute(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint, &error);
    }
    if (m_active)
        ++depth;
    else
        m_beginError = failureOf(m_db, error, tr("Could not start a transaction: %1"));
}

Transaction::~Transaction() {
    if (m_active)
        rollback();
}

Status Transaction::commit() {
    if (!m_active)
        return Error{tr("No transaction is active."), {}, 0};
    QSqlError error;
    const bool committed = execute(m_db,
                                   m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                                         : QStringLiteral("RELEASE ") + m_savepoint,
                                   &error);
    if (!committed) {
        rollback();
        return failureOf(m_db, error, tr("Could not save the changes: %1"));
    }
    m_active = false;
    --t_depth[m_db.connectionName()];
    return {};
}

void Transaction::rollback() {
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        execute(m_db, QStringLiteral("ROLLBACK"));
    } else {
        execute(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        execute(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
    --t_depth[m_db.connectionName()];
}

ReadSnapshot::ReadSnapshot(const QSqlDatabase& db) {
    if (!Transaction::isOpen(db))
        m_tx = std::make_unique<Transaction>(db, Transaction::Mode::Read);
}

ReadSnapshot::~ReadSnapshot() {
    if (m_tx && m_tx->isActive())
        (void)m_tx->commit(); // nothing was written: ending the read cannot lose anything
}

} // namespace qundesk
