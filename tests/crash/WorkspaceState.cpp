// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "WorkspaceState.h"

#include "db/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace qundesk::crash {

namespace {

// A private connection to `path`, removed again when the scope ends.
class Connection {
public:
    explicit Connection(const QString& path) {
        static int counter = 0;
        m_name = QStringLiteral("crash-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    ~Connection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

void addValue(QCryptographicHash& hash, const QVariant& value) {
    // Each value tagged with its kind and length, so ("ab","c") and ("a","bc") differ.
    const QByteArray bytes = value.isNull() ? QByteArray() : value.toByteArray();
    const char kind = value.isNull()                                       ? 'N'
                      : value.typeId() == QMetaType::QByteArray            ? 'B'
                      : value.typeId() == QMetaType::QString               ? 'T'
                      : value.typeId() == QMetaType::Double                ? 'R'
                                                                           : 'I';
    hash.addData(QByteArrayView(&kind, 1));
    hash.addData(QByteArray::number(bytes.size()) + ':');
    hash.addData(bytes);
}

bool run(QSqlQuery& q, const QString& statement, QString* error) {
    if (q.exec(statement))
        return true;
    *error = statement.left(80) + QStringLiteral(": ") + q.lastError().text();
    return false;
}

} // namespace

WorkspaceState readWorkspaceState(const QString& path) {
    WorkspaceState state;
    state.exists = QFileInfo::exists(path);
    if (!state.exists)
        return state;
    Connection connection(path);
    QSqlDatabase db = connection.db();
    if (!db.isOpen()) {
        state.error = db.lastError().text();
        return state;
    }
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("PRAGMA integrity_check"), &state.error))
        return state;
    QStringList verdict;
    while (q.next())
        verdict << q.value(0).toString();
    state.integrity = verdict.join(QLatin1Char('\n'));
    if (!run(q, QStringLiteral("PRAGMA user_version"), &state.error) || !q.next())
        return state;
    state.schemaVersion = q.value(0).toInt();

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(state.schemaVersion) + '\n');
    if (!run(q,
             QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name "
                            "NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
             &state.error))
        return state;
    QList<std::pair<QString, QString>> tables;
    while (q.next())
        tables.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto& [table, definition] : std::as_const(tables)) {
        hash.addData(table.toUtf8() + '\n' + definition.toUtf8() + '\n');
        QSqlQuery columns(db);
        if (!run(columns, QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(table), &state.error))
            return state;
        const int count = columns.record().count();
        QStringList order;
        for (int i = 1; i <= count; ++i)
            order << QString::number(i);
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!run(rows,
                 QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2")
                     .arg(table, order.join(QLatin1Char(','))),
                 &state.error))
            return state;
        while (rows.next()) {
            for (int i = 0; i < count; ++i)
                addValue(hash, rows.value(i));
            hash.addData("\n");
            ++state.rows;
        }
    }
    state.digest = hash.result().toHex();
    return state;
}

bool copyWorkspace(const QString& from, const QString& to) {
    QFile::remove(to);
    QFile::remove(to + QStringLiteral("-wal"));
    QFile::remove(to + QStringLiteral("-shm"));
    if (!QFile::copy(from, to))
        return false;
    const QString wal = from + QStringLiteral("-wal");
    return !QFileInfo::exists(wal) || QFile::copy(wal, to + QStringLiteral("-wal"));
}

QString writeOldWorkspace(const QString& path, int members) {
    QFile::remove(path);
    Connection connection(path);
    QSqlDatabase db = connection.db();
    if (!db.isOpen())
        return db.lastError().text();
    QString error;
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("PRAGMA journal_mode = WAL"), &error))
        return error;
    q.finish(); // a statement still open would keep the steps from committing
    for (int version = 1; version <= 2; ++version) {
        if (auto status = schema::applyStep(db, version); !status)
            return status.error().message;
    }
    // Members in four groups, one in three also in a second group; a week of daily activity for
    // one in two; tags for one in five; a status row for each.
    const QString numbers = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ")
                                .arg(members);
    const QStringList statements = {
        QStringLiteral("BEGIN"),
        QStringLiteral("INSERT INTO chat_groups (id, name, created_at) VALUES "
                       "(1, '新人福利群', '2025-01-01T00:00:00Z'), "
                       "(2, '老客VIP群', '2025-01-01T00:00:00Z'), "
                       "(3, 'Deals', '2025-01-01T00:00:00Z'), "
                       "(4, '活动群', '2025-01-01T00:00:00Z')"),
        numbers + QStringLiteral(
                      "INSERT INTO members (id, display_name, phone, source_channel, referrer_id, "
                      "created_at, updated_at) SELECT i, '成员' || i, '139' || (10000000 + i), "
                      "'douyin', CASE WHEN i % 7 = 0 THEN i - 1 END, "
                      "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z' FROM n"),
        numbers + QStringLiteral("INSERT INTO member_identities (member_id, platform, handle, "
                                 "nickname) SELECT i, 'wechat', 'h' || i, '成员' || i FROM n"),
        numbers + QStringLiteral("INSERT INTO memberships (group_id, member_id, joined_at) "
                                 "SELECT 1 + i % 4, i, date('2025-02-01', '+' || (i % 300) || "
                                 "' days') FROM n"),
        numbers + QStringLiteral("INSERT INTO memberships (group_id, member_id, joined_at) "
                                 "SELECT 1 + (i + 1) % 4, i, '2025-06-01' FROM n WHERE i % 3 = 0"),
        QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'VIP'), (2, '宝妈'), (3, '复购')"),
        numbers + QStringLiteral("INSERT INTO member_tags (member_id, tag_id, created_at) "
                                 "SELECT i, 1 + i % 3, '2025-03-01T00:00:00Z' FROM n "
                                 "WHERE i % 5 = 0"),
        numbers + QStringLiteral(
                      "INSERT INTO member_status (member_id, first_joined_day, last_message_day, "
                      "messages, silent_days, computed_on) SELECT i, '2025-02-01', "
                      "CASE WHEN i % 2 = 0 THEN '2025-12-01' END, i % 40, i % 90, '2025-12-31' "
                      "FROM n"),
        numbers + QStringLiteral("INSERT INTO member_day_activity (group_id, member_id, day, "
                                 "messages) SELECT 1 + i % 4, i, d.day, 1 + i % 5 FROM n, "
                                 "(SELECT '2025-11-2' || k AS day FROM (SELECT 1 AS k UNION ALL "
                                 "SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL "
                                 "SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7)) d "
                                 "WHERE i % 2 = 0"),
        QStringLiteral("COMMIT"),
    };
    for (const QString& statement : statements) {
        if (!run(q, statement, &error))
            return error;
    }
    return {};
}

} // namespace qundesk::crash
