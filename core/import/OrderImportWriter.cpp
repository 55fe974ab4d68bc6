// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/OrderImportWriter.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Time.h"

namespace qundesk {

namespace {
constexpr qsizetype kMaxCachedBuyers = 200000; // then the cache starts over: memory stays flat
const QChar kSep = QLatin1Char('\x1f');
} // namespace

OrderImportWriter::OrderImportWriter(const Database& db, qint64 importId)
    : m_db(db.connection())
    , m_importId(importId)
    , m_now(time::toStorage(time::now())) {}

Status OrderImportWriter::prepare() {
    auto groups = sql::exec(m_db, QStringLiteral("SELECT name, id FROM chat_groups"));
    if (!groups)
        return groups.error();
    while (groups->next())
        m_groups.insert(groups->value(0).toString().trimmed().toLower(),
                        groups->value(1).toLongLong());
    auto platforms = sql::exec(
        m_db, QStringLiteral("SELECT DISTINCT platform FROM member_identities ORDER BY platform"));
    if (!platforms)
        return platforms.error();
    while (platforms->next())
        m_platforms << platforms->value(0).toString();

    const QList<std::pair<QSqlQuery*, QString>> statements = {
        // One probe of the (platform, platform_uid) index per platform.
        {&m_byUid, QStringLiteral("SELECT DISTINCT i.member_id FROM member_identities i JOIN "
                                  "members m ON m.id = i.member_id WHERE m.erased_at IS NULL AND "
                                  "i.platform = ? AND i.platform_uid = ?")},
        {&m_byPhone,
         QStringLiteral("SELECT id FROM members WHERE erased_at IS NULL AND phone = ?")},
        {&m_byName, QStringLiteral("SELECT id FROM members WHERE erased_at IS NULL AND "
                                   "display_name = ? COLLATE NOCASE")},
        {&m_byNameInGroup,
         QStringLiteral("SELECT DISTINCT m.id FROM members m JOIN memberships ms ON ms.member_id "
                        "= m.id WHERE m.erased_at IS NULL AND ms.group_id = ? AND "
                        "m.display_name = ? COLLATE NOCASE")},
        {&m_groupsOf, QStringLiteral("SELECT DISTINCT group_id FROM memberships WHERE member_id "
                                     "= ? AND left_at IS NULL")},
        {&m_byExternal, QStringLiteral("SELECT id FROM orders WHERE external_id = ?")},
        {&m_sameOrders,
         QStringLiteral("SELECT COUNT(*) FROM orders WHERE member_id = ? AND ordered_at = ? AND "
                        "amount_cents = ? AND currency = ? AND COALESCE(product, '') = ?")},
        {&m_insert,
         QStringLiteral("INSERT INTO orders (member_id, group_id, ordered_at, amount_cents, "
                        "currency, product, external_id, import_id, created_at) VALUES (?, ?, ?, "
                        "?, ?, ?, ?, ?, ?)")},
    };
    for (const auto& [query, statement] : statements) {
        *query = QSqlQuery(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(statement))
            return sql::failure(*query);
    }
    return {};
}

Result<qint64> OrderImportWriter::groupId(const QString& name) {
    return m_groups.value(name.trimmed().toLower(), 0);
}

Result<QList<qint64>> OrderImportWriter::ids(QSqlQuery& query, const QVariantList& values) {
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return sql::failure(query);
    QList<qint64> found;
    while (query.next())
        found << query.value(0).toLongLong();
    query.finish();
    return found;
}

Result<OrderImportWriter::Buyer> OrderImportWriter::findBuyer(const OrderRow& row, qint64 groupId) {
    const QString key = row.handle + kSep + row.phone + kSep + row.memberName.toLower() + kSep +
                        QString::number(groupId);
    if (auto cached = m_buyers.constFind(key); cached != m_buyers.cend())
        return cached.value();
    Buyer buyer;
    QList<qint64> found;
    if (!row.handle.isEmpty()) {
        for (const QString& platform : std::as_const(m_platforms)) {
            auto byUid = ids(m_byUid, {platform, row.handle});
            if (!byUid)
                return byUid.error();
            for (qint64 id : *byUid) {
                if (!found.contains(id))
                    found << id;
            }
        }
    }
    if (found.isEmpty() && !row.phone.isEmpty()) {
        auto byPhone = ids(m_byPhone, {row.phone});
        if (!byPhone)
            return byPhone.error();
        found = *byPhone;
    }
    if (found.isEmpty() && !row.memberName.isEmpty()) {
        auto byName = groupId > 0 ? ids(m_byNameInGroup, {groupId, row.memberName})
                                  : ids(m_byName, {row.memberName});
        if (!byName)
            return byName.error();
        found = *byName;
    }
    const QString who = !row.handle.isEmpty()  ? row.handle
                        : !row.phone.isEmpty() ? row.phone
                                               : row.memberName;
    if (found.size() == 1) {
        buyer.memberId = found.first();
        auto groups = ids(m_groupsOf, {buyer.memberId});
        if (!groups)
            return groups.error();
        buyer.onlyGroup = groups->size() == 1 ? groups->first() : 0;
    } else if (found.isEmpty()) {
        buyer.problem = tr("No member is “%1”; import the member list first.").arg(who);
        buyer.kind = QStringLiteral("unknown_member");
    } else {
        buyer.problem = tr("%n members match “%1”; add a handle or phone column to tell them "
                           "apart.",
                           "", int(found.size()))
                            .arg(who);
        buyer.kind = QStringLiteral("ambiguous_member");
    }
    if (m_buyers.size() >= kMaxCachedBuyers)
        m_buyers.clear();
    m_buyers.insert(key, buyer);
    return buyer;
}

Result<qint64> OrderImportWriter::storedBefore(const OrderRow& row, qint64 memberId) {
    auto q = ids(m_sameOrders, {memberId, time::toStorage(row.orderedAt), row.amountCents,
                                row.currency, row.product});
    if (!q)
        return q.error();
    return q->value(0, 0);
}

Result<OrderImportWriter::Outcome> OrderImportWriter::store(const OrderRow& row, qint64 memberId,
                                                            qint64 groupId) {
    if (!row.externalId.isEmpty()) {
        auto stored = ids(m_byExternal, {row.externalId});
        if (!stored)
            return stored.error();
        if (!stored->isEmpty())
            return Outcome::Duplicate;
    } else {
        const QString key = QString::number(memberId) + kSep + time::toStorage(row.orderedAt) +
                            kSep + QString::number(row.amountCents) + kSep + row.currency + kSep +
                            row.product;
        auto it = m_occurrences.find(key);
        if (it == m_occurrences.end()) {
            auto before = storedBefore(row, memberId);
            if (!before)
                return before.error();
            it = m_occurrences.insert(key, {*before, 0});
        }
        const qint64 occurrence = ++it->second;
        if (occurrence <= it->first)
            return Outcome::Duplicate;
    }
    const QVariantList values = {memberId,
                                 sql::nullIfNoId(groupId),
                                 time::toStorage(row.orderedAt),
                                 row.amountCents,
                                 row.currency,
                                 sql::nullIfEmpty(row.product),
                                 sql::nullIfEmpty(row.externalId),
                                 sql::nullIfNoId(m_importId),
                                 m_now};
    for (qsizetype i = 0; i < values.size(); ++i)
        m_insert.bindValue(int(i), values.at(i));
    if (!m_insert.exec())
        return sql::failure(m_insert);
    return Outcome::Stored;
}

} // namespace qundesk
