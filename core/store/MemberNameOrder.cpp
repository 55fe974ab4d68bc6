// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/MemberNameOrder.h"

#include "db/Database.h"
#include "db/RowReader.h"
#include "db/Sql.h"
#include "db/Transaction.h"

#include <QHash>
#include <QMutex>
#include <QSet>

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
    // idx_members_name holds (display_name NOCASE, id): read in its order, nothing is sorted.
    auto ids = RowReader::ids(
        db, QStringLiteral("SELECT id FROM members ORDER BY display_name COLLATE NOCASE, id"));
    if (!ids)
        return ids.error();
    NameOrder order{changes, version, *ids, 0};
    for (qint64 id : std::as_const(order.ids))
        order.maxId = qMax(order.maxId, id);
    return order;
}

} // namespace

// `matches` in `order`; the ones the order lacks (none, unless the workspace changed between
// the two reads) come last, so no match is lost.
QList<qint64> pick(const NameOrder& order, const QList<qint64>& matches, bool ascending,
                   bool* complete) {
    // A bit per possible id, unless ids are far sparser than members (then a set).
    const bool dense = order.maxId <= 8 * qint64(order.ids.size()) + 65536;
    std::vector<bool> bits(dense ? size_t(order.maxId) + 1 : 0, false);
    QSet<qint64> set;
    for (qint64 id : matches) {
        if (!dense)
            set.insert(id);
        else if (id >= 0 && id <= order.maxId)
            bits[size_t(id)] = true;
    }
    const auto wanted = [&](qint64 id) {
        return dense ? bool(bits[size_t(id)]) : set.contains(id);
    };
    QList<qint64> picked;
    picked.reserve(matches.size());
    if (ascending) {
        for (auto it = order.ids.cbegin(); it != order.ids.cend(); ++it) {
            if (wanted(*it))
                picked << *it;
        }
    } else {
        for (auto it = order.ids.crbegin(); it != order.ids.crend(); ++it) {
            if (wanted(*it))
                picked << *it;
        }
    }
    *complete = picked.size() == matches.size();
    if (!*complete) {
        const QSet<qint64> placed(picked.cbegin(), picked.cend());
        for (qint64 id : matches) {
            if (!placed.contains(id))
                picked << id;
        }
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

    // Inside a transaction the order may be of rows a rollback takes back, which no change
    // counter shows: it is read for this call only.
    bool complete = false;
    if (Transaction::isOpen(conn)) {
        auto order = readOrder(conn, -1, -1);
        if (!order)
            return order.error();
        return pick(*order, matches, ascending, &complete);
    }
    const QMutexLocker lock(&cacheMutex());
    const QString name = conn.connectionName();
    if (auto it = cache().constFind(name); it != cache().cend() &&
                                           it->changes == changes->toLongLong() &&
                                           it->version == version->toLongLong()) {
        QList<qint64> picked = pick(*it, matches, ascending, &complete);
        if (complete)
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
    return pick(*cache().insert(name, std::move(*order)), matches, ascending, &complete);
}

} // namespace qundesk::membernameorder
