// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The look-up half of MemberImportWriter: what the workspace already holds that a chunk's rows
// may name, and which member a row describes.
#include "db/Sql.h"
#include "import/MemberImportKeys.h"
#include "import/MemberImportWriter.h"

namespace qundesk {

using namespace importkeys;

namespace {

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
            return sql::failure(q);
        for (qsizetype i = 0; i < leading.size(); ++i)
            q.bindValue(int(i), leading.at(i));
        for (qsizetype i = 0; i < count; ++i)
            q.bindValue(int(leading.size() + i), values.at(from + i));
        if (!q.exec())
            return sql::failure(q);
        while (q.next())
            each(q);
    }
    return {};
}

} // namespace

Status MemberImportWriter::lookUp(const QList<MemberRow>& rows, const QList<qint64>& groupIds) {
    bool anyWithoutGroup = false;
    for (qint64 g : groupIds)
        anyWithoutGroup = anyWithoutGroup || g <= 0;
    if (auto s = fetchPeople(rows, anyWithoutGroup); !s)
        return s;
    // Members this file already joined to a group under another name: their stays and tags too.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (groupIds.at(i) > 0 && !rows.at(i).name.isEmpty()) {
            if (const qint64 id = m_joinedAs.value({groupIds.at(i), rows.at(i).foldedName}))
                m_alsoKnown.append(id);
        }
    }
    return fetchStaysAndTags();
}

Status MemberImportWriter::fetchPeople(const QList<MemberRow>& rows, bool anyWithoutGroup) {
    QHash<QString, QVariantList> uids; // platform -> user ids
    QVariantList phones, names;
    QSet<std::pair<QString, QString>> seenUid;
    QSet<QString> seenPhone, seenName;
    for (const MemberRow& row : rows) {
        if (!row.handle.isEmpty() &&
            m_seen.mayContain(KeyFilter::Kind::UserId, row.platform, row.handle) &&
            !seenUid.contains({row.platform, row.handle})) {
            seenUid.insert({row.platform, row.handle});
            uids[row.platform] << row.handle;
        }
        if (!row.phone.isEmpty() && m_seen.mayContain(KeyFilter::Kind::Phone, row.phone) &&
            !seenPhone.contains(row.phone)) {
            seenPhone.insert(row.phone);
            phones << row.phone;
        }
        const QString name = row.name.trimmed();
        if (!name.isEmpty() && m_seen.mayContain(KeyFilter::Kind::Name, row.foldedName) &&
            !seenName.contains(name)) {
            seenName.insert(name);
            names << name;
        }
    }
    // Identities by platform, so each look-up is a probe of the (platform, uid) index.
    Status s;
    for (auto it = uids.cbegin(); s && it != uids.cend(); ++it) {
        s = selectIn(
            m_db,
            QStringLiteral("SELECT platform_uid, member_id FROM member_identities WHERE "
                           "platform = ? AND platform_uid IN (%1)"),
            it.value(),
            [&](QSqlQuery& q) {
                m_identities.insert({it.key(), q.value(0).toString()}, q.value(1).toLongLong());
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
                         m_names.insert(filterName(q.value(0).toString()), q.value(1).toLongLong());
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
            const GroupName key{group, lower};
            if (member == id && !m_groupNames.contains(key))
                m_groupNames.insert(key, id);
        }
    }
    return s;
}

qint64 MemberImportWriter::findExisting(const MemberRow& row, qint64 groupId) const {
    if (!row.handle.isEmpty()) {
        if (qint64 id = m_identities.value({row.platform, row.handle}))
            return id;
    }
    if (!row.phone.isEmpty()) {
        if (qint64 id = m_phones.value(row.phone))
            return id;
    }
    if (row.name.isEmpty())
        return 0;
    if (groupId > 0) {
        const GroupName key{groupId, row.foldedName};
        const qint64 id = m_groupNames.value(key);
        return id != 0 ? id : m_joinedAs.value(key);
    }
    const QList<qint64> same = m_names.values(row.foldedName);
    return same.size() == 1 ? same.first() : 0;
}

Result<QList<qint64>> MemberImportWriter::findByNameOrHandle(const QString& text) const {
    const QString wanted = text.trimmed();
    auto byName = sql::ids(m_db,
                           QStringLiteral("SELECT id FROM members WHERE erased_at IS NULL AND "
                                          "display_name = :text COLLATE NOCASE"),
                           {{QStringLiteral(":text"), wanted}});
    if (!byName)
        return byName.error();
    QList<qint64> ids = *byName;
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

} // namespace qundesk
