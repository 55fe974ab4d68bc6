// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/OrderStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Time.h"

#include <QSqlQuery>

#include <algorithm>

namespace qundesk {

namespace {

const QString kColumns = QStringLiteral("id, member_id, group_id, ordered_at, amount_cents, "
                                        "currency, product, external_id, import_id, created_at");

Order orderFromRow(const QSqlQuery& q) {
    Order o;
    o.id = q.value(0).toLongLong();
    o.memberId = q.value(1).toLongLong();
    o.groupId = q.value(2).toLongLong();
    o.orderedAt = time::fromStorage(q.value(3).toString());
    o.amountCents = q.value(4).toLongLong();
    o.currency = q.value(5).toString();
    o.product = q.value(6).toString();
    o.externalId = q.value(7).toString();
    o.importId = q.value(8).toLongLong();
    o.createdAt = time::fromStorage(q.value(9).toString());
    return o;
}

QVariantMap bindingsOf(const Order& o) {
    return {
        {QStringLiteral(":member"), sql::nullIfNoId(o.memberId)},
        {QStringLiteral(":group"), sql::nullIfNoId(o.groupId)},
        {QStringLiteral(":ordered"), time::toStorage(o.orderedAt)},
        {QStringLiteral(":amount"), o.amountCents},
        {QStringLiteral(":currency"), o.currency.trimmed().toUpper()},
        {QStringLiteral(":product"), sql::nullIfEmpty(o.product)},
        {QStringLiteral(":external"), sql::nullIfEmpty(o.externalId.trimmed())},
        {QStringLiteral(":import"), sql::nullIfNoId(o.importId)},
    };
}

// Three Latin letters, as ISO 4217 codes are.
bool isCurrencyCode(const QString& code) {
    return code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
               return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
           });
}

Result<QList<Order>> ordersOf(Result<QSqlQuery> q) {
    if (!q)
        return q.error();
    QList<Order> orders;
    while (q->next())
        orders << orderFromRow(*q);
    return orders;
}

} // namespace

OrderStore::OrderStore(const Database& db)
    : m_db(db.connection()) {}

Status OrderStore::validate(const Order& order) const {
    if (!order.orderedAt.isValid())
        return Error{tr("An order needs the time it was placed."), {}, 0};
    if (order.amountCents < 0)
        return Error{tr("An order's amount cannot be negative."), {}, 0};
    if (!isCurrencyCode(order.currency.trimmed().toUpper()))
        return Error{tr("“%1” is not a currency code such as CNY.").arg(order.currency), {}, 0};
    const QString external = order.externalId.trimmed();
    if (external.isEmpty())
        return {};
    // Checked here rather than read from the UNIQUE violation, for a message that names the order.
    auto clash = sql::scalar(
        m_db,
        QStringLiteral("SELECT COUNT(*) FROM orders WHERE external_id = "
                       ":external AND id <> :id"),
        {{QStringLiteral(":external"), external}, {QStringLiteral(":id"), order.id}}, 0);
    if (!clash)
        return clash.error();
    if (clash->toLongLong() > 0)
        return Error{tr("An order with the number “%1” is already stored.").arg(external), {}, 0};
    return {};
}

Result<qint64> OrderStore::create(const Order& order) {
    Order fresh = order;
    fresh.id = 0;
    if (Status valid = validate(fresh); !valid)
        return valid.error();
    QVariantMap binds = bindingsOf(fresh);
    binds.insert(QStringLiteral(":created"), time::toStorage(time::now()));
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO orders (member_id, group_id, ordered_at, "
                                      "amount_cents, currency, product, external_id, import_id, "
                                      "created_at) VALUES (:member, :group, :ordered, :amount, "
                                      ":currency, :product, :external, :import, :created)"),
                       binds);
    if (!q)
        return Error{tr("Cannot add the order: %1").arg(q.error().message), {}, 0};
    return q->lastInsertId().toLongLong();
}

Status OrderStore::update(const Order& order) {
    if (Status valid = validate(order); !valid)
        return valid;
    QVariantMap binds = bindingsOf(order);
    binds.insert(QStringLiteral(":id"), order.id);
    auto q = sql::exec(m_db,
                       QStringLiteral("UPDATE orders SET member_id = :member, group_id = :group, "
                                      "ordered_at = :ordered, amount_cents = :amount, currency = "
                                      ":currency, product = :product, external_id = :external, "
                                      "import_id = :import WHERE id = :id"),
                       binds);
    if (!q)
        return Error{tr("Cannot save the order: %1").arg(q.error().message), {}, 0};
    if (q->numRowsAffected() == 0)
        return Error{tr("The order no longer exists."), {}, 0};
    return {};
}

Status OrderStore::remove(qint64 id) {
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM orders WHERE id = :id"),
                       {{QStringLiteral(":id"), id}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The order no longer exists."), {}, 0};
    return {};
}

Result<Order> OrderStore::get(qint64 id) const {
    auto q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM orders WHERE id = :id").arg(kColumns),
                       {{QStringLiteral(":id"), id}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("The order no longer exists."), {}, 0};
    return orderFromRow(*q);
}

Result<std::optional<Order>> OrderStore::findByExternalId(const QString& externalId) const {
    auto q = sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM orders WHERE external_id = :external").arg(kColumns),
        {{QStringLiteral(":external"), externalId.trimmed()}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Order>{};
    return std::optional<Order>{orderFromRow(*q)};
}

Result<QList<Order>> OrderStore::listForMember(qint64 memberId) const {
    return ordersOf(sql::exec(m_db,
                              QStringLiteral("SELECT %1 FROM orders WHERE member_id = :member "
                                             "ORDER BY ordered_at DESC, id DESC")
                                  .arg(kColumns),
                              {{QStringLiteral(":member"), memberId}}));
}

Result<QList<Order>> OrderStore::listForGroup(qint64 groupId, const QDateTime& from,
                                              const QDateTime& to) const {
    return ordersOf(sql::exec(m_db,
                              QStringLiteral("SELECT %1 FROM orders WHERE group_id = :group AND "
                                             "ordered_at >= :from AND ordered_at < :to ORDER BY "
                                             "ordered_at, id")
                                  .arg(kColumns),
                              {{QStringLiteral(":group"), groupId},
                               {QStringLiteral(":from"), time::toStorage(from)},
                               {QStringLiteral(":to"), time::toStorage(to)}}));
}

Result<OrderTotals> OrderStore::countsForMember(qint64 memberId, const QString& currency) const {
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT currency, COUNT(*), SUM(amount_cents) FROM orders "
                                      "WHERE member_id = :member GROUP BY currency"),
                       {{QStringLiteral(":member"), memberId}});
    if (!q)
        return q.error();
    OrderTotals totals;
    totals.revenue.currency = currency;
    while (q->next()) {
        totals.orders += q->value(1).toLongLong();
        totals.revenue.add(q->value(0).toString(), q->value(2).toLongLong());
    }
    return totals;
}

} // namespace qundesk
