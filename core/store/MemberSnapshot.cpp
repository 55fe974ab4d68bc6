// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/MemberSnapshot.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "store/MemberStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace qundesk {

namespace {

// Ids per statement: two lists of this size stay under SQLite's oldest limit of 999 variables.
constexpr qsizetype kChunk = 400;

// "(:p0, :p1, …)" for `ids` with a placeholder prefix, and their binds added to `binds`.
QString inList(const QList<qint64>& ids, const QString& prefix, QVariantMap& binds) {
    QStringList names;
    names.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        names << QStringLiteral(":%1%2").arg(prefix, QString::number(i));
        binds.insert(names.last(), ids.at(i));
    }
    return QLatin1Char('(') + names.join(QStringLiteral(", ")) + QLatin1Char(')');
}

Result<QList<QVariantMap>> selectRows(const QSqlDatabase& db, const QString& statement,
                                      const QVariantMap& binds) {
    auto q = sql::exec(db, statement, binds);
    if (!q)
        return q.error();
    QList<QVariantMap> rows;
    while (q->next()) {
        const QSqlRecord record = q->record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        rows << row;
    }
    return rows;
}

// Which rows of each table belong to the members; %1 is the member id list, %2 a second copy.
struct OwnedTable {
    const char* table;
    const char* where;
};

constexpr OwnedTable kOwned[] = {
    {"members", "id IN %1"},
    {"member_identities", "member_id IN %1"},
    {"memberships", "member_id IN %1"},
    {"member_tags", "member_id IN %1"},
    {"member_status", "member_id IN %1"},
    {"member_day_activity", "member_id IN %1"},
    {"sop_runs", "member_id IN %1"},
    {"sop_tasks",
     "member_id IN %1 OR run_id IN (SELECT r.id FROM sop_runs r WHERE r.member_id IN %2)"},
    {"touches", "member_id IN %1"},
};

// Columns elsewhere that ON DELETE SET NULL (or re-rooting) clears: table, column, condition.
struct ClearedColumn {
    const char* table;
    const char* column;
    const char* where;
};

constexpr ClearedColumn kCleared[] = {
    {"messages", "member_id", "member_id IN %1"},
    {"orders", "member_id", "member_id IN %1"},
    // The members' own links, inserted as NULL first so the order of inserts cannot break them.
    {"members", "referrer_id", "id IN %1 AND referrer_id IS NOT NULL"},
    {"members", "person_id", "id IN %1 AND person_id IS NOT NULL"},
    {"members", "referrer_id", "referrer_id IN %1 AND id NOT IN %2"},
    {"members", "person_id", "person_id IN %1 AND id NOT IN %2"},
};

} // namespace

QStringList MemberSnapshot::tables() {
    QStringList names;
    for (const OwnedTable& t : kOwned)
        names << QLatin1String(t.table);
    return names;
}

Result<MemberSnapshot> MemberSnapshot::capture(const Database& db, const QList<qint64>& memberIds) {
    MemberSnapshot snapshot;
    snapshot.m_memberIds = memberIds;
    const QSqlDatabase conn = db.connection();
    QList<qint64> taskIds;
    for (qsizetype start = 0; start < memberIds.size(); start += kChunk) {
        const QList<qint64> chunk = memberIds.mid(start, kChunk);
        QVariantMap binds;
        const QString first = inList(chunk, QStringLiteral("a"), binds);
        const QString second = inList(chunk, QStringLiteral("b"), binds);
        for (const OwnedTable& t : kOwned) {
            const QString where = QLatin1String(t.where);
            const bool twice = where.contains(QLatin1String("%2"));
            QVariantMap used = binds;
            if (!twice) {
                for (auto it = used.begin(); it != used.end();)
                    it = it.key().startsWith(QLatin1String(":b")) ? used.erase(it) : std::next(it);
            }
            const QString condition = twice ? where.arg(first, second) : where.arg(first);
            auto rows = selectRows(conn,
                                   QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY rowid")
                                       .arg(QLatin1String(t.table), condition),
                                   used);
            if (!rows)
                return rows.error();
            if (qstrcmp(t.table, "sop_tasks") == 0) {
                for (const QVariantMap& row : *rows)
                    taskIds << row.value(QStringLiteral("id")).toLongLong();
            }
            snapshot.m_rows[QLatin1String(t.table)] << *rows;
        }
        for (const ClearedColumn& c : kCleared) {
            const QString where = QLatin1String(c.where);
            const bool twice = where.contains(QLatin1String("%2"));
            QVariantMap used = binds;
            if (!twice) {
                for (auto it = used.begin(); it != used.end();)
                    it = it.key().startsWith(QLatin1String(":b")) ? used.erase(it) : std::next(it);
            }
            const QString column = QLatin1String(c.column);
            auto q = sql::exec(conn,
                               QStringLiteral("SELECT id, %1 FROM %2 WHERE %3")
                                   .arg(column, QLatin1String(c.table),
                                        twice ? where.arg(first, second) : where.arg(first)),
                               used);
            if (!q)
                return q.error();
            while (q->next())
                snapshot.m_references.append(
                    {QLatin1String(c.table), column, q->value(0).toLongLong(), q->value(1)});
        }
    }
    // Touches of other members that point at a task deleted with these members.
    for (qsizetype start = 0; start < taskIds.size(); start += kChunk) {
        QVariantMap binds;
        const QString tasks = inList(taskIds.mid(start, kChunk), QStringLiteral("t"), binds);
        auto q = sql::exec(conn,
                           QStringLiteral("SELECT id, sop_task_id FROM touches WHERE sop_task_id "
                                          "IN %1")
                               .arg(tasks),
                           binds);
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 id = q->value(0).toLongLong();
            const auto& own = snapshot.m_rows[QStringLiteral("touches")];
            const bool owned = std::any_of(own.cbegin(), own.cend(), [id](const QVariantMap& r) {
                return r.value(QStringLiteral("id")).toLongLong() == id;
            });
            if (!owned)
                snapshot.m_references.append(
                    {QStringLiteral("touches"), QStringLiteral("sop_task_id"), id, q->value(1)});
        }
    }
    return snapshot;
}

