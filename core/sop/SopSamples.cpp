// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/SopSamples.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QSqlQuery>

namespace qundesk::sop {

Result<QList<SampleMember>> SopSamples::members(const Database& db, int limit) {
    auto q = sql::exec(db.connection(),
                       QStringLiteral("SELECT m.id, m.display_name, g.name FROM memberships s "
                                      "JOIN members m ON m.id = s.member_id JOIN chat_groups g ON "
                                      "g.id = s.group_id WHERE s.left_at IS NULL AND m.erased_at "
                                      "IS NULL AND s.id = (SELECT s2.id FROM memberships s2 WHERE "
                                      "s2.member_id = m.id AND s2.left_at IS NULL ORDER BY "
                                      "s2.joined_at, s2.id LIMIT 1) ORDER BY s.joined_at DESC, "
                                      "m.id LIMIT :limit"),
                       {{QStringLiteral(":limit"), limit}});
    if (!q)
        return q.error();
    QList<SampleMember> out;
    while (q->next())
        out << SampleMember{q->value(0).toLongLong(), q->value(1).toString(),
                            q->value(2).toString()};
    return out;
}

Result<ScriptValues> SopSamples::values(const Database& db, qint64 memberId, const QDate& dayIn) {
    const QTimeZone zone = SettingsStore(db).timeZone();
    const QDate day = dayIn.isValid() ? dayIn : time::today(zone);
    ScriptValues v;
    v.date = day;
    auto q = sql::exec(db.connection(),
                       QStringLiteral("SELECT m.display_name, g.name, g.operator_name, "
                                      "s.joined_at FROM members m LEFT JOIN memberships s ON "
                                      "s.member_id = m.id AND s.left_at IS NULL LEFT JOIN "
                                      "chat_groups g ON g.id = s.group_id WHERE m.id = :id ORDER "
                                      "BY s.joined_at LIMIT 1"),
                       {{QStringLiteral(":id"), memberId}});
    if (!q)
        return q.error();
    if (!q->next())
        return v;
    v.nickname = q->value(0).toString();
    v.group = q->value(1).toString();
    v.operatorName = q->value(2).toString();
    if (!q->value(3).isNull()) {
        const QDate joined = time::localDay(time::fromStorage(q->value(3).toString()), zone);
        if (joined.isValid() && joined <= day)
            v.daysInGroup = int(joined.daysTo(day));
    }
    return v;
}

} // namespace qundesk::sop
