// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "rules/MemberCondition.h"
#include "util/Result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace qundesk {

class Database;

// What the Members table filters by; empty / zero fields do not filter.
struct MemberListFilter {
    QString search;     // name, handle, nickname, phone or notes contain it (any case)
    qint64 groupId = 0; // currently in this group
    QString stage;      // lifecycle key
    qint64 tagId = 0;
    QString source;         // source channel key
    int silentAtLeast = -1; // silent days >= N
    bool neverPosted = false;
    std::optional<MemberFilterDefinition> segment;

    // Every choice but the search as one definition (the segment's conditions joined in, an
    // "any of" segment as a group): what the Members page saves as a segment, and what ids()
    // compiles.
    MemberFilterDefinition definition() const;
};

enum class MemberSort {
    Name,
    Stage,
    FanLevel,
    Tier,
    Source,
    LastMessage,
    LastTouch,
    Orders,
    Revenue,
    Silent
};

// One row of the Members table (and of member exports).
struct MemberListRow {
    qint64 id = 0;
    QString name;
    QString handles;  // platform handles, ", "-joined
    QString groups;   // current groups, ", "-joined
    QString stage;    // lifecycle key ("" before the first status computation)
    QString fanLevel; // fan level key
    QString tier;
    QString source;
    QString referrer;
    QString tags; // ", "-joined
    QDate lastMessage;
    QDateTime lastTouch;
    int orders = 0;
    qint64 revenueCents = 0;
    QDate silentSince; // the last message, or the join when never posted; invalid: unknown
    int messages = 0;
    QString city;
    QString phone;
    QString notes;
};

// Reads the Members table lazily: ids() returns the ordered ids of every matching member
// (cheap even for 100,000), rows() fetches the columns of one page of them.
class MemberListQuery {
public:
    // `limit` > 0: only the first that many (a picker's suggestions).
    static Result<QList<qint64>> ids(const Database& db, const MemberListFilter& filter,
                                     MemberSort sort = MemberSort::Name, bool ascending = true,
                                     const QDate& today = {}, int limit = 0);
    // Rows in the order of `ids`; ids no longer present are left out.
    static Result<QList<MemberListRow>> rows(const Database& db, const QList<qint64>& ids);
};

} // namespace qundesk
