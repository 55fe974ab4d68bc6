// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/TodayAlerts.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QSqlQuery>

namespace qundesk::sop {

namespace {

// Names of the first kNames rows and how many rows there are.
Status namesAndCount(const Database& db, const QString& statement, const QVariantMap& binds,
                     QStringList& names, int& count) {
    auto q = sql::exec(db.connection(), statement, binds);
    if (!q)
        return q.error();
    count = 0;
    while (q->next()) {
        if (count < TodayAlerts::kNames)
            names << q->value(0).toString();
        ++count;
    }
    return {};
}

} // namespace

Result<TodayAlerts> TodayAlerts::compute(const Database& db, const QDate& today) {
    TodayAlerts a;
    const SettingsStore settings(db);
    const QTimeZone zone = settings.timeZone();
    const QSqlDatabase c = db.connection();
    auto load = sql::exec(c,
                          QStringLiteral("SELECT operator_name, COUNT(*) FROM chat_groups "
                                         "WHERE status = 'active' AND operator_name IS NOT "
                                         "NULL AND operator_name <> '' GROUP BY operator_name "
                                         "HAVING COUNT(*) > :max ORDER BY COUNT(*) DESC"),
                          {{QStringLiteral(":max"), kMaxGroupsPerOperator}});
    if (!load)
        return load.error();
    while (load->next())
        a.overloadedOperators << OperatorLoad{load->value(0).toString(), load->value(1).toInt()};

    const QString since = time::dayStartToStorage(today.addDays(-(kWelcomeDays - 1)), zone);
    if (Status s = namesAndCount(
            db,
            QStringLiteral("SELECT m.display_name FROM members m WHERE m.erased_at IS NULL AND "
                           "EXISTS (SELECT 1 FROM memberships s WHERE s.member_id = m.id AND "
                           "s.left_at IS NULL AND s.role = 'member' AND s.joined_at >= :since) "
                           "AND NOT EXISTS (SELECT 1 FROM touches t WHERE t.member_id = m.id AND "
                           "t.touched_at >= (SELECT MIN(s2.joined_at) FROM memberships s2 WHERE "
                           "s2.member_id = m.id AND s2.left_at IS NULL AND s2.joined_at >= "
                           ":since)) ORDER BY m.display_name"),
            {{QStringLiteral(":since"), since}}, a.unwelcomed, a.unwelcomedCount);
        !s)
        return s.error();

    // Buyers whose silence reached the threshold within the last week: turning Declining now.
    const int silent = settings.thresholds().silentDays;
    if (Status s = namesAndCount(
            db,
            QStringLiteral("SELECT m.display_name FROM member_status ms JOIN members m ON m.id = "
                           "ms.member_id WHERE m.erased_at IS NULL AND ms.stage = 'declining' "
                           "AND ms.orders > 0 AND ms.silent_since_day > :from AND "
                           "ms.silent_since_day <= :to ORDER BY m.display_name"),
            {{QStringLiteral(":from"), time::dayToStorage(today.addDays(-silent - 7))},
             {QStringLiteral(":to"), time::dayToStorage(today.addDays(-silent))}},
            a.decliningBuyers, a.decliningBuyersCount);
        !s)
        return s.error();

    int birthdays = 0;
    if (Status s =
            namesAndCount(db,
                          QStringLiteral("SELECT display_name FROM members WHERE "
                                         "erased_at IS NULL AND substr(birthday, 6, 5) = "
                                         ":monthDay ORDER BY display_name"),
                          {{QStringLiteral(":monthDay"), today.toString(QStringLiteral("MM-dd"))}},
                          a.birthdays, birthdays);
        !s)
        return s.error();

    auto held = sql::scalar(
        c,
        QStringLiteral("SELECT COUNT(*) FROM sop_tasks k JOIN sop_runs r ON "
                       "r.id = k.run_id WHERE k.status IN ('pending', "
                       "'postponed') AND k.hold_reason IS NOT NULL AND "
                       "r.status = 'active' AND r.simulated = 0 AND k.due_at "
                       "< :until"),
        {{QStringLiteral(":until"), time::dayStartToStorage(today.addDays(1), zone)}}, 0);
    if (!held)
        return held.error();
    a.heldTasks = held->toInt();
    return a;
}

} // namespace qundesk::sop
