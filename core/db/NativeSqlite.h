// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringEncoder>
#include <QVariant>

#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// The sqlite3 C API on the connection QtSql opened, for bulk writes where QtSql's per-value
// binding costs more than SQLite itself (the member import writes ~450,000 rows per 100,000
// members). Used only when QtSql's SQLite driver and QunDesk call one and the same SQLite
// library in the process — Debian's, Homebrew's and vcpkg's Qt link the system SQLite. Where Qt
// carries its own copy (the official installers), handle() is null and callers keep QtSql: a
// second SQLite copy must never touch the same file, since POSIX locks are kept per copy.
namespace qundesk::nativesqlite {

// While it lives, notes the connections QunDesk's SQLite library opens on this thread (an auto
// extension), the proof handle() asks for: wrap the open of each QSQLITE connection in one.
// Connections other code opens with the same library (system frameworks) are never noted.
class OpenWitness {
public:
    OpenWitness();
    ~OpenWitness();
    OpenWitness(const OpenWitness&) = delete;
    OpenWitness& operator=(const OpenWitness&) = delete;
};

// Drops `db`'s connection from those noted; call before closing it, so a later connection at
// the same address is not taken for it.
void forget(const QSqlDatabase& db);

// The connection's sqlite3 handle when the same library serves both (QunDesk's SQLite opened
// it under an OpenWitness), else nullptr.
sqlite3* handle(const QSqlDatabase& db);

// Whether this build can use SQLite's C API at all (Linux and macOS with SQLite's headers).
bool built();

// Whether handle() may return a connection: true unless QUNDESK_NATIVE_SQLITE=0 is set in the
// environment. Tests turn it off to run the QtSql path on machines where both would work.
void setAllowed(bool allowed);
bool allowed();

// Runs `statement` (no values, no rows: SAVEPOINT and the like) on a native connection.
Status execute(sqlite3* db, const QString& statement);

// A prepared statement on a native connection: run() once per set of values for writes;
// bind(), then step() and the column accessors for reads.
class Statement {
public:
    Statement() = default;
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Status prepare(sqlite3* db, const QString& statement);
    bool isPrepared() const { return m_statement != nullptr; }

    // Binds `values` to the parameters in order, runs the statement to its end and resets it.
    // Returns the rows it changed. Strings are bound without a copy: they only need to live
    // through the call.
    Result<qint64> run(const QVariant* values, qsizetype count);
    Result<qint64> run(const QVariantList& values) {
        return run(values.constData(), values.size());
    }

    // Binds `value` (copied) to every use of the parameter `name` (":today").
    Status bind(const QString& name, const QVariant& value);
    // The next row: true when one is ready, false at the end.
    Result<bool> step();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;

private:
    Error failure() const;
    int bindAt(int parameter, const QVariant& value, char** text, QList<QByteArray>* keep);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_head; // the statement's first words, for errors
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    std::vector<char> m_text; // run()'s strings as UTF-8, reused
};

} // namespace qundesk::nativesqlite
