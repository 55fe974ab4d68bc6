// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QList>
#include <QString>

namespace qundesk {

// One SQL statement a dashboard or the member status runs, with a name for messages.
struct NamedStatement {
    QString name; // "group health 3", "summary 2", …
    QString text;
};

// Every statement the window's dashboards and reports read (group health, the summary, the
// member report and lifecycle counts, the Analytics page's series) and the member status read
// of a few members (what an edit triggers). Each must read `messages` and
// `member_day_activity` through an index range, never a full scan: a test runs EXPLAIN QUERY
// PLAN over them. (The daily status pass over
// every member reads all activity by design, once a day, off the GUI thread.)
QList<NamedStatement> dashboardStatements();

} // namespace qundesk
