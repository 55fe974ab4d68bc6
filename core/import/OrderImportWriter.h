// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/OrderRowParser.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <variant>

namespace qundesk {

class Database;

// The writing half of the order import, inside the caller's transaction: finds the buyer and the
// group a row names, recognises orders stored before, and stores the new ones.
//
// Buyers are found by handle (a user id on any platform), then phone, then name — in the row's
// group when it names one, else among all members; a name two members share is ambiguous, and a
// buyer nobody matches is unknown: both make the row invalid (an order is never pinned on a
// guess). A row is a duplicate when its order number is stored already or, without a number,
// when the workspace held as many orders of the same day and time, buyer, amount, currency and
// product before this file as this row's occurrence among the file's rows with that key (so two
// identical orders in one file both count, and a second import of the file adds nothing).
// A row without a group is attributed to the buyer's group when they are in exactly one (so
// revenue per group counts it); otherwise it is stored without a group.
class OrderImportWriter {
    Q_DECLARE_TR_FUNCTIONS(OrderImportWriter)

public:
    enum class Outcome { Stored, Duplicate };
    struct Buyer {
        qint64 memberId = 0;
        qint64 onlyGroup = 0; // the one group the member is in now, 0 when none or several
        QString problem;      // why no member could be chosen (unknown, ambiguous)
        QString kind;         // unknown_member, ambiguous_member
    };

    OrderImportWriter(const Database& db, qint64 importId);
    Status prepare();

    // The group named `name`, 0 when the workspace has none by that name.
    Result<qint64> groupId(const QString& name);
    Result<Buyer> findBuyer(const OrderRow& row, qint64 groupId);
    Result<Outcome> store(const OrderRow& row, qint64 memberId, qint64 groupId);

private:
    Result<QList<qint64>> ids(QSqlQuery& query, const QVariantList& values);
    Result<qint64> storedBefore(const OrderRow& row, qint64 memberId);

    QSqlDatabase m_db;
    qint64 m_importId;
    QString m_now;
    QStringList m_platforms;
    QHash<QString, qint64> m_groups; // name -> id; every group (a workspace has few)
    QHash<QString, Buyer> m_buyers;  // row key -> buyer found, so repeat buyers cost no query
    // Key without an order number -> (orders stored before the file, rows of the file so far).
    QHash<QString, std::pair<qint64, qint64>> m_occurrences;
    QSqlQuery m_byUid, m_byPhone, m_groupsOf, m_byName, m_byNameInGroup, m_byExternal, m_sameOrders,
        m_insert;
};

} // namespace qundesk
