// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Sql.h"

#include "db/WorkspaceCondition.h"

#include <QCoreApplication>
#include <QSqlError>

namespace qundesk::sql {

namespace {
QString statementHead(const QString& statement) {
    return statement.simplified().section(QLatin1Char(' '), 0, 2);
}
} // namespace

Error failure(const QSqlQuery& query) {
    if (auto worded = workspacecondition::classify(query.lastError(), {}))
        return *worded;
    return Error{QCoreApplication::translate("Sql", "Database error in “%1…”: %2")
                     .arg(statementHead(query.lastQuery()), query.lastError().text()),
                 {},
                 0};
}

Result<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement, const QVariantMap& binds) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return failure(query);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec()) {
        // A write outside a transaction that waited out the busy timeout, a read-only or full
        // disk, a damaged file: the workspace named, the trouble in words.
        if (auto worded = workspacecondition::classify(query.lastError(), db.databaseName()))
            return *worded;
        return failure(query);
    }
    return query;
}

QVariantMap bindsUsedBy(const QString& statement, const QVariantMap& binds) {
    const auto isNameChar = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_');
    };
    QVariantMap used;
    for (auto it = binds.cbegin(); it != binds.cend(); ++it) {
        for (qsizetype at = statement.indexOf(it.key()); at >= 0;
             at = statement.indexOf(it.key(), at + 1)) {
            const qsizetype end = at + it.key().size();
            if (end >= statement.size() || !isNameChar(statement.at(end))) {
                used.insert(it.key(), it.value());
                break;
            }
        }
    }
    return used;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantMap& binds,
                        const QVariant& fallback) {
    auto query = exec(db, statement, binds);
    if (!query)
        return query.error();
    if (query->next())
        return query->value(0);
    return fallback;
}

Result<QList<qint64>> ids(const QSqlDatabase& db, const QString& statement,
                          const QVariantMap& binds) {
    auto query = exec(db, statement, binds);
    if (!query)
        return query.error();
    QList<qint64> out;
    while (query->next())
        out << query->value(0).toLongLong();
    return out;
}

QVariant nullIfEmpty(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullIfNoId(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace qundesk::sql
