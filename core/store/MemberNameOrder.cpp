// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/MemberNameOrder.h"

#include "db/Database.h"
#include "db/RowReader.h"
#include "db/Sql.h"

#include <QHash>
#include <QMutex>

#include <vector>

namespace qundesk::membernameorder {

namespace {

struct NameOrder {
    qint64 changes = -1; // total_changes() of the connection when read
    qint64 version = -1; // PRAGMA data_version (changes by other connections)
    QList<qint64> ids;   // every member, in name order
    qint64 maxId = 0;
};

QMutex& cacheMutex() {
    static QMutex mutex;
    return mutex;
}

// Per connection name (unique within the process: see Database).
QHash<QString, NameOrder>& cache() {
    static QHash<QString, NameOrder> orders;
    return orders;
}

Result<NameOrder> readOrder(const QSqlDatabase& db, qint64 changes, qint64 version) {
    NameOrder order{changes, version, {}, 0};
    RowReader q(db);
    // idx_members_name holds (display_name NOCASE, id): read in its order, nothing is sorted.
    if (auto s = q.exec(
            QStringLiteral("SELECT id FROM members ORDER BY display_name COLLATE NOCASE, id"));
        !s)
        return s.error();
    for (;;) {
        auto row = q.next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        order.ids << q.integer(0);
        order.maxId = qMax(order.maxId, order.ids.last());
    }
    return order;
}

} // namespace

// `matches` in `order`, or fewer when some are not in it.
QList<qint64> pick(const NameOrder& order, const QList<qint64>& matches, bool ascending) {
    std::vector<bool> wanted(size_t(order.maxId) + 1, false);
    for (qint64 id : matches) {
        if (id >= 0 && id <= order.maxId)
            wanted[size_t(id)] = true;
    }
    QList<qint64> picked;
    picked.reserve(matches.size());
    const auto take = [&](qint64 id) {
        if (wanted[size_t(id)])
            picked << id;
    };
    if (ascending) {
        for (auto it = order.ids.cbegin(); it != order.ids.cend(); ++it)
            take(*it);
    } else {
        for (auto it = order.ids.crbegin(); it != order.ids.crend(); ++it)
            take(*it);
    }
    return picked;
}

Result<QList<qint64>> arrange(const Database& db, const QList<qint64>& matches, bool ascending) {
    const QSqlDatabase conn = db.connection();
    auto changes = sql::scalar(conn, QStringLiteral("SELECT total_changes()"), {}, 0);
    if (!changes)
        return changes.error();
    auto version = sql::scalar(conn, QStringLiteral("PRAGMA data_version"), {}, 0);
    if (!version)
        return version.error();

    const QMutexLocker lock(&cacheMutex());
    const QString name = conn.connectionName();
    if (auto it = cache().constFind(name); it != cache().cend() &&
                                           it->changes == changes->toLongLong() &&
                                           it->version == version->toLongLong()) {
        QList<qint64> picked = pick(*it, matches, ascending);
        if (picked.size() == matches.size())
            return picked;
    }
    auto order = readOrder(conn, changes->toLongLong(), version->toLongLong());
    if (!order)
        return order.error();
    // Workspaces closed since leave their orders behind: drop them.
    for (auto old = cache().begin(); old != cache().end();) {
        if (QSqlDatabase::contains(old.key()))
            ++old;
        else
            old = cache().erase(old);
    }
    const auto it = cache().insert(name, std::move(*order));
    QList<qint64> picked = pick(*it, matches, ascending);
    // A member missing even from a fresh read: keep every match rather than lose one.
    return picked.size() == matches.size() ? picked : matches;
}

} // namespace qundesk::membernameorder
