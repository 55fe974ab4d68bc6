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
} // namespace

MemberImportWriter::MemberImportWriter(const Database& db)
    : m_db(db.connection())
    , m_now(time::toStorage(time::now())) {}

Status MemberImportWriter::exec(QSqlQuery& query) {
    if (query.exec())
        return {};
    return Error{QCoreApplication::translate("MemberCsvImporter", "Database error: %1")
                     .arg(query.lastError().text()),
                 {},
                 0};
}

QString MemberImportWriter::nameKey(qint64 groupId, const QString& name) const {
    return key2(QString::number(groupId), name.trimmed().toLower());
}

Status MemberImportWriter::prepare() {
    const auto load = [&](const QString& statement, auto&& each) -> Status {
        auto q = sql::exec(m_db, statement);
        if (!q)
            return q.error();
        while (q->next())
            each(*q);
        return {};
    };
    Status s =
        load(QStringLiteral("SELECT platform, platform_uid, member_id FROM member_identities "
                            "WHERE platform_uid IS NOT NULL"),
             [&](QSqlQuery& q) {
                 m_identities.insert(key2(q.value(0).toString(), q.value(1).toString()),
                                     q.value(2).toLongLong());
                 m_handles.insert(q.value(1).toString(), q.value(2).toLongLong());
             });
    if (s)
        s = load(
            QStringLiteral("SELECT phone, id, display_name FROM members WHERE erased_at IS NULL"),
            [&](QSqlQuery& q) {
                if (!q.value(0).isNull())
                    m_phones.insert(q.value(0).toString(), q.value(1).toLongLong());
                m_names.insert(q.value(2).toString().trimmed().toLower(), q.value(1).toLongLong());
            });
    if (s)
        s = load(QStringLiteral("SELECT ms.group_id, m.display_name, m.id FROM memberships ms JOIN "
                                "members m ON m.id = ms.member_id WHERE ms.left_at IS NULL"),
                 [&](QSqlQuery& q) {
                     m_groupNames.insert(nameKey(q.value(0).toLongLong(), q.value(1).toString()),
                                         q.value(2).toLongLong());
                     m_present[q.value(0).toLongLong()].insert(q.value(2).toLongLong());
                 });
    if (s)
        s = load(QStringLiteral("SELECT name, id FROM chat_groups"), [&](QSqlQuery& q) {
            m_groups.insert(q.value(0).toString(), q.value(1).toLongLong());
        });
    if (s)
        s = load(QStringLiteral("SELECT name, id FROM tags"), [&](QSqlQuery& q) {
            m_tags.insert(q.value(0).toString(), q.value(1).toLongLong());
        });
    if (s)
        s = load(
            QStringLiteral("SELECT id, referrer_id FROM members WHERE referrer_id IS NOT NULL"),
            [&](QSqlQuery& q) {
                m_referrers.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
            });
    if (!s)
        return s;

    const QList<std::pair<QSqlQuery*, QString>> statements = {
        {&m_insertMember,
         QStringLiteral("INSERT INTO members (display_name, gender, birthday, city, "
                        "phone, source_channel, notes, created_at, updated_at) VALUES "
                        "(:name, :gender, :birthday, :city, :phone, :source, :notes, "
                        ":now, :now)")},
        {&m_insertIdentity, QStringLiteral("INSERT INTO member_identities (member_id, platform, "
                                           "platform_uid, handle, nickname) VALUES (:member, "
                                           ":platform, :uid, :uid, :nick)")},
        {&m_insertMembership,
         QStringLiteral("INSERT INTO memberships (group_id, member_id, role, "
                        "joined_at) VALUES (:group, :member, :role, :joined)")},
        {&m_insertTag, QStringLiteral("INSERT INTO tags (name) VALUES (:name)")},
        {&m_insertMemberTag, QStringLiteral("INSERT INTO member_tags (member_id, tag_id, origin, "
                                            "created_at) VALUES (:member, :tag, 'import', :now) "
                                            "ON CONFLICT (member_id, tag_id) DO NOTHING")},
        {&m_insertGroup,
         QStringLiteral("INSERT INTO chat_groups (name, platform, created_at) VALUES "
                        "(:name, :platform, :now)")},
        {&m_setReferrer, QStringLiteral("UPDATE members SET referrer_id = :ref WHERE id = :id AND "
                                        "referrer_id IS NULL AND id <> :ref")},
    };
    for (const auto& [query, statement] : statements) {
        *query = QSqlQuery(m_db);
        if (!query->prepare(statement))
            return Error{query->lastError().text(), {}, 0};
    }
    return {};
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
    if (groupId > 0)
        return m_groupNames.value(nameKey(groupId, row.name));
    const QList<qint64> same = m_names.values(row.name.trimmed().toLower());
    return same.size() == 1 ? same.first() : 0;
}

