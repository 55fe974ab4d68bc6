// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/TaskAgenda.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "sop/ScriptRenderer.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace qundesk::sop {

Result<QList<AgendaTask>> TaskAgenda::select(const Database& db, const QString& where,
                                             const QVariantMap& binds) {
    // "+ms.group_id": the join day is looked up through the member's stays (a handful), never
    // through the group's (thousands per task: 25,000 tasks took seconds instead of 50 ms).
    auto q = sql::exec(
        db.connection(),
        QStringLiteral(
            "SELECT k.id, k.run_id, r.template_id, k.member_id, k.group_id, k.occurrence, "
            "k.due_at, k.status, k.hold_reason, m.display_name, g.name, g.operator_name, t.name, "
            "t.language, s.title, s.channel, s.script, s.checklist, (SELECT MAX(ms.joined_at) "
            "FROM memberships ms WHERE ms.member_id = k.member_id AND +ms.group_id = k.group_id), "
            "EXISTS (SELECT 1 FROM touches x WHERE x.sop_task_id = k.id) FROM sop_tasks k JOIN "
            "sop_runs r ON r.id = k.run_id JOIN sop_templates t ON t.id = r.template_id LEFT JOIN "
            "sop_steps s ON s.id = k.step_id LEFT JOIN members m ON m.id = k.member_id LEFT JOIN "
            "chat_groups g ON g.id = k.group_id WHERE %1 ORDER BY g.name, k.due_at, k.id")
            .arg(where),
        binds);
    if (!q)
        return q.error();
    const QTimeZone zone = SettingsStore(db).timeZone();
    time::LocalDays days(zone);
    QList<AgendaTask> out;
    while (q->next()) {
        AgendaTask a;
        a.id = q->value(0).toLongLong();
        a.runId = q->value(1).toLongLong();
        a.templateId = q->value(2).toLongLong();
        a.memberId = q->value(3).toLongLong();
        a.groupId = q->value(4).toLongLong();
        a.occurrence = time::dayFromStorage(q->value(5).toString());
        a.dueAt = time::fromStorage(q->value(6).toString());
        a.dueDay = days.dayOf(q->value(6).toString());
        a.status = q->value(7).toString();
        a.holdReason = q->value(8).toString();
        a.memberName = q->value(9).toString();
        a.groupName = q->value(10).toString();
        a.sopName = q->value(12).toString();
        a.stepTitle = q->value(14).toString();
        a.channel = q->value(15).toString();
        for (const QJsonValue& item : QJsonDocument::fromJson(q->value(17).toByteArray()).array())
            a.checklist << item.toString();
        ScriptValues values;
        values.nickname = a.memberName;
        values.group = a.groupName;
        values.operatorName = q->value(11).toString();
        values.date = a.occurrence;
        if (!q->value(18).isNull()) {
            const QDate joined = days.dayOf(q->value(18).toString());
            if (joined.isValid() && joined <= a.occurrence)
                values.daysInGroup = int(joined.daysTo(a.occurrence));
        }
        a.script = ScriptRenderer::render(q->value(16).toString(), values, q->value(13).toString());
        a.touched = q->value(19).toInt() != 0;
        out << a;
    }
    return out;
}

Result<QList<AgendaTask>> TaskAgenda::dueBy(const Database& db, const QDate& day,
                                            bool includeSimulated) {
    const QTimeZone zone = SettingsStore(db).timeZone();
    const QString until = time::dayStartToStorage(day.addDays(1), zone);
    return select(db,
                  QStringLiteral("k.status IN ('pending', 'postponed') AND r.status = 'active' "
                                 "AND k.due_at < :until %1")
                      .arg(includeSimulated ? QString() : QStringLiteral("AND r.simulated = 0")),
                  {{QStringLiteral(":until"), until}});
}

Result<AgendaTask> TaskAgenda::one(const Database& db, qint64 taskId) {
    auto list = select(db, QStringLiteral("k.id = :id"), {{QStringLiteral(":id"), taskId}});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error{
            QCoreApplication::translate("TaskAgenda", "There is no task %1.").arg(taskId), {}, 0};
    return list->first();
}

} // namespace qundesk::sop
