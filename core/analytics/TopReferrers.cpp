// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "analytics/TopReferrers.h"

namespace qundesk {

namespace {

const QString kReferrers = QStringLiteral(
    "SELECT r.id, r.display_name, COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM orders o WHERE "
    "o.member_id = m.id) THEN 1 ELSE 0 END) FROM members m JOIN members r ON r.id = "
    "m.referrer_id WHERE m.referrer_id IS NOT NULL AND EXISTS (SELECT 1 FROM memberships s "
    "WHERE s.member_id = m.id AND (:group = 0 OR s.group_id = :group) AND s.joined_at >= "
    ":from_at AND s.joined_at < :to_end) GROUP BY r.id, r.display_name ORDER BY COUNT(*) DESC, "
    "r.display_name, r.id LIMIT :limit");

} // namespace

QStringList TopReferrers::statements() {
    return {kReferrers};
}

Result<QList<ReferrerRow>> TopReferrers::compute(const Database& db, const AnalyticsQuery& query,
                                                 int limit) {
    QVariantMap binds = AnalyticsPeriod::of(db, query).binds();
    binds.insert(QStringLiteral(":limit"), limit);
    auto q = analytics::run(db, kReferrers, binds);
    if (!q)
        return q.error();
    QList<ReferrerRow> rows;
    while (q->next())
        rows.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toInt(),
                     q->value(3).toInt()});
    return rows;
}

} // namespace qundesk
