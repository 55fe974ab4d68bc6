// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "db/BatchInsert.h"
#include "import/KeyFilter.h"
#include "import/MemberRow.h"
#include "rules/MemberStatusRow.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace qundesk {

class Database;
class MemberStatusWriter;

// The writing half of the member import. Rows come in chunks: lookUp() fetches, with a few
// queries per chunk, what the workspace already holds that the chunk's rows may name
// (identities, phones, names, and those members' groups and tags) — only for keys a fixed-size
// filter of the workspace's keys may hold, so new people cost no query; the rows are then
// matched and written into multi-row batches, and flush() writes the batches and forgets the
// chunk. So memory stays flat in the size of the file. Runs inside the caller's transaction.
// New members get their member_status row (stage and fan level on `today`) with their other
// rows: what they hold is all in the file. A member a later row changes again, and the
// referrers, need the status pass afterwards (MemberStatusUpdater).
class MemberImportWriter {
public:
    MemberImportWriter(const Database& db, const QDate& today);
    ~MemberImportWriter();
    Status prepare(); // groups, tags, the next member id, and the statements

    // Fetches what the workspace holds for these rows (groupIds[i] is rows[i]'s group or 0).
    Status lookUp(const QList<MemberRow>& rows, const QList<qint64>& groupIds);
    // An existing member the row describes (handle, phone, then name in its group or, without
    // a group, a unique name), or 0. Sees lookUp()'s result and the rows written since.
    qint64 findExisting(const MemberRow& row, qint64 groupId) const;

    Result<qint64> groupId(const QString& name, const QString& platform, bool* created);
    Result<qint64> createMember(const MemberRow& row);
    // True when the member was not yet in the group. `created`: the member is this row's new one.
    Result<bool> ensureMembership(qint64 groupId, qint64 memberId, const MemberRow& row,
                                  bool created);
    // Number of tags newly given; `created` counts tags that did not exist.
    Result<int> addTags(qint64 memberId, const QStringList& tags, int* created);
    // Writes every buffered row (new members' status rows too) and drops the chunk's look-ups.
    Status flush();

    // Members named `text` (without case), or holding it as a user id on any platform.
    Result<QList<qint64>> findByNameOrHandle(const QString& text) const;
    // False (and nothing written) when the member already has a referrer or the link would
    // close a cycle in the referral tree.
    Result<bool> setReferrer(qint64 memberId, qint64 referrerId);

private:
    Status fetchPeople(const QList<MemberRow>& rows, bool anyWithoutGroup);
    Status fetchStaysAndTags();

    QSqlDatabase m_db;
    QString m_now;
    QDate m_today;
    Thresholds m_thresholds;
    qint64 m_nextMemberId = 1;
    QHash<QString, qint64> m_groups; // group name -> id (a workspace has few)
    QHash<QString, qint64> m_tags;   // tag name -> id
    QSet<QString> m_platforms;       // platforms that have identities
    KeyFilter m_seen; // every user id, phone and name in the workspace (see KeyFilter)
    // Names with letters SQLite's NOCASE does not fold (lower name -> members), and names found
    // members joined a group under in this file (group '\x1f' lower name -> member). Both grow
    // only with such names, not with the file.
    QMultiHash<QString, qint64> m_foldedNames;
    QHash<std::pair<qint64, QString>, qint64> m_joinedAs;
    // The current chunk: look-ups and what was written since.
    QHash<std::pair<QString, QString>, qint64> m_identities; // (platform, uid) -> member
    QHash<QString, qint64> m_phones;                         // phone -> member
    QHash<std::pair<qint64, QString>, qint64> m_groupNames; // (group, lower name) -> member present
    QMultiHash<QString, qint64> m_names;                    // lower name -> members (everyone)
    QSet<std::pair<qint64, qint64>> m_stays;                // (group, member) present
    QSet<std::pair<qint64, qint64>> m_given;                // (member, tag) held
    QSet<qint64> m_known;                              // members whose stays and tags are fetched
    QList<std::pair<QString, qint64>> m_foldedMatches; // (lower name, member) via m_foldedNames
    QList<qint64> m_alsoKnown;                         // members the chunk names through m_joinedAs
    QList<MemberStatusRow> m_newStatus; // the chunk's new members in id order (ids run on by one)
    std::unique_ptr<BatchInsert> m_members, m_identityRows, m_membershipRows, m_tagRows;
    std::unique_ptr<MemberStatusWriter> m_statusRows;
    QSqlQuery m_insertTag, m_insertGroup, m_setReferrer, m_referralCycle;
};

} // namespace qundesk
