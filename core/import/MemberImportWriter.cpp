// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The writing half of MemberImportWriter: prepare, create, join, tag, flush, refer.
#include "import/MemberImportWriter.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "import/MemberImportKeys.h"
#include "rules/MemberStatusWriter.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

namespace qundesk {

using namespace importkeys;

MemberImportWriter::MemberImportWriter(const Database& db, const QDate& today)
    : m_db(db.connection())
    , m_now(time::toStorage(time::now()))
    , m_today(today)
    , m_thresholds(SettingsStore(db).thresholds()) {}

MemberImportWriter::~MemberImportWriter() = default;

Status MemberImportWriter::prepare() {
    const auto load = [&](const QString& statement, auto&& each) -> Status {
        auto q = sql::exec(m_db, statement);
        if (!q)
            return q.error();
        while (q->next())
            each(*q);
        return {};
    };
    Status s = load(QStringLiteral("SELECT name, id FROM chat_groups"), [&](QSqlQuery& q) {
        m_groups.insert(q.value(0).toString(), q.value(1).toLongLong());
    });
    if (s)
        s = load(QStringLiteral("SELECT platform, platform_uid FROM member_identities WHERE "
                                "platform_uid IS NOT NULL"),
                 [&](QSqlQuery& q) {
                     m_platforms.insert(q.value(0).toString());
                     m_seen.add(KeyFilter::Kind::UserId, q.value(0).toString(),
                                q.value(1).toString());
                 });
    if (s)
        s = load(QStringLiteral("SELECT phone, display_name, id FROM members WHERE erased_at IS "
                                "NULL"),
                 [&](QSqlQuery& q) {
                     if (!q.value(0).isNull())
                         m_seen.add(KeyFilter::Kind::Phone, q.value(0).toString());
                     const QString name = q.value(1).toString();
                     m_seen.add(KeyFilter::Kind::Name, filterName(name));
                     if (hasNonAsciiCase(name))
                         m_foldedNames.insert(filterName(name), q.value(2).toLongLong());
                 });
    if (s)
        s = load(QStringLiteral("SELECT name, id FROM tags"), [&](QSqlQuery& q) {
            m_tags.insert(q.value(0).toString(), q.value(1).toLongLong());
        });
    // New members get ids from here on, so their rows can be written in batches.
    if (s)
        s = load(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM members"),
                 [&](QSqlQuery& q) { m_nextMemberId = q.value(0).toLongLong(); });
    if (!s)
        return s;

    m_members = std::make_unique<BatchInsert>(
        m_db,
        QStringLiteral(
            "INSERT OR FAIL INTO members (id, display_name, gender, birthday, city, phone, "
            "source_channel, notes, created_at, updated_at)"),
        10);
    m_identityRows = std::make_unique<BatchInsert>(
        m_db,
        QStringLiteral("INSERT OR FAIL INTO member_identities (member_id, platform, platform_uid, "
                       "handle, nickname)"),
        5);
    m_membershipRows = std::make_unique<BatchInsert>(
        m_db,
        QStringLiteral("INSERT OR FAIL INTO memberships (group_id, member_id, role, joined_at)"),
        4);
    m_tagRows = std::make_unique<BatchInsert>(
        m_db,
        QStringLiteral("INSERT OR FAIL INTO member_tags (member_id, tag_id, origin, created_at)"),
        4, QStringLiteral("ON CONFLICT (member_id, tag_id) DO NOTHING"));

    m_statusRows = std::make_unique<MemberStatusWriter>(m_db, m_today);

    // Identities, stays, tags and status rows refer to members: the batch of members goes first.
    for (BatchInsert* child : {m_identityRows.get(), m_membershipRows.get(), m_tagRows.get()})
        child->writeAfter(m_members.get());
    m_statusRows->writeAfter(m_members.get());

    const QList<std::pair<QSqlQuery*, QString>> statements = {
        {&m_insertTag, QStringLiteral("INSERT INTO tags (name) VALUES (?)")},
        {&m_insertGroup,
         QStringLiteral("INSERT INTO chat_groups (name, platform, created_at) VALUES (?, ?, ?)")},
        {&m_setReferrer, QStringLiteral("UPDATE members SET referrer_id = ? WHERE id = ? AND "
                                        "referrer_id IS NULL AND id <> ?")},
        // Whether the member is up the referral chain from the would-be referrer.
        {&m_referralCycle,
         QStringLiteral("WITH RECURSIVE up(id, depth) AS (SELECT ?, 0 UNION ALL SELECT "
                        "m.referrer_id, up.depth + 1 FROM members m JOIN up ON m.id = up.id "
                        "WHERE m.referrer_id IS NOT NULL AND up.depth < 100000) SELECT 1 FROM up "
                        "WHERE id = ? LIMIT 1")},
    };
    for (const auto& [query, statement] : statements) {
        *query = QSqlQuery(m_db);
        if (!query->prepare(statement))
            return sql::failure(*query);
    }
    return {};
}

Result<qint64> MemberImportWriter::groupId(const QString& name, const QString& platform,
                                           bool* created) {
    *created = false;
    if (name.isEmpty())
        return qint64(0);
    if (auto it = m_groups.constFind(name); it != m_groups.cend())
        return it.value();
    m_insertGroup.bindValue(0, name);
    m_insertGroup.bindValue(1, platform);
    m_insertGroup.bindValue(2, m_now);
    if (!m_insertGroup.exec())
        return sql::failure(m_insertGroup);
    const qint64 id = m_insertGroup.lastInsertId().toLongLong();
    m_groups.insert(name, id);
    *created = true;
    return id;
}

Result<qint64> MemberImportWriter::createMember(const MemberRow& row) {
    const QString name = row.shownName();
    const qint64 id = m_nextMemberId++;
    Status s =
        m_members->add({id, name, sql::nullIfEmpty(row.gender),
                        row.birthday.isValid() ? QVariant(time::dayToStorage(row.birthday))
                                               : QVariant(QMetaType::fromType<QString>()),
                        sql::nullIfEmpty(row.city), sql::nullIfEmpty(row.phone),
                        sql::nullIfEmpty(row.source), sql::nullIfEmpty(row.notes), m_now, m_now});
    if (s && !row.handle.isEmpty()) {
        s = m_identityRows->add(
            {id, row.platform, row.handle, row.handle, sql::nullIfEmpty(row.name)});
        m_identities.insert({row.platform, row.handle}, id);
        m_platforms.insert(row.platform);
        m_seen.add(KeyFilter::Kind::UserId, row.platform, row.handle);
    }
    if (!s)
        return s.error();
    if (!row.phone.isEmpty()) {
        m_phones.insert(row.phone, id);
        m_seen.add(KeyFilter::Kind::Phone, row.phone);
    }
    const QString& lower = row.foldedName;
    m_names.insert(lower, id);
    m_seen.add(KeyFilter::Kind::Name, lower);
    if (hasNonAsciiCase(name))
        m_foldedNames.insert(lower, id);
    m_known.insert(id);
    MemberStatusRow& status = m_newStatus.emplace_back();
    status.memberId = id;
    status.isNew = true;
    status.searchText = row.searchText;
    return id;
}

Result<bool> MemberImportWriter::ensureMembership(qint64 groupId, qint64 memberId,
                                                  const MemberRow& row, bool created) {
    if (m_stays.contains({groupId, memberId}))
        return false;
    if (auto s = m_membershipRows->add({groupId, memberId,
                                        row.role.isEmpty() ? QStringLiteral("member") : row.role,
                                        row.joinedStored});
        !s)
        return s.error();
    // A new member's first day in a group: the earliest of this file's stays so far.
    const qsizetype newIndex = m_newStatus.isEmpty() ? -1 : memberId - m_newStatus.first().memberId;
    if (newIndex >= 0 && newIndex < m_newStatus.size()) {
        QDate& first = m_newStatus[newIndex].facts.firstJoined;
        if (!first.isValid() || row.joinedDay < first)
            first = row.joinedDay;
    }
    m_stays.insert({groupId, memberId});
    const GroupName key{groupId, row.foldedName};
    m_groupNames.insert(key, memberId);
    // A member found by user id or phone joins under the row's name, which may not be theirs:
    // later rows of the file give that name in that group for the same person.
    if (!created)
        m_joinedAs.insert(key, memberId);
    return true;
}

Result<int> MemberImportWriter::addTags(qint64 memberId, const QStringList& tags, int* created) {
    int given = 0;
    for (const QString& tag : tags) {
        qint64 tagId = m_tags.value(tag);
        if (tagId == 0) {
            m_insertTag.bindValue(0, tag);
            if (!m_insertTag.exec())
                return sql::failure(m_insertTag);
            tagId = m_insertTag.lastInsertId().toLongLong();
            m_tags.insert(tag, tagId);
            ++*created;
        }
        if (m_given.contains({memberId, tagId}))
            continue;
        if (auto s = m_tagRows->add({memberId, tagId, QStringLiteral("import"), m_now}); !s)
            return s.error();
        m_given.insert({memberId, tagId});
        ++given;
    }
    return given;
}

Status MemberImportWriter::flush() {
    for (BatchInsert* batch :
         {m_members.get(), m_identityRows.get(), m_membershipRows.get(), m_tagRows.get()}) {
        if (auto s = batch->flush(); !s)
            return s;
    }
    for (MemberStatusRow& status : m_newStatus) {
        memberstatus::settle(status, FanLevelState{}, m_thresholds, m_today);
        if (auto s = m_statusRows->add(status); !s)
            return s;
    }
    if (auto s = m_statusRows->flush(); !s)
        return s;
    m_newStatus.clear();
    m_identities.clear();
    m_phones.clear();
    m_groupNames.clear();
    m_names.clear();
    m_stays.clear();
    m_given.clear();
    m_known.clear();
    m_foldedMatches.clear();
    m_alsoKnown.clear();
    return {};
}

Result<bool> MemberImportWriter::setReferrer(qint64 memberId, qint64 referrerId) {
    if (memberId == referrerId)
        return false;
    m_referralCycle.bindValue(0, referrerId);
    m_referralCycle.bindValue(1, memberId);
    if (!m_referralCycle.exec())
        return sql::failure(m_referralCycle);
    const bool cycle = m_referralCycle.next();
    m_referralCycle.finish();
    if (cycle)
        return false;
    m_setReferrer.bindValue(0, referrerId);
    m_setReferrer.bindValue(1, memberId);
    m_setReferrer.bindValue(2, referrerId);
    if (!m_setReferrer.exec())
        return sql::failure(m_setReferrer);
    return m_setReferrer.numRowsAffected() > 0;
}

} // namespace qundesk
