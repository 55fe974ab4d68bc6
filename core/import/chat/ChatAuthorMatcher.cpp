// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/chat/ChatAuthorMatcher.h"

#include "db/Sql.h"
#include "util/Time.h"

namespace qundesk {

ChatAuthorMatcher::ChatAuthorMatcher(const Database& db, qint64 groupId, QString platform,
                                     AmbiguousNames policy, QHash<QString, qint64> chosen)
    : m_db(db)
    , m_groupId(groupId)
    , m_platform(std::move(platform))
    , m_policy(policy)
    , m_chosen(std::move(chosen))
    , m_now(time::toStorage(time::now())) {}

Result<qint64> ChatAuthorMatcher::byPlatformId(const QString& platformId) {
    auto found = sql::scalar(
        m_db.connection(),
        QStringLiteral("SELECT member_id FROM member_identities WHERE "
                       "platform = :platform AND platform_uid = :uid"),
        {{QStringLiteral(":platform"), m_platform}, {QStringLiteral(":uid"), platformId}}, 0);
    if (!found)
        return found.error();
    return found->toLongLong();
}

Result<QList<qint64>> ChatAuthorMatcher::candidates(const QString& name,
                                                    const QString& platformId) {
    // A member who has another id on this platform is another person of the same name.
    auto q = sql::exec(
        m_db.connection(),
        QStringLiteral(
            "SELECT m.id, EXISTS (SELECT 1 FROM memberships s WHERE s.member_id = m.id AND "
            "s.group_id = :group) FROM members m WHERE m.erased_at IS NULL AND "
            "(m.display_name = :name COLLATE NOCASE OR m.id IN (SELECT member_id FROM "
            "member_identities WHERE platform = :platform AND nickname = :name COLLATE NOCASE)) "
            "AND NOT (:uid <> '' AND EXISTS (SELECT 1 FROM member_identities i WHERE "
            "i.member_id = m.id AND i.platform = :platform AND i.platform_uid IS NOT NULL AND "
            "i.platform_uid <> :uid)) ORDER BY m.id"),
        {{QStringLiteral(":group"), m_groupId},
         {QStringLiteral(":name"), name},
         {QStringLiteral(":platform"), m_platform},
         {QStringLiteral(":uid"), platformId}});
    if (!q)
        return q.error();
    QList<qint64> all, inGroup;
    while (q->next()) {
        all << q->value(0).toLongLong();
        if (q->value(1).toBool())
            inGroup << all.constLast();
    }
    if (all.size() > 1 && inGroup.size() == 1)
        return inGroup;
    return all;
}

Result<qint64> ChatAuthorMatcher::memberFor(const QString& name, const QString& platformId,
                                            bool* created) {
    *created = false;
    const QString idKey = platformId.isEmpty() ? QString() : QStringLiteral("id:") + platformId;
    const QString nameKey = QStringLiteral("name:") + name.toLower();
    if (!idKey.isEmpty()) {
        if (const qint64 cached = m_cache.value(idKey))
            return cached;
        auto found = byPlatformId(platformId);
        if (!found)
            return found.error();
        if (*found > 0) {
            m_cache.insert(idKey, *found);
            return *found;
        }
    } else if (const qint64 cached = m_cache.value(nameKey)) {
        return cached;
    }
    qint64 member = 0;
    bool review = false;
    if (!name.isEmpty()) {
        auto found = candidates(name, platformId);
        if (!found)
            return found.error();
        if (found->size() == 1) {
            member = found->first();
        } else if (found->size() > 1) {
            if (m_chosen.contains(name)) {
                member = m_chosen.value(name); // 0: the operator asked for a new member
            } else if (m_policy == AmbiguousNames::CreateNew) {
                review = true;
            } else {
                if (!m_ambiguous.contains(name))
                    m_ambiguous << name;
                return qint64(0);
            }
        }
    }
    if (member == 0) {
        auto made = create(name, platformId, review);
        if (!made)
            return made.error();
        member = *made;
        *created = true;
    } else if (!platformId.isEmpty()) {
        // Found by name: remember the id, so the next import finds them by it.
        if (auto q = sql::exec(m_db.connection(),
                               QStringLiteral("INSERT INTO member_identities (member_id, platform, "
                                              "platform_uid, nickname) VALUES (:member, "
                                              ":platform, :uid, :name)"),
                               {{QStringLiteral(":member"), member},
                                {QStringLiteral(":platform"), m_platform},
                                {QStringLiteral(":uid"), platformId},
                                {QStringLiteral(":name"), name}});
            !q)
            return q.error();
    }
    if (!idKey.isEmpty())
        m_cache.insert(idKey, member);
    else
        m_cache.insert(nameKey, member);
    return member;
}

Result<qint64> ChatAuthorMatcher::create(const QString& name, const QString& platformId,
                                         bool review) {
    const QString shown = name.isEmpty() ? tr("Deleted account %1").arg(platformId) : name;
    auto q = sql::exec(m_db.connection(),
                       QStringLiteral("INSERT INTO members (display_name, created_at, updated_at) "
                                      "VALUES (:name, :now, :now)"),
                       {{QStringLiteral(":name"), shown}, {QStringLiteral(":now"), m_now}});
    if (!q)
        return q.error();
    const qint64 id = q->lastInsertId().toLongLong();
    if (auto identity = sql::exec(
            m_db.connection(),
            QStringLiteral("INSERT INTO member_identities (member_id, platform, platform_uid, "
                           "nickname) VALUES (:member, :platform, :uid, :name)"),
            {{QStringLiteral(":member"), id},
             {QStringLiteral(":platform"), m_platform},
             {QStringLiteral(":uid"), platformId.isEmpty()
                                          ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(platformId)},
             {QStringLiteral(":name"), sql::nullIfEmpty(name)}});
        !identity)
        return identity.error();
    m_created << id;
    if (review)
        m_review << id;
    return id;
}

} // namespace qundesk
