// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "DemoTestSupport.h"

#include "db/Sql.h"

#include <QSqlRecord>

#include <gtest/gtest.h>

namespace qundesk::test {

QStringList userTables(const Database& db) {
    QStringList tables;
    auto q = sql::exec(db.connection(),
                       QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                      "name NOT LIKE 'sqlite_%' ORDER BY name"));
    EXPECT_TRUE(q.ok());
    if (q)
        while (q->next())
            tables << q->value(0).toString();
    return tables;
}

QString dumpTable(const Database& db, const QString& table) {
    // Table names come from sqlite_master (not user input); identifiers cannot be bound.
    // WITHOUT ROWID tables do not exist in the schema; member_tags etc. have a rowid.
    auto q = sql::exec(db.connection(),
                       QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
    EXPECT_TRUE(q.ok()) << table.toStdString();
    QString dump;
    if (!q)
        return dump;
    while (q->next()) {
        const int columns = q->record().count();
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                dump += QLatin1Char('\t');
            dump += q->isNull(c) ? QStringLiteral("<null>") : q->value(c).toString();
        }
        dump += QLatin1Char('\n');
    }
    return dump;
}

qint64 count(const Database& db, const QString& statement) {
    auto v = sql::scalar(db.connection(), statement, {}, -1);
    EXPECT_TRUE(v.ok()) << statement.toStdString();
    return v ? v->toLongLong() : -1;
}

} // namespace qundesk::test
