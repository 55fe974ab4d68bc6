// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "db/Sql.h"

namespace qundesk {

// Raises SQLite's page cache for one bulk write (a big import, the demo, a status recompute)
// and restores the previous size afterwards. A transaction that outgrows the default 2 MiB
// cache spills its pages to the journal again and again; keeping them in memory makes such
// writes several times faster.
class PageCacheScope {
public:
    PageCacheScope(QSqlDatabase db, qint64 kibibytes)
        : m_db(std::move(db)) {
        auto size = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size"), {}, -2000);
        m_previous = size ? size->toLongLong() : -2000;
        (void)sql::exec(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(-kibibytes));
    }
    ~PageCacheScope() {
        (void)sql::exec(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    PageCacheScope(const PageCacheScope&) = delete;
    PageCacheScope& operator=(const PageCacheScope&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = -2000;
};

// Sets how much of the workspace file SQLite reads through a memory map for one piece of work
// and restores the previous limit afterwards. A bulk import turns it off: it mostly writes,
// and pages it mapped would stay resident as long as the connection lives.
class MemoryMapScope {
public:
    MemoryMapScope(QSqlDatabase db, qint64 bytes)
        : m_db(std::move(db)) {
        auto size = sql::scalar(m_db, QStringLiteral("PRAGMA mmap_size"), {}, 0);
        m_previous = size ? size->toLongLong() : 0;
        (void)sql::exec(m_db, QStringLiteral("PRAGMA mmap_size = %1").arg(bytes));
    }
    ~MemoryMapScope() {
        (void)sql::exec(m_db, QStringLiteral("PRAGMA mmap_size = %1").arg(m_previous));
    }
    MemoryMapScope(const MemoryMapScope&) = delete;
    MemoryMapScope& operator=(const MemoryMapScope&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0;
};

} // namespace qundesk
