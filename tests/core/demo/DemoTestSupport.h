// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "db/Database.h"
#include "demo/DemoWorkspace.h"

#include <QDate>
#include <QStringList>

namespace qundesk::test {

// The fixed day every demo test generates up to, so results never depend on the clock.
inline QDate demoToday() {
    return QDate(2026, 6, 20);
}

inline DemoOptions demoOptions(quint32 seed = 20260618) {
    DemoOptions options;
    options.seed = seed;
    options.today = demoToday();
    return options;
}

// Every user table of the workspace, in name order.
QStringList userTables(const Database& db);
// A text dump of `table`, rows in rowid order, one line per row, columns separated by \t.
QString dumpTable(const Database& db, const QString& table);
// Runs a one-value query; the test fails when it cannot run.
qint64 count(const Database& db, const QString& statement);

} // namespace qundesk::test
