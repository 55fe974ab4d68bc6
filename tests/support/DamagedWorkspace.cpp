// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "DamagedWorkspace.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace qundesk::test {

bool damageTable(const QString& path, const QString& table) {
    const QString name = QStringLiteral("damage-writer");
    qint64 pageSize = 0;
    qint64 rootPage = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) &&
            q.exec(QStringLiteral("PRAGMA page_size")) && q.next())
            pageSize = q.value(0).toLongLong();
        q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = ?"));
        q.addBindValue(table);
        if (q.exec() && q.next())
            rootPage = q.value(0).toLongLong();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (pageSize <= 0 || rootPage <= 1)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((rootPage - 1) * pageSize))
        return false;
    return file.write(QByteArray(64, '\xff')) == 64;
}

} // namespace qundesk::test
