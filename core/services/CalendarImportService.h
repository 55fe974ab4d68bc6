// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/ImportReport.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace qundesk {

class Database;

// What an .ics import did, with the keys of the CLI contract: imported, duplicates (events
// whose UID the workspace has already), skipped, errors [{line, reason}].
struct CalendarImportReport {
    int imported = 0;
    int duplicates = 0;
    int skipped = 0;
    QList<ImportReport::RowError> errors;

    QJsonObject toJson() const;
};

// Imports the events of an .ics file as content items, in one transaction (all events or
// none), idempotent by UID. `groupName` (may be empty) puts every event into that group;
// without it an event of a QunDesk file goes back to the group it names when the workspace
// has one of that name, any other event is planned for all groups.
class CalendarImportService {
    Q_DECLARE_TR_FUNCTIONS(CalendarImportService)

public:
    static Result<CalendarImportReport> importFile(const Database& db, const QString& path,
                                                   const QString& groupName = {});
};

} // namespace qundesk
