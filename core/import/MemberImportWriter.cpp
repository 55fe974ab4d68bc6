// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/MemberImportWriter.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "util/Time.h"

#include <QSqlError>

namespace qundesk {

namespace {

QString key2(const QString& a, const QString& b) {
    return a + QLatin1Char('\x1f') + b;
}

QString nameKey(qint64 groupId, const QString& name) {
    return key2(QString::number(groupId), name.trimmed().toLower());
}

// Whether folding `name`'s case needs more than SQLite's NOCASE, which folds ASCII only
// (Élodie, Дмитрий; Chinese has no case).
bool hasNonAsciiCase(const QString& name) {
    for (const QChar c : name) {
        if (c.unicode() >= 0x80 && (c.isUpper() || c.isLower()))
            return true;
    }
    return false;
}

// Keys of the workspace filter: a user id on a platform, a phone, a name without case.
QString uidKey(const QString& platform, const QString& uid) {
    return QStringLiteral("u") + key2(platform, uid);
}
QString phoneKey(const QString& phone) {
    return QStringLiteral("p") + phone;
}
QString nameFilterKey(const QString& name) {
    return QStringLiteral("n") + name.trimmed().toLower();
}

Error databaseError(const QSqlQuery& query) {
    return Error{QCoreApplication::translate("MemberCsvImporter", "Database error: %1")
                     .arg(query.lastError().text()),
                 {},
                 0};
}

QString marks(qsizetype count) {
    QStringList list;
    list.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        list << QStringLiteral("?");
    return list.join(QLatin1Char(','));
}

// Runs `statement` with one "%1" replaced by placeholders for `values` (after the `leading`
// ones), and hands each row to `each`. Values go in slices of a few hundred, which keeps
// statements quick to prepare.
template <typename Each>
Status selectIn(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                Each&& each, const QVariantList& leading = {}) {
    constexpr qsizetype kSlice = 250;
    for (qsizetype from = 0; from < values.size(); from += kSlice) {
        const qsizetype count = qMin(kSlice, values.size() - from);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.prepare(statement.arg(marks(count))))
            return databaseError(q);
        for (qsizetype i = 0; i < leading.size(); ++i)
            q.bindValue(int(i), leading.at(i));
        for (qsizetype i = 0; i < count; ++i)
            q.bindValue(int(leading.size() + i), values.at(from + i));
        if (!q.exec())
            return databaseError(q);
        while (q.next())
            each(q);
    }
    return {};
}

} // namespace

MemberImportWriter::MemberImportWriter(const Database& db)
    : m_db(db.connection())
    , m_now(time::toStorage(time::now())) {}

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
                     m_seen.add(uidKey(q.value(0).toString(), q.value(1).toString()));
                 });
    if (s)
        s = load(QStringLiteral("SELECT phone, display_name, id FROM members WHERE erased_at IS "
                                "NULL"),
                 [&](QSqlQuery& q) {
                     if (!q.value(0).isNull())
                         m_seen.add(phoneKey(q.value(0).toString()));
                     const QString name = q.value(1).toString();
                     m_seen.add(nameFilterKey(name));
                     if (hasNonAsciiCase(name))
                         m_foldedNames.insert(name.trimmed().toLower(), q.value(2).toLongLong());
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
        QStringLiteral("INSERT INTO members (id, display_name, gender, birthday, city, phone, "
                       "source_channel, notes, created_at, updated_at)"),
        10);
    m_identityRows = std::make_unique<BatchInsert>(
        m_db,
        QStringLiteral("INSERT INTO member_identities (member_id, platform, platform_uid, "
                       "handle, nickname)"),
        5);
    m_membershipRows = std::make_unique<BatchInsert>(
        m_db, QStringLiteral("INSERT INTO memberships (group_id, member_id, role, joined_at)"), 4);
    m_tagRows = std::make_unique<BatchInsert>(
        m_db, QStringLiteral("INSERT INTO member_tags (member_id, tag_id, origin, created_at)"), 4,
        QStringLiteral("ON CONFLICT (member_id, tag_id) DO NOTHING"));

    // Identities, stays and tags refer to members: the batch of members goes first.
    for (BatchInsert* child : {m_identityRows.get(), m_membershipRows.get(), m_tagRows.get()})
        child->writeAfter(m_members.get());

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
            return databaseError(*query);
    }
    return {};
}

Status MemberImportWriter::lookUp(const QList<MemberRow>& rows, const QList<qint64>& groupIds) {
    bool anyWithoutGroup = false;
    for (qint64 g : groupIds)
        anyWithoutGroup = anyWithoutGroup || g <= 0;
    if (auto s = fetchPeople(rows, anyWithoutGroup); !s)
        return s;
    // Members this file already joined to a group under another name: their stays and tags too.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (groupIds.at(i) > 0 && !rows.at(i).name.isEmpty()) {
            if (const qint64 id = m_joinedAs.value(nameKey(groupIds.at(i), rows.at(i).name)))
                m_alsoKnown.append(id);
        }
    }
    return fetchStaysAndTags();
}

