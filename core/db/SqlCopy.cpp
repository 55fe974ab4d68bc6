// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/SqlCopy.h"

#include "db/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace qundesk::sqlcopy {

namespace {

QString quoted(const QString& name) {
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

struct Object {
    QString type;
    QString name;
    QString sql;
};

Result<QList<Object>> objects(const QSqlDatabase& db, const QString& schemaName,
                              const QString& order) {
    auto rows = sql::exec(db, QStringLiteral("SELECT type, name, sql FROM %1.sqlite_master WHERE "
                                             "sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' "
                                             "ESCAPE '\\' ORDER BY %2, rowid")
                                  .arg(schemaName, order));
    if (!rows)
        return rows.error();
    QList<Object> list;
    while (rows->next())
        list.append(
            {rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString()});
    return list;
}

Status copyInTransaction(const QSqlDatabase& db) {
    // Views and triggers first, tables last: nothing refers to what is already gone.
    auto current = objects(db, QStringLiteral("main"),
                           QStringLiteral("CASE type WHEN 'view' THEN 0 WHEN 'trigger' THEN 1 "
                                          "WHEN 'index' THEN 2 ELSE 3 END"));
    if (!current)
        return current.error();
    for (const Object& o : *current) {
        if (auto r = sql::exec(
                db,
                QStringLiteral("DROP %1 IF EXISTS main.%2").arg(o.type.toUpper(), quoted(o.name)));
            !r)
            return r.error();
    }
    // Tables with their rows, then indexes, triggers and views, each as the backup wrote it.
    auto wanted = objects(db, QStringLiteral("restore_source"),
                          QStringLiteral("CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 "
                                         "WHEN 'trigger' THEN 2 ELSE 3 END"));
    if (!wanted)
        return wanted.error();
    for (const Object& o : *wanted) {
        if (auto r = sql::exec(db, o.sql); !r)
            return r.error();
        if (o.type != QLatin1String("table"))
            continue;
        if (auto r = sql::exec(db, QStringLiteral("INSERT INTO main.%1 SELECT * FROM "
                                                  "restore_source.%1")
                                       .arg(quoted(o.name)));
            !r)
            return r.error();
    }
    auto sequences = sql::scalar(db,
                                 QStringLiteral("SELECT COUNT(*) FROM restore_source.sqlite_master "
                                                "WHERE name = 'sqlite_sequence'"),
                                 {}, 0);
    if (!sequences)
        return sequences.error();
    if (sequences->toInt() > 0) {
        for (const QString& statement :
             {QStringLiteral("DELETE FROM main.sqlite_sequence"),
              QStringLiteral("INSERT INTO main.sqlite_sequence SELECT * FROM "
                             "restore_source.sqlite_sequence")}) {
            if (auto r = sql::exec(db, statement); !r)
                return r.error();
        }
    }
    for (const char* pragma : {"user_version", "application_id"}) {
        auto value = sql::scalar(
            db, QStringLiteral("PRAGMA restore_source.%1").arg(QLatin1String(pragma)), {}, 0);
        if (!value)
            return value.error();
        if (auto r = sql::exec(db, QStringLiteral("PRAGMA main.%1 = %2")
                                       .arg(QLatin1String(pragma))
                                       .arg(value->toLongLong()));
            !r)
            return r.error();
    }
    return {};
}

} // namespace

Status replaceContent(const QSqlDatabase& db, const QString& sourceFile) {
    // Foreign keys can only be switched outside a transaction; the copy is whole again at its
    // end, as it was in the source.
    (void)sql::exec(db, QStringLiteral("PRAGMA foreign_keys = OFF"));
    if (auto r = sql::exec(db, QStringLiteral("ATTACH DATABASE :file AS restore_source"),
                           {{QStringLiteral(":file"), sourceFile}});
        !r)
        return r.error();
    Status status;
    if (auto begin = sql::exec(db, QStringLiteral("BEGIN IMMEDIATE")); !begin) {
        status = begin.error();
    } else {
        status = copyInTransaction(db);
        if (status) {
            if (auto commit = sql::exec(db, QStringLiteral("COMMIT")); !commit)
                status = commit.error();
        }
        if (!status)
            (void)sql::exec(db, QStringLiteral("ROLLBACK"));
    }
    (void)sql::exec(db, QStringLiteral("DETACH DATABASE restore_source"));
    (void)sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    return status;
}

} // namespace qundesk::sqlcopy
