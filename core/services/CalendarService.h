// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/ContentItem.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace qundesk {

class Database;

// Which occurrences of a series an edit applies to.
enum class EditScope { ThisOne, ThisAndFollowing, All };

// An item with its exceptions, as stored: what an undo writes back.
struct CalendarItemState {
    ContentItem item;
    QList<ContentException> exceptions;
};

// What one change did: the items it changed or removed, as they were before, and the items it
// added. Undo writes `before` back and removes `created`.
struct CalendarChange {
    QList<CalendarItemState> before;
    QList<qint64> created;

    // Every item the change touched (changed, removed or added).
    QList<qint64> touchedIds() const;
};

// The content calendar's writes, each one transaction. Occurrences are named by their
// original start (Occurrence::originalStart, local wall-clock time); for a single item that is
// its start. Rules are checked through libical before anything is written.
class CalendarService {
    Q_DECLARE_TR_FUNCTIONS(CalendarService)

public:
    static Result<qint64> create(const Database& db, const ContentItem& item);
    // Replaces the whole item (a series with all its occurrences); exceptions whose occurrence
    // is no longer part of the rule are dropped, the others follow a change of the start.
    static Result<CalendarChange> update(const Database& db, const ContentItem& item);
    static Result<CalendarChange> remove(const Database& db, qint64 itemId);

    // Moves one occurrence (or, with a scope, it and those after it, or the whole series, by
    // the same shift) so that it starts at `newStart`.
    static Result<CalendarChange> moveOccurrence(const Database& db, qint64 itemId,
                                                 const QDateTime& originalStart,
                                                 const QDateTime& newStart,
                                                 EditScope scope = EditScope::ThisOne);
    // Marks one occurrence skipped (a single item: its status).
    static Result<CalendarChange> skipOccurrence(const Database& db, qint64 itemId,
                                                 const QDateTime& originalStart);
    // Removes one occurrence (skips it), it and the following ones (the series ends before
    // it), or the whole item.
    static Result<CalendarChange> removeOccurrence(const Database& db, qint64 itemId,
                                                   const QDateTime& originalStart, EditScope scope);
    // Applies `edited` (the item as the editor shows it for this occurrence: startsAt = where
    // the occurrence should start) to one occurrence, to it and the following ones (the series
    // is split: the old one ends before it, a new one with a new uid starts there), or to all.
    // A "this one" edit of what an occurrence cannot hold on its own (group, channel, content
    // line, owner, attachments) detaches it: a single item with the edit, the occurrence skipped.
    static Result<CalendarChange> editOccurrence(const Database& db, qint64 itemId,
                                                 const QDateTime& originalStart,
                                                 const ContentItem& edited, EditScope scope);

    // The stored states of `itemIds` (missing ones left out).
    static Result<QList<CalendarItemState>> states(const Database& db,
                                                   const QList<qint64>& itemIds);
    // Writes `states` back as they are (ids, uids, exceptions) and removes `removeIds`, in one
    // transaction: the undo and redo of a change.
    static Status writeBack(const Database& db, const QList<CalendarItemState>& states,
                            const QList<qint64>& removeIds);
};

} // namespace qundesk
