// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace qundesk {

// RAII transaction: begun on construction, rolled back on destruction unless commit()
// succeeded. commit() reports the driver's answer, so a failed COMMIT is never mistaken for
// a stored change. Guards nest: inside another guard on the same connection a guard is a
// SAVEPOINT, so a store operation that protects itself can run inside a whole import, and its
// rollback undoes only its own part.
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN failed; the guard then does nothing.
    bool isActive() const { return m_active; }
    const Error& beginError() const { return m_beginError; }

    Status commit();
    void rollback();

    // Whether a guard is open on `db` (in this thread, which owns the connection).
    static bool isOpen(const QSqlDatabase& db);

private:
    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost guard
    bool m_active = false;
    Error m_beginError;
};

} // namespace qundesk
