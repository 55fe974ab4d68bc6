// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace qundesk {

class Database;

// One member row as the importer understood it.
struct MemberRow {
    QString name;
    QString handle;
    QString platform;
    QString groupName;
    QString role;
    QDateTime joinedAt;
    QString gender;
    QDate birthday;
    QString city;
    QString source;
    QString notes;
    QString phone;
    QStringList tags;
};

// The writing half of the member import: prepared statements reused for every row and
// in-memory indexes of what the workspace already holds (identities, phones, names per group,
// groups, tags), so 100,000 rows need no per-row prepare and no per-row look-up query.
// Runs inside the caller's transaction.
class MemberImportWriter {
public:
    explicit MemberImportWriter(const Database& db);
    Status prepare(); // loads the indexes and prepares the statements

    // An existing member the row describes (handle, phone, then name in its group or, without
    // a group, a unique name), or 0.
    qint64 findExisting(const MemberRow& row, qint64 groupId) const;
    // Members named `text`, or holding it as a handle on any platform.
    QList<qint64> findByNameOrHandle(const QString& text) const;

    Result<qint64> groupId(const QString& name, const QString& platform, bool* created);
    Result<qint64> createMember(const MemberRow& row);
    // True when the member was not yet in the group.
    Result<bool> ensureMembership(qint64 groupId, qint64 memberId, const MemberRow& row);
    // Number of tags newly given; `created` counts tags that did not exist.
    Result<int> addTags(qint64 memberId, const QStringList& tags, int* created);
    // False (and nothing written) when the member already has a referrer or the link would
    // close a cycle in the referral tree.
    Result<bool> setReferrer(qint64 memberId, qint64 referrerId);

private:
    Status exec(QSqlQuery& query);
    QString nameKey(qint64 groupId, const QString& name) const;

    QSqlDatabase m_db;
    QString m_now;
    QHash<QString, qint64> m_identities;   // platform '\x1f' uid -> member
    QMultiHash<QString, qint64> m_handles; // uid on any platform -> members
    QHash<QString, qint64> m_phones;
    QHash<QString, qint64> m_groupNames;   // group '\x1f' lower name -> member (current stays)
    QMultiHash<QString, qint64> m_names;   // lower name -> members (everyone)
    QHash<QString, qint64> m_groups;       // group name -> id
    QHash<QString, qint64> m_tags;         // tag name -> id
    QHash<qint64, QSet<qint64>> m_present; // group -> members present
    QHash<qint64, qint64> m_referrers;     // member -> referrer
    QSqlQuery m_insertMember, m_insertIdentity, m_insertMembership, m_insertTag, m_insertMemberTag,
        m_insertGroup, m_setReferrer;
};

} // namespace qundesk
