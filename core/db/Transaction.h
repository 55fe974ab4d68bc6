// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

namespace qundesk {

// RAII transaction: begun on construction, rolled back on destruction unless commit()
// succeeded. commit() reports the driver's answer, so a failed COMMIT is never mistaken for
// a stored change. Guards nest: inside another guard on the same connection a guard is a
// SAVEPOINT, so a store operation that protects itself can run inside a whole import, and its
// rollback undoes only its own part.
//
// The outermost guard of a write begins with BEGIN IMMEDIATE: it takes the write lock at once
// (waiting up to the connection's busy timeout, see db/WorkspaceBusy.h), so two writers queue
// instead of one failing half-way; a workspace still busy after the wait gives busy::busyError.
class Transaction {
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    enum class Mode {
        Write, // BEGIN IMMEDIATE
        Read   // a deferred BEGIN: the first read takes the snapshot (ReadSnapshot)
    };
    explicit Transaction(QSqlDatabase db, Mode mode = Mode::Write);
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

// Several reads that must agree (a report of many queries) read one snapshot of the
// workspace: a deferred read transaction, ended when the guard goes. Inside an open
// transaction on the same connection it does nothing (that one already isolates the reads).
// A snapshot that cannot begin leaves the reads to run one by one, as without it.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const QSqlDatabase& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    bool isActive() const { return m_tx && m_tx->isActive(); }

private:
    std::unique_ptr<Transaction> m_tx;
};

} // namespace qundesk
