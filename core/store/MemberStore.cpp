// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "store/MemberStore.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "util/Time.h"

#include <QSet>
#include <QSqlQuery>

#include <limits>

namespace qundesk {

namespace {

const QString kColumns = QStringLiteral(
    "m.id, m.display_name, m.gender, m.birthday, m.age_band, m.city, m.phone, m.source_channel, "
    "m.referrer_id, m.person_id, m.tier, m.notes, m.dnd, m.dnd_until, m.erased_at, "
    "m.created_at, m.updated_at");

Member memberFromRow(const QSqlQuery& q) {
    Member m;
    m.id = q.value(0).toLongLong();
    m.displayName = q.value(1).toString();
    m.gender = q.value(2).toString();
    m.birthday = time::dayFromStorage(q.value(3).toString());
    m.ageBand = q.value(4).toString();
    m.city = q.value(5).toString();
    m.phone = q.value(6).toString();
    m.sourceChannel = q.value(7).toString();
    m.referrerId = q.value(8).toLongLong();
    m.personId = q.value(9).toLongLong();
    m.tier = q.value(10).toString();
    m.notes = q.value(11).toString();
    m.dnd = q.value(12).toInt() != 0;
    m.dndUntil = time::fromStorage(q.value(13).toString());
    m.erasedAt = time::fromStorage(q.value(14).toString());
    m.createdAt = time::fromStorage(q.value(15).toString());
    m.updatedAt = time::fromStorage(q.value(16).toString());
    return m;
}

QVariant nullableDay(const QDate& day) {
    return day.isValid() ? QVariant(time::dayToStorage(day))
                         : QVariant(QMetaType::fromType<QString>());
}

QVariant nullableInstant(const QDateTime& instant) {
    return instant.isValid() ? QVariant(time::toStorage(instant))
                             : QVariant(QMetaType::fromType<QString>());
}

// person_id and erased_at are not bound: link()/unlink() and erasePersonalData() own them.
QVariantMap bindingsOf(const Member& m) {
    return {
        {QStringLiteral(":name"), m.displayName.trimmed()},
        {QStringLiteral(":gender"), sql::nullIfEmpty(m.gender)},
        {QStringLiteral(":birthday"), nullableDay(m.birthday)},
        {QStringLiteral(":age_band"), sql::nullIfEmpty(m.ageBand)},
        {QStringLiteral(":city"), sql::nullIfEmpty(m.city)},
        {QStringLiteral(":phone"), sql::nullIfEmpty(m.phone)},
        {QStringLiteral(":source"), sql::nullIfEmpty(m.sourceChannel)},
        {QStringLiteral(":referrer"), sql::nullIfNoId(m.referrerId)},
        {QStringLiteral(":tier"), sql::nullIfEmpty(m.tier)},
        {QStringLiteral(":notes"), sql::nullIfEmpty(m.notes)},
        {QStringLiteral(":dnd"), m.dnd ? 1 : 0},
        {QStringLiteral(":dnd_until"), nullableInstant(m.dndUntil)},
        {QStringLiteral(":updated"), time::toStorage(time::now())},
    };
}

Result<QList<Member>> membersOf(const QSqlDatabase& db, const QString& where,
                                const QVariantMap& binds, const QString& tail = {}) {
    auto q = sql::exec(
        db, QStringLiteral("SELECT %1 FROM members m %2 %3").arg(kColumns, where, tail), binds);
    if (!q)
        return q.error();
    QList<Member> members;
    while (q->next())
        members << memberFromRow(*q);
    return members;
}

// The referrer of `memberId`: 0 when none, -1 when the member does not exist.
Result<qint64> referrerOf(const QSqlDatabase& db, qint64 memberId) {
    auto v = sql::scalar(
        db, QStringLiteral("SELECT COALESCE(referrer_id, 0) FROM members WHERE id = :id"),
        {{QStringLiteral(":id"), memberId}}, qint64(-1));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace

MemberStore::MemberStore(const Database& db)
    : m_db(db.connection()) {}

Result<qint64> MemberStore::create(const Member& member) {
    if (member.displayName.trimmed().isEmpty())
        return Error{tr("A member needs a display name."), {}, 0};
    QVariantMap binds = bindingsOf(member);
    binds.insert(QStringLiteral(":created"),
                 time::toStorage(member.createdAt.isValid() ? member.createdAt : time::now()));
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO members (display_name, gender, birthday, "
                                      "age_band, city, phone, source_channel, referrer_id, tier, "
                                      "notes, dnd, dnd_until, created_at, updated_at) VALUES "
                                      "(:name, :gender, :birthday, :age_band, :city, :phone, "
                                      ":source, :referrer, :tier, :notes, :dnd, :dnd_until, "
                                      ":created, :updated)"),
                       binds);
    if (!q)
        return Error{
            tr("Cannot add the member “%1”: %2").arg(member.displayName, q.error().message), {}, 0};
    return q->lastInsertId().toLongLong();
}

Status MemberStore::update(const Member& member) {
    if (member.displayName.trimmed().isEmpty())
        return Error{tr("A member needs a display name."), {}, 0};
    // Walk up from the new referrer: meeting the member again would close a referral cycle.
    QSet<qint64> seen;
    for (qint64 cur = member.referrerId; cur > 0 && !seen.contains(cur);) {
        if (cur == member.id)
            return Error{tr("“%1” cannot be their own referrer, directly or through others.")
                             .arg(member.displayName),
                         {},
                         0};
        seen.insert(cur);
        auto next = referrerOf(m_db, cur);
        if (!next)
            return next.error();
        cur = next.value();
    }
    QVariantMap binds = bindingsOf(member);
    binds.insert(QStringLiteral(":id"), member.id);
    auto q =
        sql::exec(m_db,
                  QStringLiteral("UPDATE members SET display_name = :name, gender = :gender, "
                                 "birthday = :birthday, age_band = :age_band, city = :city, "
                                 "phone = :phone, source_channel = :source, referrer_id = "
                                 ":referrer, tier = :tier, notes = :notes, dnd = :dnd, "
                                 "dnd_until = :dnd_until, updated_at = :updated WHERE id = :id"),
                  binds);
    if (!q)
        return Error{
            tr("Cannot save the member “%1”: %2").arg(member.displayName, q.error().message),
            {},
            0};
    if (q->numRowsAffected() == 0)
        return Error{tr("The member no longer exists."), {}, 0};
    return {};
}

Status MemberStore::remove(qint64 id) {
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto s = rerootFollowers(id); !s)
        return s;
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM members WHERE id = :id"),
                       {{QStringLiteral(":id"), id}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The member no longer exists."), {}, 0};
    return tx.commit();
}

Result<Member> MemberStore::get(qint64 id) const {
    auto found = membersOf(m_db, QStringLiteral("WHERE m.id = :id"), {{QStringLiteral(":id"), id}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("The member no longer exists."), {}, 0};
    return found->first();
}

Result<QList<Member>> MemberStore::list(int limit, int offset) const {
    // LIMIT with a huge number rather than -1 keeps the statement portable.
    const qint64 rows = limit < 0 ? std::numeric_limits<qint64>::max() : limit;
    return membersOf(
        m_db, {}, {{QStringLiteral(":limit"), rows}, {QStringLiteral(":offset"), qMax(0, offset)}},
        QStringLiteral("ORDER BY m.display_name, m.id LIMIT :limit OFFSET :offset"));
}

Result<int> MemberStore::count(bool includeErased) const {
    auto v = sql::scalar(m_db,
                         includeErased ? QStringLiteral("SELECT COUNT(*) FROM members")
                                       : QStringLiteral("SELECT COUNT(*) FROM members WHERE "
                                                        "erased_at IS NULL"),
                         {}, 0);
    if (!v)
        return v.error();
    return v->toInt();
}

Result<qint64> MemberStore::addIdentity(const MemberIdentity& identity) {
    if (identity.platform.isEmpty())
        return Error{tr("An identity needs a platform."), {}, 0};
    if (identity.platformUid.isEmpty() && identity.handle.isEmpty() && identity.nickname.isEmpty())
        return Error{tr("An identity needs a user id, a handle or a nickname."), {}, 0};
    auto q = sql::exec(m_db,
                       QStringLiteral("INSERT INTO member_identities (member_id, platform, "
                                      "platform_uid, handle, nickname) VALUES (:member, "
                                      ":platform, :uid, :handle, :nickname)"),
                       {{QStringLiteral(":member"), identity.memberId},
                        {QStringLiteral(":platform"), identity.platform},
                        {QStringLiteral(":uid"), sql::nullIfEmpty(identity.platformUid)},
                        {QStringLiteral(":handle"), sql::nullIfEmpty(identity.handle)},
                        {QStringLiteral(":nickname"), sql::nullIfEmpty(identity.nickname)}});
    if (!q)
        return Error{tr("Cannot add the account to the member: %1").arg(q.error().message), {}, 0};
    return q->lastInsertId().toLongLong();
}

Result<QList<MemberIdentity>> MemberStore::identities(qint64 memberId) const {
    auto q = sql::exec(m_db,
                       QStringLiteral("SELECT id, member_id, platform, platform_uid, handle, "
                                      "nickname FROM member_identities WHERE member_id = :member "
                                      "ORDER BY platform, id"),
                       {{QStringLiteral(":member"), memberId}});
    if (!q)
        return q.error();
    QList<MemberIdentity> result;
    while (q->next()) {
        result << MemberIdentity{q->value(0).toLongLong(), q->value(1).toLongLong(),
                                 q->value(2).toString(),   q->value(3).toString(),
                                 q->value(4).toString(),   q->value(5).toString()};
    }
    return result;
}

Status MemberStore::removeIdentity(qint64 identityId) {
    auto q = sql::exec(m_db, QStringLiteral("DELETE FROM member_identities WHERE id = :id"),
                       {{QStringLiteral(":id"), identityId}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error{tr("The account no longer exists."), {}, 0};
    return {};
}

Result<std::optional<Member>> MemberStore::findByIdentity(const QString& platform,
                                                          const QString& uid) const {
    if (uid.isEmpty())
        return std::optional<Member>{};
    auto found =
        membersOf(m_db,
                  QStringLiteral("JOIN member_identities i ON i.member_id = m.id WHERE "
                                 "i.platform = :platform AND i.platform_uid = :uid"),
                  {{QStringLiteral(":platform"), platform}, {QStringLiteral(":uid"), uid}});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Member>{};
    return std::optional<Member>{found->first()};
}

Result<QList<Member>> MemberStore::findByNickname(const QString& platform,
                                                  const QString& nickname) const {
    return membersOf(m_db,
                     QStringLiteral("WHERE m.id IN (SELECT i.member_id FROM member_identities i "
                                    "WHERE i.platform = :platform AND i.nickname = :nickname)"),
                     {{QStringLiteral(":platform"), platform},
                      {QStringLiteral(":nickname"), nickname.trimmed()}},
                     QStringLiteral("ORDER BY m.id"));
}

Result<QList<Member>> MemberStore::referrals(qint64 memberId) const {
    return membersOf(m_db, QStringLiteral("WHERE m.referrer_id = :id"),
                     {{QStringLiteral(":id"), memberId}}, QStringLiteral("ORDER BY m.id"));
}

Result<QList<ReferralNode>> MemberStore::referralTree(qint64 memberId, int maxDepth) const {
    auto q = sql::exec(
        m_db,
        QStringLiteral("WITH RECURSIVE tree(id, referrer_id, depth) AS (SELECT id, referrer_id, "
                       "1 FROM members WHERE referrer_id = :root UNION SELECT m.id, "
                       "m.referrer_id, t.depth + 1 FROM members m JOIN tree t ON m.referrer_id = "
                       "t.id WHERE t.depth < :depth) SELECT t.id, t.referrer_id, t.depth, "
                       "m.display_name FROM tree t JOIN members m ON m.id = t.id ORDER BY "
                       "t.depth, t.id"),
        {{QStringLiteral(":root"), memberId}, {QStringLiteral(":depth"), maxDepth}});
    if (!q)
        return q.error();
    QList<ReferralNode> nodes;
    while (q->next())
        nodes << ReferralNode{q->value(0).toLongLong(), q->value(1).toLongLong(),
                              q->value(2).toInt(), q->value(3).toString()};
    return nodes;
}

Result<QList<Member>> MemberStore::referralChain(qint64 memberId) const {
    auto first = referrerOf(m_db, memberId);
    if (!first)
        return first.error();
    QList<Member> chain;
    QSet<qint64> seen{memberId};
    for (qint64 cur = first.value(); cur > 0 && !seen.contains(cur);) {
        auto referrer = get(cur);
        if (!referrer)
            return referrer.error();
        seen.insert(cur);
        chain << referrer.value();
        cur = referrer->referrerId;
    }
    return chain;
}

Result<qint64> MemberStore::personRoot(qint64 memberId) const {
    auto v = sql::scalar(
        m_db, QStringLiteral("SELECT COALESCE(person_id, id) FROM members WHERE id = :id"),
        {{QStringLiteral(":id"), memberId}}, qint64(0));
    if (!v)
        return v.error();
    if (v->toLongLong() <= 0)
        return Error{tr("The member no longer exists."), {}, 0};
    return v->toLongLong();
}

Status MemberStore::rerootFollowers(qint64 root) {
    auto next =
        sql::scalar(m_db, QStringLiteral("SELECT MIN(id) FROM members WHERE person_id = :root"),
                    {{QStringLiteral(":root"), root}});
    if (!next)
        return next.error();
    if (next->isNull())
        return {};
    const qint64 newRoot = next->toLongLong();
    auto q =
        sql::exec(m_db,
                  QStringLiteral("UPDATE members SET person_id = CASE WHEN id = :new THEN NULL "
                                 "ELSE :new_root END WHERE person_id = :root"),
                  {{QStringLiteral(":new"), newRoot},
                   {QStringLiteral(":new_root"), newRoot},
                   {QStringLiteral(":root"), root}});
    if (!q)
        return q.error();
    return {};
}

Status MemberStore::link(qint64 memberA, qint64 memberB) {
    if (memberA == memberB)
        return Error{tr("A member cannot be linked to themselves."), {}, 0};
    auto rootA = personRoot(memberA);
    if (!rootA)
        return rootA.error();
    auto rootB = personRoot(memberB);
    if (!rootB)
        return rootB.error();
    if (rootA.value() == rootB.value())
        return {}; // already the same person
    // B's whole person (its root and the members pointing at it) moves under A's root.
    auto q = sql::exec(m_db,
                       QStringLiteral("UPDATE members SET person_id = :root_a, updated_at = :now "
                                      "WHERE id = :root_b OR person_id = :root_b2"),
                       {{QStringLiteral(":root_a"), rootA.value()},
                        {QStringLiteral(":root_b"), rootB.value()},
                        {QStringLiteral(":root_b2"), rootB.value()},
                        {QStringLiteral(":now"), time::toStorage(time::now())}});
    if (!q)
        return Error{tr("Cannot link the members: %1").arg(q.error().message), {}, 0};
    return {};
}

Status MemberStore::unlink(qint64 memberId) {
    auto root = personRoot(memberId);
    if (!root)
        return root.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (root.value() == memberId) {
        if (auto s = rerootFollowers(memberId); !s)
            return s;
    } else {
        auto q = sql::exec(m_db,
                           QStringLiteral("UPDATE members SET person_id = NULL, updated_at = :now "
                                          "WHERE id = :id"),
                           {{QStringLiteral(":id"), memberId},
                            {QStringLiteral(":now"), time::toStorage(time::now())}});
        if (!q)
            return q.error();
    }
    return tx.commit();
}

Result<QList<Member>> MemberStore::linkedMembers(qint64 memberId) const {
    auto root = personRoot(memberId);
    if (!root)
        return root.error();
    return membersOf(
        m_db, QStringLiteral("WHERE (m.id = :root OR m.person_id = :root2) AND m.id <> :self"),
        {{QStringLiteral(":root"), root.value()},
         {QStringLiteral(":root2"), root.value()},
         {QStringLiteral(":self"), memberId}},
        QStringLiteral("ORDER BY m.id"));
}

Status MemberStore::erasePersonalData(qint64 id) {
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    if (auto member = get(id); !member)
        return member.error();
    if (auto s = rerootFollowers(id); !s)
        return s;
    const QString now = time::toStorage(time::now());
    // source_channel, tier and referrer_id stay: they feed funnels and the referral tree as
    // anonymous aggregates and identify nobody once the name and accounts are gone.
    const QList<std::pair<QString, QVariantMap>> steps = {
        {QStringLiteral(
             "UPDATE members SET display_name = :name, gender = NULL, birthday = NULL, "
             "age_band = NULL, city = NULL, phone = NULL, notes = NULL, person_id = "
             "NULL, dnd = 1, dnd_until = NULL, erased_at = COALESCE(erased_at, :erased), "
             "updated_at = :now WHERE id = :id"),
         {{QStringLiteral(":name"), tr("Erased member #%1").arg(id)},
          {QStringLiteral(":erased"), now},
          {QStringLiteral(":now"), now},
          {QStringLiteral(":id"), id}}},
        {QStringLiteral("DELETE FROM member_identities WHERE member_id = :id"),
         {{QStringLiteral(":id"), id}}},
        {QStringLiteral(
             "UPDATE messages SET author_name = NULL, body = NULL WHERE member_id = :id"),
         {{QStringLiteral(":id"), id}}},
        {QStringLiteral("UPDATE touches SET note = NULL WHERE member_id = :id"),
         {{QStringLiteral(":id"), id}}},
    };
    for (const auto& [statement, binds] : steps) {
        if (auto q = sql::exec(m_db, statement, binds); !q)
            return Error{
                tr("Cannot erase the member’s personal data: %1").arg(q.error().message), {}, 0};
    }
    return tx.commit();
}

} // namespace qundesk
