// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/FunnelReport.h"

#include "db/Database.h"
#include "db/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace qundesk {

namespace {

const QString kBase = QStringLiteral(
    "SELECT DISTINCT s.member_id, COALESCE(m.source_channel, '') FROM memberships s JOIN "
    "members m ON m.id = s.member_id WHERE (:group = 0 OR s.group_id = :group) AND s.joined_at "
    "< :to_end AND (s.left_at IS NULL OR s.left_at >= :from_at)");
const QString kEngaged = QStringLiteral(
    "SELECT DISTINCT a.member_id FROM chat_groups g CROSS JOIN member_day_activity a ON "
    "a.group_id = g.id WHERE (:group = 0 OR g.id = :group) AND a.day >= :from_day AND a.day <= "
    ":to_day");
// Buyers of the period with their orders in all up to the period's end.
const QString kBuyers = QStringLiteral(
    "SELECT o.member_id, COUNT(*) FROM orders o WHERE o.ordered_at < :to_end AND o.member_id IN "
    "(SELECT member_id FROM orders WHERE (:group = 0 OR group_id = :group) AND member_id IS NOT "
    "NULL AND ordered_at >= :from_at AND ordered_at < :to_end) GROUP BY o.member_id");
const QString kGroups = QStringLiteral("SELECT id, name FROM chat_groups ORDER BY name, id");

Result<QSet<qint64>> memberSet(const Database& db, const QString& statement,
                               const QVariantMap& binds) {
    auto q = analytics::run(db, statement, binds);
    if (!q)
        return q.error();
    QSet<qint64> set;
    while (q->next())
        set.insert(q->value(0).toLongLong());
    return set;
}

} // namespace

QStringList FunnelReport::stageKeys() {
    return {QStringLiteral("members"), QStringLiteral("engaged"), QStringLiteral("buyers"),
            QStringLiteral("repeat_buyers")};
}

QString FunnelReport::stageLabel(const QString& key) {
    if (key == QLatin1String("members"))
        return tr("Members");
    if (key == QLatin1String("engaged"))
        return tr("Engaged");
    if (key == QLatin1String("buyers"))
        return tr("Buyers");
    if (key == QLatin1String("repeat_buyers"))
        return tr("Repeat buyers");
    return key;
}

QJsonObject Funnel::toJson() const {
    const QList<int> values{total.members, total.engaged, total.buyers, total.repeatBuyers};
    const QStringList keys = FunnelReport::stageKeys();
    QJsonArray stages;
    for (qsizetype i = 0; i < keys.size(); ++i)
        stages.append(QJsonObject{{QStringLiteral("stage"), keys.at(i)},
                                  {QStringLiteral("members"), values.at(i)}});
    QJsonArray sources;
    for (const SourceFunnel& s : bySource)
        sources.append(QJsonObject{{QStringLiteral("source"), s.source},
                                   {QStringLiteral("members"), s.counts.members},
                                   {QStringLiteral("engaged"), s.counts.engaged},
                                   {QStringLiteral("buyers"), s.counts.buyers},
                                   {QStringLiteral("repeat_buyers"), s.counts.repeatBuyers}});
    return {{QStringLiteral("stages"), stages}, {QStringLiteral("by_source"), sources}};
}

QStringList FunnelReport::statements() {
    return {kBase, kEngaged, kBuyers, kGroups};
}

Result<Funnel> FunnelReport::compute(const Database& db, const AnalyticsQuery& query) {
    const ReadSnapshot snapshot(db.connection());
    const QVariantMap binds = AnalyticsPeriod::of(db, query).binds();
    auto base = analytics::run(db, kBase, binds);
    if (!base)
        return base.error();
    QHash<qint64, QString> sourceOf;
    while (base->next())
        sourceOf.insert(base->value(0).toLongLong(), base->value(1).toString());
    auto engaged = memberSet(db, kEngaged, binds);
    if (!engaged)
        return engaged.error();
    auto buyers = analytics::run(db, kBuyers, binds);
    if (!buyers)
        return buyers.error();
    QHash<qint64, int> ordersInAll;
    while (buyers->next())
        ordersInAll.insert(buyers->value(0).toLongLong(), buyers->value(1).toInt());

    Funnel funnel;
    QMap<QString, FunnelCounts> bySource;
    for (auto it = sourceOf.cbegin(); it != sourceOf.cend(); ++it) {
        FunnelCounts& s = bySource[it.value()];
        for (FunnelCounts* c : {&funnel.total, &s}) {
            ++c->members;
            if (engaged->contains(it.key()))
                ++c->engaged;
            const int orders = ordersInAll.value(it.key(), 0);
            if (orders >= 1)
                ++c->buyers;
            if (orders >= 2)
                ++c->repeatBuyers;
        }
    }
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
        funnel.bySource.append({it.key(), it.value()});
    return funnel;
}

Result<QList<GroupFunnel>> FunnelReport::perGroup(const Database& db, const AnalyticsQuery& query) {
    const ReadSnapshot snapshot(db.connection());
    auto groups = analytics::run(db, kGroups, {});
    if (!groups)
        return groups.error();
    QList<GroupFunnel> list;
    while (groups->next())
        list.append({groups->value(0).toLongLong(), groups->value(1).toString(), {}});
    for (GroupFunnel& g : list) {
        AnalyticsQuery one = query;
        one.groupId = g.groupId;
        auto funnel = compute(db, one);
        if (!funnel)
            return funnel.error();
        g.counts = funnel->total;
    }
    return list;
}

} // namespace qundesk