Status MemberImportWriter::fetchPeople(const QList<MemberRow>& rows, bool anyWithoutGroup) {
    QHash<QString, QVariantList> uids; // platform -> user ids
    QVariantList phones, names;
    QSet<QString> seenUid, seenPhone, seenName;
    for (const MemberRow& row : rows) {
        if (!row.handle.isEmpty() && m_seen.mayContain(uidKey(row.platform, row.handle)) &&
            !seenUid.contains(key2(row.platform, row.handle))) {
            seenUid.insert(key2(row.platform, row.handle));
            uids[row.platform] << row.handle;
        }
        if (!row.phone.isEmpty() && m_seen.mayContain(phoneKey(row.phone)) &&
            !seenPhone.contains(row.phone)) {
            seenPhone.insert(row.phone);
            phones << row.phone;
        }
        const QString name = row.name.trimmed();
        if (!name.isEmpty() && m_seen.mayContain(nameFilterKey(name)) && !seenName.contains(name)) {
            seenName.insert(name);
            names << name;
        }
    }
    // Identities by platform, so each look-up is a probe of the (platform, uid) index.
    Status s;
    for (auto it = uids.cbegin(); s && it != uids.cend(); ++it) {
        s = selectIn(m_db,
                     QStringLiteral("SELECT platform_uid, member_id FROM member_identities WHERE "
                                    "platform = ? AND platform_uid IN (%1)"),
                     it.value(),
                     [&](QSqlQuery& q) {
                         m_identities.insert(key2(it.key(), q.value(0).toString()),
                                             q.value(1).toLongLong());
                     },
                     {it.key()});
    }
    if (s)
        s = selectIn(m_db,
                     QStringLiteral("SELECT phone, id FROM members WHERE erased_at IS NULL AND "
                                    "phone IN (%1)"),
                     phones, [&](QSqlQuery& q) {
                         m_phones.insert(q.value(0).toString(), q.value(1).toLongLong());
                     });
    // Names compare without case: SQLite folds ASCII letters, m_foldedNames the others.
    if (s)
        s = selectIn(m_db,
                     QStringLiteral("SELECT ms.group_id, m.display_name, m.id FROM members m JOIN "
                                    "memberships ms ON ms.member_id = m.id WHERE ms.left_at IS "
                                    "NULL AND m.display_name COLLATE NOCASE IN (%1)"),
                     names, [&](QSqlQuery& q) {
                         m_groupNames.insert(
                             nameKey(q.value(0).toLongLong(), q.value(1).toString()),
                             q.value(2).toLongLong());
                     });
    if (s && anyWithoutGroup)
        s = selectIn(m_db,
                     QStringLiteral("SELECT display_name, id FROM members WHERE erased_at IS NULL "
                                    "AND display_name COLLATE NOCASE IN (%1)"),
                     names, [&](QSqlQuery& q) {
                         m_names.insert(q.value(0).toString().trimmed().toLower(),
                                        q.value(1).toLongLong());
                     });
    // Names whose case SQLite cannot fold come from the writer's own list of them.
    for (const QVariant& v : std::as_const(names)) {
        const QString name = v.toString();
        if (!hasNonAsciiCase(name))
            continue;
        const QString lower = name.toLower();
        const QList<qint64> known = m_names.values(lower);
        for (qint64 id : m_foldedNames.values(lower)) {
            if (!known.contains(id))
                m_names.insert(lower, id);
            m_foldedMatches.append({lower, id});
        }
    }
    return s;
}

Status MemberImportWriter::fetchStaysAndTags() {
    QVariantList ids;
    const auto collect = [&](qint64 id) {
        if (!m_known.contains(id)) {
            m_known.insert(id);
            ids << id;
        }
    };
    for (qint64 id : std::as_const(m_identities))
        collect(id);
    for (qint64 id : std::as_const(m_phones))
        collect(id);
    for (qint64 id : std::as_const(m_groupNames))
        collect(id);
    for (qint64 id : std::as_const(m_names))
        collect(id);
    for (qint64 id : std::as_const(m_alsoKnown))
        collect(id);
    Status s = selectIn(m_db,
                        QStringLiteral("SELECT group_id, member_id FROM memberships WHERE left_at "
                                       "IS NULL AND member_id IN (%1)"),
                        ids, [&](QSqlQuery& q) {
                            m_stays.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
                        });
    if (s)
        s = selectIn(m_db,
                     QStringLiteral("SELECT member_id, tag_id FROM member_tags WHERE member_id "
                                    "IN (%1)"),
                     ids, [&](QSqlQuery& q) {
                         m_given.insert({q.value(0).toLongLong(), q.value(1).toLongLong()});
                     });
    // Members found by a name with non-ASCII case, under that name in each of their groups.
    for (const auto& [lower, id] : std::as_const(m_foldedMatches)) {
        for (const auto& [group, member] : std::as_const(m_stays)) {
            const QString key = key2(QString::number(group), lower);
            if (member == id && !m_groupNames.contains(key))
                m_groupNames.insert(key, id);
        }
    }
    return s;
}

