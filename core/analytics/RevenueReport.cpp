// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/RevenueReport.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "store/SettingsStore.h"

#include <algorithm>

namespace qundesk {

namespace {

const QString kPerGroup = QStringLiteral(
    "SELECT g.id, g.name, o.currency, COALESCE(SUM(o.amount_cents), 0), COUNT(o.id) FROM "
    "chat_groups g LEFT JOIN orders o ON o.group_id = g.id AND o.ordered_at >= :from_at AND "
    "o.ordered_at < :to_end WHERE (:group = 0 OR g.id = :group) GROUP BY g.id, g.name, "
    "o.currency ORDER BY g.name, g.id");
const QString kUnattributed = QStringLiteral(
    "SELECT currency, SUM(amount_cents) FROM orders WHERE group_id IS NULL AND ordered_at >= "
    ":from_at AND ordered_at < :to_end GROUP BY currency");
const QString kPerBuyer = QStringLiteral(
    "SELECT member_id, currency, SUM(amount_cents) FROM orders WHERE (:group = 0 OR group_id = "
    ":group) AND member_id IS NOT NULL AND ordered_at >= :from_at AND ordered_at < :to_end "
    "GROUP BY member_id, currency");

} // namespace

QStringList RevenueReport::statements() {
    return {kPerGroup, kUnattributed, kPerBuyer};
}

Result<Revenue> RevenueReport::compute(const Database& db, const AnalyticsQuery& query) {
    const ReadSnapshot snapshot(db.connection());
    const QVariantMap binds = AnalyticsPeriod::of(db, query).binds();
    const QString currency = SettingsStore(db).currency();
    Revenue out;

    auto perGroup = analytics::run(db, kPerGroup, binds);
    if (!perGroup)
        return perGroup.error();
    while (perGroup->next()) {
        const qint64 id = perGroup->value(0).toLongLong();
        if (out.groups.isEmpty() || out.groups.constLast().groupId != id) {
            GroupRevenue g;
            g.groupId = id;
            g.name = perGroup->value(1).toString();
            g.revenue.currency = currency;
            out.groups.append(g);
        }
        GroupRevenue& g = out.groups.last();
        g.orders += perGroup->value(4).toInt();
        if (!perGroup->value(2).isNull())
            g.revenue.add(perGroup->value(2).toString(), perGroup->value(3).toLongLong());
    }

    out.unattributed.currency = currency;
    if (query.groupId == 0) {
        auto rest = analytics::run(db, kUnattributed, binds);
        if (!rest)
            return rest.error();
        while (rest->next())
            out.unattributed.add(rest->value(0).toString(), rest->value(1).toLongLong());
    }

    auto perBuyer = analytics::run(db, kPerBuyer, binds);
    if (!perBuyer)
        return perBuyer.error();
    QHash<qint64, qint64> cents; // buyer -> workspace-currency cents
    while (perBuyer->next()) {
        const qint64 member = perBuyer->value(0).toLongLong();
        qint64& c = cents[member]; // every buyer counts, whatever the currency
        if (perBuyer->value(1).toString().toUpper() == currency)
            c += perBuyer->value(2).toLongLong();
    }
    QList<qint64> amounts = cents.values();
    std::sort(amounts.begin(), amounts.end(), std::greater<>());
    out.buyers = int(amounts.size());
    out.topBuyers = (out.buyers + 4) / 5;
    for (qsizetype i = 0; i < amounts.size(); ++i) {
        out.buyerCents += amounts.at(i);
        if (i < out.topBuyers)
            out.topCents += amounts.at(i);
    }
    return out;
}

} // namespace qundesk
