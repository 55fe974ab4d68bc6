// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/GroupStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Time.h"

#include <QSqlQuery>

namespace qundesk {

namespace {

const QString kColumns = QStringLiteral(
    "g.id, g.name, g.platform, g.purpose, g.capacity, g.rules_text, g.welcome_script, g.status, "
    "g.operator_name, g.external_id, g.created_at");

Group groupFromRow(const QSqlQuery& q) {
    Group g;
    g.id = q.value(0).toLongLong();
    g.name = q.value(1).toString();
    g.platform = q.value(2).toString();
    g.purpose = q.value(3).toString();
    g.capacity = q.value(4).toInt();
    g.rulesText = q.value(5).toString();
    g.welcomeScript = q.value(6).toString();
    g.archived = q.value(7).toString() == QLatin1String("archived");
    g.operatorName = q.value(8).toString();
    g.externalId = q.value(9).toString();
    g.createdAt = time::fromStorage(q.value(10).toString());
    return g;
}

QVariantMap bindingsOf(const Group& g) {
    return {
        {QStringLiteral(":name"), g.name.trimmed()},
        {QStringLiteral(":platform"), g.platform},
        {QStringLiteral(":purpose"), g.purpose},
        {QStringLiteral(":capacity"), g.capacity},
        {QStringLiteral(":rules"), sql::nullIfEmpty(g.rulesText)},
        {QStringLiteral(":welcome"), sql::nullIfEmpty(g.welcomeScript)},
        {QStringLiteral(":status"),
         g.archived ? QStringLiteral("archived") : QStringLiteral("active")},
        {QStringLiteral(":operator"), sql::nullIfEmpty(g.operatorName)},
        {QStringLiteral(":external"), sql::nullIfEmpty(g.externalId)},
    };
}

} // namespace

GroupStore::GroupStore(const Database& db)
    : m_db(db.connection()) {}

Result<qint64> GroupStore::create(const Group& group) {
    return insert(group, 0);
}

Status GroupStore::restore(const Group& group) {
    if (group.id <= 0)
        return Error{tr("The group no longer exists."), {}, 0};
    auto id = insert(group, group.id);
    if (!id)
        return id.error();
    return {};
}

// id 0 = a new id from the database.
Result<qint64> GroupStore::insert(const Group& group, qint64 id) {
    if (group.name.trimmed().isEmpty())
        return Error{tr("A group needs a name."), {}, 0};
    QVariantMap binds = bindingsOf(group);
    binds.insert(QStringLiteral(":id"), sql::nullIfNoId(id));
    binds.insert(QStringLiteral(":created"),
                 time::toStorage(group.createdAt.isValid() ? group.createdAt : time::now()));
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO chat_groups (id, name, platform, purpose, "
                                      "capacity, rules_text, welcome_script, status, "
                                      "operator_name, external_id, created_at) VALUES (:id, "
                                      ":name, :platform, :purpose, :capacity, :rules, :welcome, "
                                      ":status, :operator, :external, :created)"),
                       binds);
    if (!q)
        return Error{tr("Cannot add the group “%1”: %2").arg(group.name, q.error().message), {}, 0};
    return q->lastInsertId().toLongLong();
}

Status GroupStore::update(const Group& group) {
    if (group.name.trimmed().isEmpty())
        return Error{tr("A group needs a name."), {}, 0};
    QVariantMap binds = bindingsOf(group);
    binds.insert(QStringLiteral(":id"), group.id);
    auto q = sql::exec(m_db,
                       QStringLiteral("UPDATE chat_groups SET name = :name, platform = :platform, "
                                      "purpose = :purpose, capacity = :capacity, rules_text = "
                                      ":rules, welcome_script = :welcome, status = :status, "
                                      "operator_name = :operator, external_id = :external "
                                      "WHERE id = :id"),
                       binds);
    if (!q)
        return Error{
            tr("Cannot save the group “%1”: %2").arg(group.name, q.error().message), {}, 0};
    if (q->numRowsAffected() == 0)
        return Error{tr("The group no longer exists."), {}, 0};
    return {};
}

Status GroupStore::remove(qint64 id) {
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM chat_groups WHERE id = :id"),
                       {{QStringLiteral(":id"), id}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The group no longer exists."), {}, 0};
    return {};
}

Result<Group> GroupStore::get(qint64 id) const {
    auto q = sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM chat_groups g WHERE g.id = :id").arg(kColumns),
        {{QStringLiteral(":id"), id}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("The group no longer exists."), {}, 0};
    return groupFromRow(*q);
}

Result<std::optional<Group>> GroupStore::findByName(const QString& name) const {
    auto q = sql::exec(
        m_db, QStringLiteral("SELECT %1 FROM chat_groups g WHERE g.name = :name").arg(kColumns),
        {{QStringLiteral(":name"), name.trimmed()}});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Group>{};
    return std::optional<Group>{groupFromRow(*q)};
}

Result<QHash<qint64, QString>> GroupStore::names() const {
    auto q = sql::exec(m_db, QStringLiteral("SELECT id, name FROM chat_groups"));
    if (!q)
        return q.error();
    QHash<qint64, QString> names;
    while (q->next())
        names.insert(q->value(0).toLongLong(), q->value(1).toString());
    return names;
}

Result<QList<Group>> GroupStore::list(bool includeArchived) const {
    auto q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM chat_groups g %2 ORDER BY g.name")
                                 .arg(kColumns, includeArchived
                                                    ? QString()
                                                    : QStringLiteral("WHERE g.status = 'active'")));
    if (!q)
        return q.error();
    QList<Group> groups;
    while (q->next())
        groups << groupFromRow(*q);
    return groups;
}

Result<QList<GroupSummary>> GroupStore::summaries(bool includeArchived) const {
    auto q = sql::exec(
        m_db, QStringLiteral("SELECT %1, (SELECT COUNT(DISTINCT m.member_id) FROM memberships m "
                             "WHERE m.group_id = g.id AND m.left_at IS NULL) FROM chat_groups g "
                             "%2 ORDER BY g.name")
                  .arg(kColumns,
                       includeArchived ? QString() : QStringLiteral("WHERE g.status = 'active'")));
    if (!q)
        return q.error();
    QList<GroupSummary> result;
    while (q->next())
        result << GroupSummary{groupFromRow(*q), q->value(11).toInt()};
    return result;
}

} // namespace qundesk
