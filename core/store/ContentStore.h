// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/ContentItem.h"
#include "util/Result.h"

#include <QCoreApplication>
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

    Result<ContentItem> get(qint64 id) const;
    Result<std::optional<ContentItem>> findByUid(const QString& uid) const;
    // Items of `groupId` (0 = all groups) that may show between fromLocal and toLocal: single
    // items with start < to and start + duration > from (or starting at from), plus every series
    // (non-empty rrule) starting before `to`, for the caller to expand. Ordered by start.
    Result<QList<ContentItem>> listOverlapping(qint64 groupId, const QDateTime& fromLocal,
                                               const QDateTime& toLocal) const;

    // Moves (newStart valid) and/or re-statuses (status not empty) one occurrence of a series,
    // replacing an earlier exception of the same occurrence.
    Status setException(qint64 itemId, const QDateTime& originalStart, const QDateTime& newStart,
                        const QString& status);
    Status removeException(qint64 itemId, const QDateTime& originalStart);
    // Ordered by original start.
    Result<QList<ContentException>> exceptionsFor(qint64 itemId) const;

private:
    Status validate(const ContentItem& item) const;

    QSqlDatabase m_db;
};

} // namespace qundesk
