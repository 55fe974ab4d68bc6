// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/ImportReport.h"
#include "model/ContentItem.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

namespace qundesk::calendar {

// One event of an .ics file as a content item: a series with its exceptions (EXDATE, and the
// VEVENTs with the same UID and a RECURRENCE-ID), times turned into wall-clock times of the
// workspace zone.
struct IcsEvent {
    ContentItem item;  // groupId left 0: the importer resolves groupName
    QString groupName; // X-QUNDESK-GROUP of a QunDesk file
    QList<ContentException> exceptions;
    qint64 line = 0; // the line of its BEGIN:VEVENT
};

struct IcsReadResult {
    QList<IcsEvent> events;
    ImportReport problems; // events skipped and why (skipped, errors), with their lines
};

// Reads the events of an .ics written by QunDesk or by a common calendar program (Google,
// Outlook, Apple/phone calendars): DTSTART with a TZID (IANA or Windows names, or the file's
// own VTIMEZONE), in UTC or floating; all-day events at 09:00 lasting 0 minutes; RRULE with
// an UNTIL in UTC turned into local time; EXDATE as skipped occurrences. QunDesk's
// X-QUNDESK-* fields give channel, line, status, group and owner; otherwise CATEGORIES may
// name a content line and STATUS gives draft, scheduled or skipped. A text that is not
// iCalendar fails as a whole.
class IcsReader {
    Q_DECLARE_TR_FUNCTIONS(IcsReader)

public:
    static Result<IcsReadResult> read(const QByteArray& text, const QTimeZone& workspaceZone);
};

} // namespace qundesk::calendar
