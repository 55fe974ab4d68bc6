// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/SopStats.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QHash>
#include <QSet>

namespace qundesk::sop {

Result<SopCompletion> SopStats::completion(const Database& db, qint64 templateId,
                                           const QDateTime& now) {
    auto q = sql::exec(
        db.connection(),
        QStringLiteral("SELECT s.id, s.position, s.title, COALESCE(SUM(CASE WHEN k.status = "
                       "'done' THEN 1 ELSE 0 END), 0), COUNT(k.id) FROM sop_steps s LEFT JOIN "
                       "(sop_tasks k JOIN sop_runs r ON r.id = k.run_id AND r.simulated = 0) ON "
                       "k.step_id = s.id AND (k.due_at <= :now OR k.status IN ('done', "
                       "'skipped')) WHERE s.template_id = :template GROUP BY s.id, s.position, "
                       "s.title ORDER BY s.position"),
        {{QStringLiteral(":template"), templateId},
         {QStringLiteral(":now"), time::toStorage(now)}});
    if (!q)
        return q.error();
    SopCompletion all;
    while (q->next()) {
        StepCompletion step{q->value(0).toLongLong(), q->value(1).toInt(), q->value(2).toString(),
                            q->value(3).toInt(), q->value(4).toInt()};
        all.done += step.done;
        all.due += step.due;
        all.steps << step;
    }
    return all;
}

Result<SopConversion> SopStats::conversion(const Database& db, qint64 templateId) {
    const QSqlDatabase c = db.connection();
    // Members the SOP cared for: targets who got at least one task (not those whose every
    // step fell before the run started).
    auto targeted = sql::exec(c,
                              QStringLiteral("SELECT DISTINCT t.member_id, t.group_id FROM "
                                             "sop_run_targets t JOIN sop_runs r ON r.id = "
                                             "t.run_id WHERE r.template_id = :template AND "
                                             "r.simulated = 0 AND t.group_id IS NOT NULL AND "
                                             "EXISTS (SELECT 1 FROM sop_tasks k WHERE k.run_id "
                                             "= t.run_id AND k.member_id = t.member_id)"),
                              {{QStringLiteral(":template"), templateId}});
    if (!targeted)
        return targeted.error();
    QSet<QPair<qint64, qint64>> cared; // (member, group)
    QSet<qint64> groups;
    while (targeted->next()) {
        cared.insert({targeted->value(0).toLongLong(), targeted->value(1).toLongLong()});
        groups.insert(targeted->value(1).toLongLong());
    }
    SopConversion out;
    if (cared.isEmpty())
        return out;

    // First join of every member in each group, with whether they ordered since.
    auto stays = sql::exec(
        c, QStringLiteral("SELECT x.member_id, x.group_id, x.joined, (SELECT COUNT(*) FROM orders "
                          "o WHERE o.member_id = x.member_id AND o.ordered_at >= x.joined) FROM "
                          "(SELECT member_id, group_id, MIN(joined_at) AS joined FROM memberships "
                          "GROUP BY member_id, group_id) x JOIN members m ON m.id = x.member_id "
                          "AND m.erased_at IS NULL"));
    if (!stays)
        return stays.error();
    struct Pair {
        qint64 member;
        qint64 group;
        QString month;
        bool bought;
    };
    time::LocalDays days(SettingsStore(db).timeZone());
    QList<Pair> pairs;
    QSet<QString> cells; // "group:yyyy-MM" of the members the SOP cared for
    while (stays->next()) {
        const qint64 group = stays->value(1).toLongLong();
        if (!groups.contains(group))
            continue;
        Pair p{stays->value(0).toLongLong(), group,
               days.dayOf(stays->value(2).toString()).toString(QStringLiteral("yyyy-MM")),
               stays->value(3).toLongLong() > 0};
        if (cared.contains({p.member, p.group}))
            cells.insert(QStringLiteral("%1:%2").arg(p.group).arg(p.month));
        pairs << p;
    }
    for (const Pair& p : std::as_const(pairs)) {
        if (cared.contains({p.member, p.group})) {
            ++out.targeted;
            out.targetedBuyers += p.bought ? 1 : 0;
        } else if (cells.contains(QStringLiteral("%1:%2").arg(p.group).arg(p.month))) {
            ++out.comparable;
            out.comparableBuyers += p.bought ? 1 : 0;
        }
    }
    return out;
}

} // namespace qundesk::sop