qint64 MemberImportWriter::findExisting(const MemberRow& row, qint64 groupId) const {
    if (!row.handle.isEmpty()) {
        if (qint64 id = m_identities.value(key2(row.platform, row.handle)))
            return id;
    }
    if (!row.phone.isEmpty()) {
        if (qint64 id = m_phones.value(row.phone))
            return id;
    }
    if (row.name.isEmpty())
        return 0;
    if (groupId > 0) {
        const QString key = nameKey(groupId, row.name);
        const qint64 id = m_groupNames.value(key);
        return id != 0 ? id : m_joinedAs.value(key);
    }
    const QList<qint64> same = m_names.values(row.name.trimmed().toLower());
    return same.size() == 1 ? same.first() : 0;
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
        return databaseError(m_insertGroup);
    const qint64 id = m_insertGroup.lastInsertId().toLongLong();
    m_groups.insert(name, id);
    *created = true;
    return id;
}

Result<qint64> MemberImportWriter::createMember(const MemberRow& row) {
    const QString name = row.name.isEmpty() ? row.handle : row.name;
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
        m_identities.insert(key2(row.platform, row.handle), id);
        m_platforms.insert(row.platform);
        m_seen.add(uidKey(row.platform, row.handle));
    }
    if (!s)
        return s.error();
    if (!row.phone.isEmpty()) {
        m_phones.insert(row.phone, id);
        m_seen.add(phoneKey(row.phone));
    }
    m_names.insert(name.trimmed().toLower(), id);
    m_seen.add(nameFilterKey(name));
    if (hasNonAsciiCase(name))
        m_foldedNames.insert(name.trimmed().toLower(), id);
    m_known.insert(id);
    return id;
}

Result<bool> MemberImportWriter::ensureMembership(qint64 groupId, qint64 memberId,
                                                  const MemberRow& row, bool created) {
    if (m_stays.contains({groupId, memberId}))
        return false;
    if (auto s = m_membershipRows->add(
            {groupId, memberId, row.role.isEmpty() ? QStringLiteral("member") : row.role,
             time::toStorage(row.joinedAt.isValid() ? row.joinedAt : time::now())});
        !s)
        return s.error();
    m_stays.insert({groupId, memberId});
    const QString key = nameKey(groupId, row.name.isEmpty() ? row.handle : row.name);
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
                return databaseError(m_insertTag);
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

Result<QList<qint64>> MemberImportWriter::findByNameOrHandle(const QString& text) const {
    const QString wanted = text.trimmed();
    QList<qint64> ids;
    auto byName = sql::exec(m_db,
                            QStringLiteral("SELECT id FROM members WHERE erased_at IS NULL AND "
                                           "display_name = :text COLLATE NOCASE"),
                            {{QStringLiteral(":text"), wanted}});
    if (!byName)
        return byName.error();
    while (byName->next())
        ids << byName->value(0).toLongLong();
    if (hasNonAsciiCase(wanted)) {
        for (qint64 id : m_foldedNames.values(wanted.toLower())) {
            if (!ids.contains(id))
                ids << id;
        }
    }
    // A user id on any platform: one probe of the (platform, uid) index per platform.
    for (const QString& platform : m_platforms) {
        auto byUid =
            sql::exec(m_db,
                      QStringLiteral("SELECT member_id FROM member_identities WHERE "
                                     "platform = :platform AND platform_uid = :uid"),
                      {{QStringLiteral(":platform"), platform}, {QStringLiteral(":uid"), wanted}});
        if (!byUid)
            return byUid.error();
        while (byUid->next()) {
            if (const qint64 id = byUid->value(0).toLongLong(); !ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

Result<bool> MemberImportWriter::setReferrer(qint64 memberId, qint64 referrerId) {
    if (memberId == referrerId)
        return false;
    m_referralCycle.bindValue(0, referrerId);
    m_referralCycle.bindValue(1, memberId);
    if (!m_referralCycle.exec())
        return databaseError(m_referralCycle);
    const bool cycle = m_referralCycle.next();
    m_referralCycle.finish();
    if (cycle)
        return false;
    m_setReferrer.bindValue(0, referrerId);
    m_setReferrer.bindValue(1, memberId);
    m_setReferrer.bindValue(2, referrerId);
    if (!m_setReferrer.exec())
        return databaseError(m_setReferrer);
    return m_setReferrer.numRowsAffected() > 0;
}

} // namespace qundesk
