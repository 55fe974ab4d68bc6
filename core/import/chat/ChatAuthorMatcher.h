// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "db/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace qundesk {

// What to do with an author name that several members carry.
enum class AmbiguousNames {
    Fail,      // the import fails listing such names (the window asks first)
    CreateNew, // a new member, tagged for review
};

// Finds the member behind each chat author, within one import's transaction: by platform id
// first, then by name (a member's display name or nickname on the platform; several such
// members: the one in the group, if only one is). A name still ambiguous follows the policy or
// the choice made in the window; an author nobody matches becomes a new member. Authors repeat,
// so each is looked up once.
class ChatAuthorMatcher {
    Q_DECLARE_TR_FUNCTIONS(ChatAuthorMatcher)

public:
    ChatAuthorMatcher(const Database& db, qint64 groupId, QString platform, AmbiguousNames policy,
                      QHash<QString, qint64> chosen);

    // The member, or 0 when the name is ambiguous and the policy fails (ambiguousNames() then
    // lists it). `created` says whether the call made the member.
    Result<qint64> memberFor(const QString& name, const QString& platformId, bool* created);

    // Members carrying `name` (display name or nickname on the platform).
    Result<QList<qint64>> candidates(const QString& name, const QString& platformId);

    QStringList ambiguousNames() const { return m_ambiguous; }
    QList<qint64> createdMembers() const { return m_created; }
    QList<qint64> reviewMembers() const { return m_review; } // created for an ambiguous name

private:
    Result<qint64> create(const QString& name, const QString& platformId, bool review);
    Result<qint64> byPlatformId(const QString& platformId);

    const Database& m_db;
    qint64 m_groupId;
    QString m_platform;
    AmbiguousNames m_policy;
    QHash<QString, qint64> m_chosen;
    QHash<QString, qint64> m_cache; // "id:<uid>" or "name:<lower name>" -> member
    QStringList m_ambiguous;
    QList<qint64> m_created;
    QList<qint64> m_review;
    QString m_now;
};

} // namespace qundesk