Status MemberSnapshot::remove(const Database& db, const QList<qint64>& memberIds) {
    Transaction tx(db.connection());
    if (!tx.isActive())
        return tx.beginError();
    MemberStore store(db);
    for (qint64 id : memberIds) {
        if (auto s = store.remove(id); !s)
            return s;
    }
    return tx.commit();
}

Result<MemberSnapshot> MemberSnapshot::captureAndRemove(const Database& db,
                                                        const QList<qint64>& memberIds) {
    Transaction tx(db.connection());
    if (!tx.isActive())
        return tx.beginError();
    auto snapshot = capture(db, memberIds);
    if (!snapshot)
        return snapshot.error();
    if (auto s = remove(db, memberIds); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return snapshot;
}

namespace {

// Inserts rows into `table` with one prepared statement; `nulled` columns are stored as NULL.
Status insertRows(const QSqlDatabase& conn, const QString& table, const QList<QVariantMap>& rows,
                  const QStringList& nulled, bool orIgnore) {
    if (rows.isEmpty())
        return {};
    const QStringList columns = rows.first().keys();
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders << QStringLiteral(":c%1").arg(i);
    QSqlQuery q(conn);
    const QString statement =
        QStringLiteral("INSERT %1INTO %2 (%3) VALUES (%4)")
            .arg(orIgnore ? QStringLiteral("OR IGNORE ") : QString(), table,
                 columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    if (!q.prepare(statement))
        return Error{
            MemberSnapshot::tr("Could not restore %1: %2").arg(table, q.lastError().text()), {}, 0};
    for (const QVariantMap& row : rows) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString& column = columns.at(i);
            q.bindValue(placeholders.at(i),
                        nulled.contains(column) ? QVariant() : row.value(column));
        }
        if (!q.exec())
            return Error{
                MemberSnapshot::tr("Could not restore %1: %2").arg(table, q.lastError().text()),
                {},
                0};
    }
    return {};
}

} // namespace

Status MemberSnapshot::restore(const Database& db) const {
    const QSqlDatabase conn = db.connection();
    Transaction tx(conn);
    if (!tx.isActive())
        return tx.beginError();
    for (const QString& table : tables()) {
        const QStringList nulled =
            table == QLatin1String("members")
                ? QStringList{QStringLiteral("referrer_id"), QStringLiteral("person_id")}
                : QStringList{};
        if (auto s = insertRows(conn, table, m_rows.value(table), nulled, false); !s)
            return s;
    }
    for (const Reference& r : m_references) {
        auto q = sql::exec(
            conn, QStringLiteral("UPDATE %1 SET %2 = :value WHERE id = :id").arg(r.table, r.column),
            {{QStringLiteral(":value"), r.value}, {QStringLiteral(":id"), r.rowId}});
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Result<MemberTagRows> MemberTagRows::capture(const Database& db, const QList<qint64>& memberIds,
                                             qint64 tagId) {
    MemberTagRows result;
    for (qsizetype start = 0; start < memberIds.size(); start += kChunk) {
        QVariantMap binds{{QStringLiteral(":tag"), tagId}};
        const QString ids = inList(memberIds.mid(start, kChunk), QStringLiteral("m"), binds);
        auto rows = selectRows(db.connection(),
                               QStringLiteral("SELECT * FROM member_tags WHERE tag_id = :tag AND "
                                              "member_id IN %1 ORDER BY rowid")
                                   .arg(ids),
                               binds);
        if (!rows)
            return rows.error();
        result.m_rows << *rows;
    }
    return result;
}

Status MemberTagRows::restore(const Database& db) const {
    Transaction tx(db.connection());
    if (!tx.isActive())
        return tx.beginError();
    if (auto s = insertRows(db.connection(), QStringLiteral("member_tags"), m_rows, {}, true); !s)
        return s;
    return tx.commit();
}

QList<qint64> MemberTagRows::memberIds() const {
    QList<qint64> ids;
    for (const QVariantMap& row : m_rows)
        ids << row.value(QStringLiteral("member_id")).toLongLong();
    return ids;
}

} // namespace qundesk
