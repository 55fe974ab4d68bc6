// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "services/CalendarService.h"

// Shared by CalendarService's files (not a public API).
namespace qundesk {
class ContentStore;
namespace calendarSeries {

// An item and its exceptions.
Result<CalendarItemState> load(const ContentStore& store, qint64 itemId);
// `exceptions` with their original starts shifted by `shiftSecs`, keeping those that are
// still starts of `rrule` from `dtstart`.
QList<ContentException> shiftExceptions(const QList<ContentException>& exceptions,
                                        const QString& rrule, const QDateTime& dtstart,
                                        qint64 shiftSecs);

} // namespace calendarSeries
} // namespace qundesk
