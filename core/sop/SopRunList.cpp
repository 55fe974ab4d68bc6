// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/SopRunList.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Time.h"

#include <QSqlQuery>

namespace qundesk::sop {

Result<QList<RunRow>> SopRunList::forTemplate(const Database& db, qint64 templateId) {
    auto q = sql::exec(
        db.connection(),
        QStringLiteral(
            "SELECT r.id, r.target_kind, CASE r.target_kind WHEN 'group' THEN g.name WHEN "
            "'segment' THEN sg.name ELSE m.display_name END, r.started_on, r.status, r.simulated, "
            "(SELECT COUNT(DISTINCT k.member_id) FROM sop_tasks k WHERE k.run_id = r.id), (SELECT "
            "COUNT(*) "
            "FROM sop_tasks k WHERE k.run_id = r.id AND k.status = 'done'), (SELECT COUNT(*) FROM "
            "sop_tasks k WHERE k.run_id = r.id AND k.status IN ('done', 'skipped')), (SELECT "
            "COUNT(*) FROM sop_tasks k WHERE k.run_id = r.id) FROM sop_runs r LEFT JOIN "
            "chat_groups g ON g.id = r.group_id LEFT JOIN segments sg ON sg.id = r.segment_id "
            "LEFT JOIN members m ON m.id = r.member_id WHERE r.template_id = :template ORDER BY "
            "CASE r.status WHEN 'active' THEN 0 ELSE 1 END, r.started_on DESC, r.id DESC"),
        {{QStringLiteral(":template"), templateId}});
    if (!q)
        return q.error();
    QList<RunRow> rows;
    while (q->next()) {
        RunRow r;
        r.runId = q->value(0).toLongLong();
        r.targetKind = q->value(1).toString();
        r.targetName = q->value(2).toString();
        r.startedOn = time::dayFromStorage(q->value(3).toString());
        r.status = q->value(4).toString();
        r.simulated = q->value(5).toInt() != 0;
        r.members = q->value(6).toInt();
        r.done = q->value(7).toInt();
        r.settled = q->value(8).toInt();
        r.total = q->value(9).toInt();
        rows << r;
    }
    return rows;
}

} // namespace qundesk::sop
