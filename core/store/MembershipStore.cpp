// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/MembershipStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Time.h"

#include <QSqlQuery>

namespace qundesk {

namespace {

const QString kColumns =
    QStringLiteral("s.id, s.group_id, s.member_id, s.role, s.joined_at, s.left_at, s.leave_kind");

Membership membershipFromRow(const QSqlQuery& q) {
    Membership s;
    s.id = q.value(0).toLongLong();
    s.groupId = q.value(1).toLongLong();
    s.memberId = q.value(2).toLongLong();
    s.role = q.value(3).toString();
    s.joinedAt = time::fromStorage(q.value(4).toString());
    s.leftAt = time::fromStorage(q.value(5).toString());
    s.leaveKind = q.value(6).toString();
    return s;
}

Result<QList<Membership>> membershipsOf(const QSqlDatabase& db, const QString& whereAndOrder,
                                        const QVariantMap& binds) {
    auto q = sql::exec(
        db, QStringLiteral("SELECT %1 FROM memberships s %2").arg(kColumns, whereAndOrder), binds);
    if (!q)
        return q.error();
    QList<Membership> result;
    while (q->next())
        result << membershipFromRow(*q);
    return result;
}

} // namespace

MembershipStore::MembershipStore(const Database& db)
    : m_db(db.connection()) {}

Result<qint64> MembershipStore::join(qint64 groupId, qint64 memberId, const QString& role,
                                     const QDateTime& joinedAt) {
    if (!role::keys().contains(role))
        return Error{tr("“%1” is not a group role.").arg(role), {}, 0};
    auto current = currentMembership(groupId, memberId);
    if (!current)
        return current.error();
    if (current->has_value())
        return Error{tr("The member is already in this group."), {}, 0};
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO memberships (group_id, member_id, role, "
                                      "joined_at) VALUES (:group, :member, :role, :joined)"),
                       {{QStringLiteral(":group"), groupId},
                        {QStringLiteral(":member"), memberId},
                        {QStringLiteral(":role"), role},
                        {QStringLiteral(":joined"),
                         time::toStorage(joinedAt.isValid() ? joinedAt : time::now())}});
    if (!q)
        return Error{tr("Cannot add the member to the group: %1").arg(q.error().message), {}, 0};
    return q->lastInsertId().toLongLong();
}

Status MembershipStore::leave(qint64 membershipId, const QDateTime& leftAt, const QString& kind) {
    if (!leaveKind::keys().contains(kind))
        return Error{tr("“%1” is not a way of leaving a group.").arg(kind), {}, 0};
    auto stay = get(membershipId);
    if (!stay)
        return stay.error();
    if (!stay->isPresent())
        return Error{tr("The member has already left this group."), {}, 0};
    const QDateTime when = leftAt.isValid() ? leftAt : time::now();
    if (when < stay->joinedAt)
        return Error{tr("A member cannot leave before joining (joined %1).")
                         .arg(stay->joinedAt.toString(Qt::ISODate)),
                     {},
                     0};
    auto q = sql::exec(m_db,
                       QStringLiteral("UPDATE memberships SET left_at = :left, leave_kind = :kind "
                                      "WHERE id = :id"),
                       {{QStringLiteral(":left"), time::toStorage(when)},
                        {QStringLiteral(":kind"), kind},
                        {QStringLiteral(":id"), membershipId}});
    if (!q)
        return q.error();
    return {};
}

Status MembershipStore::reopen(qint64 membershipId) {
    auto stay = get(membershipId);
    if (!stay)
        return stay.error();
    if (stay->isPresent())
        return {};
    auto current = currentMembership(stay->groupId, stay->memberId);
    if (!current)
        return current.error();
    if (current->has_value())
        return Error{tr("The member is already in this group."), {}, 0};
    auto q = sql::exec(m_db,
                       QStringLiteral("UPDATE memberships SET left_at = NULL, leave_kind = NULL "
                                      "WHERE id = :id"),
                       {{QStringLiteral(":id"), membershipId}});
    if (!q)
        return q.error();
    return {};
}

Status MembershipStore::setRole(qint64 membershipId, const QString& role) {
    if (!role::keys().contains(role))
        return Error{tr("“%1” is not a group role.").arg(role), {}, 0};
    auto q = sql::exec(m_db, QStringLiteral("UPDATE memberships SET role = :role WHERE id = :id"),
                       {{QStringLiteral(":role"), role}, {QStringLiteral(":id"), membershipId}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The membership no longer exists."), {}, 0};
    return {};
}

Status MembershipStore::remove(qint64 membershipId) {
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM memberships WHERE id = :id"),
                       {{QStringLiteral(":id"), membershipId}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The membership no longer exists."), {}, 0};
    return {};
}

Result<Membership> MembershipStore::get(qint64 membershipId) const {
    auto found = membershipsOf(m_db, QStringLiteral("WHERE s.id = :id"),
                               {{QStringLiteral(":id"), membershipId}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("The membership no longer exists."), {}, 0};
    return found->first();
}

Result<QList<Membership>> MembershipStore::listForMember(qint64 memberId) const {
    return membershipsOf(
        m_db, QStringLiteral("WHERE s.member_id = :member ORDER BY s.joined_at DESC, s.id DESC"),
        {{QStringLiteral(":member"), memberId}});
}

Result<QList<Membership>> MembershipStore::listForGroup(qint64 groupId, bool includeLeft) const {
    return membershipsOf(
        m_db,
        QStringLiteral("WHERE s.group_id = :group %1 ORDER BY s.joined_at, s.id")
            .arg(includeLeft ? QString() : QStringLiteral("AND s.left_at IS NULL")),
        {{QStringLiteral(":group"), groupId}});
}

Result<std::optional<Membership>> MembershipStore::currentMembership(qint64 groupId,
                                                                     qint64 memberId) const {
    auto found =
        membershipsOf(m_db,
                      QStringLiteral("WHERE s.group_id = :group AND s.member_id = :member "
                                     "AND s.left_at IS NULL ORDER BY s.joined_at DESC"),
                      {{QStringLiteral(":group"), groupId}, {QStringLiteral(":member"), memberId}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Membership>{};
    return std::optional<Membership>{found->first()};
}

Result<int> MembershipStore::countPresent(qint64 groupId, const QDate& day,
                                          const QTimeZone& zone) const {
    // The end of the day as a UTC instant; startOfDay copes with days that do not begin at 00:00
    // (DST changes at midnight). Stored instants are all UTC "…Z", so text order is time order.
    const QString end = time::toStorage(day.addDays(1).startOfDay(zone));
    auto v = sql::scalar(m_db,
                         QStringLiteral("SELECT COUNT(DISTINCT member_id) FROM memberships WHERE "
                                        "group_id = :group AND joined_at < :end AND (left_at IS "
                                        "NULL OR left_at >= :end2)"),
                         {{QStringLiteral(":group"), groupId},
                          {QStringLiteral(":end"), end},
                          {QStringLiteral(":end2"), end}},
                         0);
    if (!v)
        return v.error();
    return v->toInt();
}

} // namespace qundesk
