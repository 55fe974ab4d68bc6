// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/DayRows.h"

#include "db/Database.h"
#include "db/NativeSqlite.h"
#include "db/Sql.h"

#include <QSqlQuery>

namespace qundesk {

Status DayRows::read(const Database& db, const QString& statement, const QVariantMap& binds,
                     int ids, const Row& row) {
    const QVariantMap used = sql::bindsUsedBy(statement, binds);
    std::array<qint64, 3> values{};
    if (sqlite3* native = nativesqlite::handle(db.connection())) {
        nativesqlite::Statement q;
        if (auto s = q.prepare(native, statement); !s)
            return s;
        for (auto it = used.cbegin(); it != used.cend(); ++it)
            if (auto s = q.bind(it.key(), it.value()); !s)
                return s;
        while (true) {
            auto next = q.step();
            if (!next)
                return next.error();
            if (!*next)
                return {};
            for (int i = 0; i < ids; ++i)
                values[size_t(i)] = q.integer(i);
            row(values, q.text(ids));
        }
    }
    auto q = sql::exec(db.connection(), statement, used);
    if (!q)
        return q.error();
    while (q->next()) {
        for (int i = 0; i < ids; ++i)
            values[size_t(i)] = q->value(i).toLongLong();
        row(values, q->value(ids).toString());
    }
    return {};
}

} // namespace qundesk
