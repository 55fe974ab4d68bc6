// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Member.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace qundesk {

class Database;

// Members (members) with their platform identities, referral tree and cross-platform person
// links. Deleting a member deletes their identities, memberships, tags and activity
// (ON DELETE CASCADE) and clears referrer_id of the members they invited (ON DELETE SET NULL).
//
// Person links keep one invariant: person_id is NULL on a person's root member and points at
// that root on every other member of the person, never at a non-root.
// One member of a referral tree: invited by `referrerId`, `depth` levels below the root
// (1: invited by the root itself).
struct ReferralNode {
    qint64 id = 0;
    qint64 referrerId = 0;
    int depth = 0;
    QString name;
};

class MemberStore {
    Q_DECLARE_TR_FUNCTIONS(MemberStore)

public:
    explicit MemberStore(const Database& db);

    Result<qint64> create(const Member& member); // returns the new id
    Status update(const Member& member);         // refuses a referrer that closes a cycle
    Status remove(qint64 id);                    // keeps the rest of the person linked

    Result<Member> get(qint64 id) const;
    // Ordered by display name, then id; limit < 0 = all.
    Result<QList<Member>> list(int limit = -1, int offset = 0) const;
    // Every member row, or only those whose personal data was not erased (the rows the
    // Members table shows).
    Result<int> count(bool includeErased = true) const;

    // Identities. findByNickname returns every member with that nickname on the platform,
    // ordered by id: more than one means the name is ambiguous and the caller must ask.
    Result<qint64> addIdentity(const MemberIdentity& identity);
    Result<QList<MemberIdentity>> identities(qint64 memberId) const;
    Status removeIdentity(qint64 identityId);
    Result<std::optional<Member>> findByIdentity(const QString& platform, const QString& uid) const;
    Result<QList<Member>> findByNickname(const QString& platform, const QString& nickname) const;

    // Referrals: the members `memberId` invited (ordered by id), and the chain of referrers
    // upwards (nearest first), which stops before any member seen twice.
    Result<QList<Member>> referrals(qint64 memberId) const;
    Result<QList<Member>> referralChain(qint64 memberId) const;
    // Everyone `memberId` invited, directly or down the line, to `maxDepth` levels, in one
    // query, ordered by depth, then id. Cycles in old data end at maxDepth; a member may then
    // appear again deeper, which a caller drawing a tree skips.
    Result<QList<ReferralNode>> referralTree(qint64 memberId, int maxDepth) const;

    // Person links across platforms. link() joins B (and everyone linked to B) to A's person;
    // unlink() takes one member out of its person; linkedMembers() lists the others of the
    // person, ordered by id.
    Status link(qint64 memberA, qint64 memberB);
    Status unlink(qint64 memberId);
    Result<QList<Member>> linkedMembers(qint64 memberId) const;

    // Erases the personal data of a member on request, in one transaction: the name becomes a
    // neutral placeholder, every profile field and note is cleared, identities are removed,
    // person links are dropped, and the text of their messages and touch notes is cleared.
    // The row, its memberships, messages, orders and activity stay as anonymous aggregates;
    // the member is set to do-not-disturb so nothing is planned for them again.
    Status erasePersonalData(qint64 id);

private:
    Result<qint64> personRoot(qint64 memberId) const;
    // Makes the smallest follower of `root` the new root of the others (before root leaves).
    Status rerootFollowers(qint64 root);

    QSqlDatabase m_db;
};

} // namespace qundesk
