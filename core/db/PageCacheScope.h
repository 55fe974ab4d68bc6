// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "db/Sql.h"
#include "util/LogCategories.h"

namespace qundesk {

// Sets one of SQLite's connection pragmas (cache_size, mmap_size) for one piece of work and
// restores the previous value afterwards.
class PragmaScope {
public:
    PragmaScope(QSqlDatabase db, const QString& pragma, qint64 value)
        : m_db(std::move(db))
        , m_pragma(pragma) {
        auto previous = sql::scalar(m_db, QStringLiteral("PRAGMA %1").arg(m_pragma));
        m_restore = previous.ok() && previous->isValid();
        if (m_restore)
            m_previous = previous->toLongLong();
        (void)sql::exec(m_db,
                        QStringLiteral("PRAGMA %1 = %2").arg(m_pragma, QString::number(value)));
    }
    ~PragmaScope() {
        if (!m_restore)
            return;
        (void)sql::exec(
            m_db, QStringLiteral("PRAGMA %1 = %2").arg(m_pragma, QString::number(m_previous)));
        // SQLite ignores some pragmas inside a transaction (foreign_keys): one left open by a
        // failed rollback would keep the connection's setting silently.
        auto now = sql::scalar(m_db, QStringLiteral("PRAGMA %1").arg(m_pragma));
        if (!now || now->toLongLong() != m_previous)
            qCWarning(lcDb, "PRAGMA %s could not be set back to %lld", qPrintable(m_pragma),
                      static_cast<long long>(m_previous));
    }
    PragmaScope(const PragmaScope&) = delete;
    PragmaScope& operator=(const PragmaScope&) = delete;

private:
    QSqlDatabase m_db;
    QString m_pragma;
    qint64 m_previous = 0;
    bool m_restore = false;
};

// Raises SQLite's page cache for one bulk write (a big import, the demo, a status recompute).
// A transaction that outgrows the default 2 MiB cache spills its pages to the journal again
// and again; keeping them in memory makes such writes several times faster.
class PageCacheScope : public PragmaScope {
public:
    PageCacheScope(QSqlDatabase db, qint64 kibibytes)
        : PragmaScope(std::move(db), QStringLiteral("cache_size"), -kibibytes) {}
};

// Limits how much of the workspace file SQLite reads through a memory map. A bulk import turns
// it off: it mostly writes, and pages it mapped would stay resident as long as the connection
// lives.
class MemoryMapScope : public PragmaScope {
public:
    MemoryMapScope(QSqlDatabase db, qint64 bytes)
        : PragmaScope(std::move(db), QStringLiteral("mmap_size"), bytes) {}
};

// Turns SQLite's foreign key checks off for one piece of work that keeps every reference right
// itself (a migration that rebuilds tables, a bulk import). SQLite ignores the change inside a
// transaction, where the keys then stay checked.
class ForeignKeysOff : public PragmaScope {
public:
    explicit ForeignKeysOff(QSqlDatabase db)
        : PragmaScope(std::move(db), QStringLiteral("foreign_keys"), 0) {}
};

} // namespace qundesk
