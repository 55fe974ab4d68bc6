// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QList>

namespace qundesk {

class Database;

// Linking one person's members across platforms, and taking a member out of its person. Each
// call is one transaction (with the members' status and rule tags refreshed) and returns what
// its undo needs.
class MemberLinkService {
public:
    // What linking changed: `other`'s person before it joined `member`'s.
    struct Linked {
        qint64 member = 0;
        qint64 otherRoot = 0;
        QList<qint64> otherPerson; // every member of other's person before linking
    };
    // What unlinking changed.
    struct Unlinked {
        qint64 member = 0;
        qint64 root = 0;     // the person's root before unlinking
        qint64 nextRoot = 0; // when the member was the root: the follower that took over
    };

    // Links `other` (and everyone linked to it) to `member`'s person.
    static Result<Linked> link(const Database& db, qint64 member, qint64 other);
    // Restores the other person exactly as it was before link(), root included.
    static Status undoLink(const Database& db, const Linked& linked);

    // Takes `member` out of its person.
    static Result<Unlinked> unlink(const Database& db, qint64 member);
    // Puts the member back (as the root when it was the root).
    static Status undoUnlink(const Database& db, const Unlinked& unlinked);
};

} // namespace qundesk
