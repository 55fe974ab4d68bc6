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

} // namespace qundesk
