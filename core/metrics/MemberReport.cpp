// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "metrics/MemberReport.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "rules/Lifecycle.h"
#include "util/Time.h"

#include <QHash>
#include <QJsonArray>

namespace qundesk {

namespace {

// One row per (member, tag) — a member without tags gives one row with a NULL tag — so the
// statement stays portable (no string aggregation) and tags come sorted by name. Activity is
// aggregated per member for this group before the join, so tags do not multiply it.
const QString kMembersStatement = QStringLiteral(
    "SELECT m.id, m.display_name, COALESCE(a.messages, 0), a.last_day, st.stage, st.fan_level, "
    "       t.name "
    "FROM members m "
    "LEFT JOIN (SELECT member_id, SUM(messages) AS messages, MAX(day) AS last_day "
    "           FROM member_day_activity WHERE group_id = :activity_group "
    "           GROUP BY member_id) a ON a.member_id = m.id "
    "LEFT JOIN member_status st ON st.member_id = m.id "
    "LEFT JOIN member_tags mt ON mt.member_id = m.id "
    "LEFT JOIN tags t ON t.id = mt.tag_id "
    "WHERE m.id IN (SELECT member_id FROM memberships "
    "               WHERE group_id = :member_group AND left_at IS NULL) "
    "ORDER BY m.display_name, m.id, t.name");

// :group = 0 counts every member with a status; otherwise those with a current stay there.
const QString kLifecycleStatement = QStringLiteral(
    "SELECT st.stage, COUNT(*) FROM member_status st "
    "WHERE :all_groups = 1 OR st.member_id IN (SELECT member_id FROM memberships "
    "                                         WHERE group_id = :group AND left_at IS NULL) "
    "GROUP BY st.stage");

QJsonValue textOrNull(const QString& text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QStringList MemberReport::statements() {
    return {kMembersStatement, kLifecycleStatement};
}

Result<QList<MemberReportRow>> MemberReport::members(const Database& db, qint64 groupId) {
    auto query = sql::exec(
        db.connection(), kMembersStatement,
        {{QStringLiteral(":activity_group"), groupId}, {QStringLiteral(":member_group"), groupId}});
    if (!query)
        return query.error();
    QList<MemberReportRow> rows;
    while (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        if (rows.isEmpty() || rows.constLast().memberId != id) {
            MemberReportRow row;
            row.memberId = id;
            row.name = query->value(1).toString();
            row.messages = query->value(2).toLongLong();
            row.lastMessage = time::dayFromStorage(query->value(3).toString());
            row.stage = query->value(4).toString();
            row.fanLevel = query->value(5).toString();
            rows.append(row);
        }
        if (!query->value(6).isNull())
            rows.last().tags.append(query->value(6).toString());
    }
    return rows;
}

QJsonObject MemberReport::toJson(const QList<MemberReportRow>& rows) {
    QJsonArray list;
    for (const MemberReportRow& row : rows) {
        list.append(QJsonObject{
            {QStringLiteral("name"), row.name},
            {QStringLiteral("messages"), row.messages},
            {QStringLiteral("last_message"), row.lastMessage.isValid()
                                                 ? QJsonValue(time::dayToStorage(row.lastMessage))
                                                 : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("stage"), textOrNull(row.stage)},
            {QStringLiteral("fan_level"), textOrNull(row.fanLevel)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(row.tags)},
        });
    }
    return {{QStringLiteral("members"), list}};
}

Result<QList<LifecycleCount>> MemberReport::lifecycle(const Database& db, qint64 groupId) {
    auto query = sql::exec(db.connection(), kLifecycleStatement,
                           {{QStringLiteral(":all_groups"), groupId > 0 ? 0 : 1},
                            {QStringLiteral(":group"), groupId}});
    if (!query)
        return query.error();
    QHash<QString, int> counts;
    while (query->next())
        counts.insert(query->value(0).toString(), query->value(1).toInt());
    QList<LifecycleCount> stages;
    for (const QString& key : lifecycle::keys())
        stages.append({key, counts.value(key)});
    return stages;
}

QJsonObject MemberReport::toJson(const QList<LifecycleCount>& stages) {
    QJsonArray list;
    for (const LifecycleCount& s : stages)
        list.append(QJsonObject{{QStringLiteral("stage"), s.stage},
                                {QStringLiteral("members"), s.members}});
    return {{QStringLiteral("stages"), list}};
}

} // namespace qundesk
