// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "store/MemberSnapshot.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace qundesk {

class Database;

// Giving tags to members by hand and taking them away, for one member or many. Each call is
// one transaction (the members' status and rule tags refreshed with it) and returns what its
// undo needs.
class MemberTagService {
    Q_DECLARE_TR_FUNCTIONS(MemberTagService)

public:
    struct Tagged {
        QList<qint64> memberIds; // the members asked for
        qint64 tagId = 0;
        bool createdTag = false; // the tag was made for this (undo deletes it again)
        QList<qint64> added;     // members who did not carry the tag before
    };
    struct Untagged {
        QList<qint64> memberIds;
        qint64 tagId = 0;
        MemberTagRows removed; // the assignments taken away, with origin and time
    };

    // Tags the members with `tagName` by hand, creating the tag when there is none of that name.
    static Result<Tagged> tagByName(const Database& db, const QList<qint64>& memberIds,
                                    const QString& tagName);
    static Result<Tagged> tag(const Database& db, const QList<qint64>& memberIds, qint64 tagId);
    // Takes the tag away whatever its origin; a name that is no tag is an error.
    static Result<Untagged> untagByName(const Database& db, const QList<qint64>& memberIds,
                                        const QString& tagName);
    static Result<Untagged> untag(const Database& db, const QList<qint64>& memberIds, qint64 tagId);

    // Undo: a tag made by tagging goes again; else only the assignments it added.
    static Status undoTag(const Database& db, const Tagged& tagged);
    // Undo: the assignments come back with the origin and time they had.
    static Status undoUntag(const Database& db, const Untagged& untagged);
};

} // namespace qundesk
