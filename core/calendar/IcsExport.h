// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "services/CalendarService.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QTimeZone>

namespace qundesk {
class Database;
}

namespace qundesk::calendar {

// Which items an export writes.
struct IcsExportOptions {
    qint64 groupId = 0; // 0 = every item; else the group's and the all-groups items
    QDate from;         // with `to`: only items with an occurrence on from <= day <= to
    QDate to;           // (a series is written whole, with its rule)
};

// iCalendar (RFC 5545) export of the content calendar: one VEVENT per item with its stable
// UID, DTSTART/DTEND in the workspace zone (TZID + a VTIMEZONE of that zone), RRULE with its
// UNTIL in UTC, EXDATE for skipped occurrences and a VEVENT with RECURRENCE-ID for each moved
// or edited one. QunDesk's own fields travel as X-QUNDESK-* properties so an import restores
// them; a phone or desktop calendar reads the rest.
class IcsExport {
    Q_DECLARE_TR_FUNCTIONS(IcsExport)

public:
    // The .ics text of `items` (group names by id; `stamp` is DTSTAMP).
    static QByteArray toIcs(const QList<CalendarItemState>& items,
                            const QHash<qint64, QString>& groupNames, const QTimeZone& zone,
                            const QDateTime& stamp);

    // The items the options select, with their exceptions.
    static Result<QList<CalendarItemState>> select(const Database& db,
                                                   const IcsExportOptions& options);

    // Writes the selection to `path` (checked by TargetPath, written through QSaveFile);
    // returns the number of items written.
    static Result<int> write(const Database& db, const IcsExportOptions& options,
                             const QString& path);
};

} // namespace qundesk::calendar