QList<qint64> MemberImportWriter::findByNameOrHandle(const QString& text) const {
    QList<qint64> ids = m_names.values(text.trimmed().toLower());
    for (qint64 id : m_handles.values(text.trimmed())) {
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

Result<qint64> MemberImportWriter::groupId(const QString& name, const QString& platform,
                                           bool* created) {
    *created = false;
    if (name.isEmpty())
        return qint64(0);
    if (auto it = m_groups.constFind(name); it != m_groups.cend())
        return it.value();
    m_insertGroup.bindValue(QStringLiteral(":name"), name);
    m_insertGroup.bindValue(QStringLiteral(":platform"), platform);
    m_insertGroup.bindValue(QStringLiteral(":now"), m_now);
    if (auto s = exec(m_insertGroup); !s)
        return s.error();
    const qint64 id = m_insertGroup.lastInsertId().toLongLong();
    m_groups.insert(name, id);
    *created = true;
    return id;
}

Result<qint64> MemberImportWriter::createMember(const MemberRow& row) {
    const QString name = row.name.isEmpty() ? row.handle : row.name;
    m_insertMember.bindValue(QStringLiteral(":name"), name);
    m_insertMember.bindValue(QStringLiteral(":gender"), sql::nullIfEmpty(row.gender));
    m_insertMember.bindValue(QStringLiteral(":birthday"),
                             row.birthday.isValid() ? QVariant(time::dayToStorage(row.birthday))
                                                    : QVariant(QMetaType::fromType<QString>()));
    m_insertMember.bindValue(QStringLiteral(":city"), sql::nullIfEmpty(row.city));
    m_insertMember.bindValue(QStringLiteral(":phone"), sql::nullIfEmpty(row.phone));
    m_insertMember.bindValue(QStringLiteral(":source"), sql::nullIfEmpty(row.source));
    m_insertMember.bindValue(QStringLiteral(":notes"), sql::nullIfEmpty(row.notes));
    m_insertMember.bindValue(QStringLiteral(":now"), m_now);
    if (auto s = exec(m_insertMember); !s)
        return s.error();
    const qint64 id = m_insertMember.lastInsertId().toLongLong();
    if (!row.handle.isEmpty()) {
        m_insertIdentity.bindValue(QStringLiteral(":member"), id);
        m_insertIdentity.bindValue(QStringLiteral(":platform"), row.platform);
        m_insertIdentity.bindValue(QStringLiteral(":uid"), row.handle);
        m_insertIdentity.bindValue(QStringLiteral(":nick"), sql::nullIfEmpty(row.name));
        if (auto s = exec(m_insertIdentity); !s)
            return s.error();
        m_identities.insert(key2(row.platform, row.handle), id);
        m_handles.insert(row.handle, id);
    }
    if (!row.phone.isEmpty())
        m_phones.insert(row.phone, id);
    m_names.insert(name.trimmed().toLower(), id);
    return id;
}

Result<bool> MemberImportWriter::ensureMembership(qint64 groupId, qint64 memberId,
                                                  const MemberRow& row) {
    QSet<qint64>& present = m_present[groupId];
    if (present.contains(memberId))
        return false;
    m_insertMembership.bindValue(QStringLiteral(":group"), groupId);
    m_insertMembership.bindValue(QStringLiteral(":member"), memberId);
    m_insertMembership.bindValue(QStringLiteral(":role"),
                                 row.role.isEmpty() ? QStringLiteral("member") : row.role);
    m_insertMembership.bindValue(
        QStringLiteral(":joined"),
        time::toStorage(row.joinedAt.isValid() ? row.joinedAt : time::now()));
    if (auto s = exec(m_insertMembership); !s)
        return s.error();
    present.insert(memberId);
    m_groupNames.insert(nameKey(groupId, row.name.isEmpty() ? row.handle : row.name), memberId);
    return true;
}

Result<int> MemberImportWriter::addTags(qint64 memberId, const QStringList& tags, int* created) {
    int given = 0;
    for (const QString& tag : tags) {
        qint64 tagId = m_tags.value(tag);
        if (tagId == 0) {
            m_insertTag.bindValue(QStringLiteral(":name"), tag);
            if (auto s = exec(m_insertTag); !s)
                return s.error();
            tagId = m_insertTag.lastInsertId().toLongLong();
            m_tags.insert(tag, tagId);
            ++*created;
        }
        m_insertMemberTag.bindValue(QStringLiteral(":member"), memberId);
        m_insertMemberTag.bindValue(QStringLiteral(":tag"), tagId);
        m_insertMemberTag.bindValue(QStringLiteral(":now"), m_now);
        if (auto s = exec(m_insertMemberTag); !s)
            return s.error();
        given += m_insertMemberTag.numRowsAffected() > 0 ? 1 : 0;
    }
    return given;
}

Result<bool> MemberImportWriter::setReferrer(qint64 memberId, qint64 referrerId) {
    if (memberId == referrerId || m_referrers.contains(memberId))
        return false;
    for (qint64 up = referrerId, steps = 0; up != 0 && steps < 100000; ++steps) {
        if (up == memberId)
            return false;
        up = m_referrers.value(up);
    }
    m_setReferrer.bindValue(QStringLiteral(":ref"), referrerId);
    m_setReferrer.bindValue(QStringLiteral(":id"), memberId);
    if (auto s = exec(m_setReferrer); !s)
        return s.error();
    m_referrers.insert(memberId, referrerId);
    return true;
}

} // namespace qundesk
