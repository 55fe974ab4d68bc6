// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/ContentItem.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace qundesk {

class Database;

// The content calendar (tables content_items and content_exceptions). All times here are local
// wall-clock times of the workspace zone (see model/ContentItem.h); recurrence is expanded in
// core/calendar, not here.
class ContentStore {
    Q_DECLARE_TR_FUNCTIONS(ContentStore)

public:
    explicit ContentStore(const Database& db);

    Result<qint64> create(const ContentItem& item); // returns the new id; a UUID when uid is empty
    Status update(const ContentItem& item);         // an empty uid keeps the stored one
    Status remove(qint64 id);
    // Writes `item` back under its own id, uid and creation time, inserting it when it was
    // removed (the undo of a change): no cascade runs, touches keep pointing at it.
    Status restore(const ContentItem& item);

    Result<ContentItem> get(qint64 id) const;
    Result<std::optional<ContentItem>> findByUid(const QString& uid) const;
    // Items of `groupId` (0 = all groups) that may show between fromLocal and toLocal: single
    // items with start < to and start + duration > from (or starting at from), plus every series
    // (non-empty rrule) starting before `to`, for the caller to expand. Ordered by start.
    // An item of all groups (groupId 0) shows in every group's list.
    Result<QList<ContentItem>> listOverlapping(qint64 groupId, const QDateTime& fromLocal,
                                               const QDateTime& toLocal) const;
    // Every item of `groupId` (0 = every item), ordered by start.
    Result<QList<ContentItem>> listAll(qint64 groupId = 0) const;

    // Moves (newStart valid) and/or re-statuses (status not empty) one occurrence of a series,
    // replacing an earlier exception of the same occurrence.
    Status setException(qint64 itemId, const QDateTime& originalStart, const QDateTime& newStart,
                        const QString& status);
    // The same with every override of one occurrence (title, body, duration); exception.itemId
    // names the series.
    Status putException(const ContentException& exception);
    Status removeException(qint64 itemId, const QDateTime& originalStart);
    // Replaces all exceptions of `itemId` by `exceptions` (their itemId is ignored).
    Status replaceExceptions(qint64 itemId, const QList<ContentException>& exceptions);
    // Ordered by original start.
    Result<QList<ContentException>> exceptionsFor(qint64 itemId) const;
    // Exceptions of many series at once, by item id (for expanding a month).
    Result<QHash<qint64, QList<ContentException>>>
    exceptionsForItems(const QList<qint64>& itemIds) const;

private:
    Status validate(const ContentItem& item) const;

    QSqlDatabase m_db;
};

} // namespace qundesk
