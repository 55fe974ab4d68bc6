// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QLoggingCategory>

// Every logging area of QunDesk, one category each, so a user can send a log and a developer can
// turn one area up with QT_LOGGING_RULES (e.g. "qundesk.import.debug=true"). Debug messages are
// off by default; info, warnings and errors are on.
namespace qundesk {

Q_DECLARE_LOGGING_CATEGORY(lcDb)     // qundesk.db: opening, migrating, backup and restore
Q_DECLARE_LOGGING_CATEGORY(lcImport) // qundesk.import: imports and their outcome
Q_DECLARE_LOGGING_CATEGORY(lcRules)  // qundesk.rules: tag rules, stages, the daily refresh
Q_DECLARE_LOGGING_CATEGORY(lcUi)     // qundesk.ui: the window and what it shows the user
Q_DECLARE_LOGGING_CATEGORY(lcCli)    // qundesk.cli: qundesk-cli's commands
Q_DECLARE_LOGGING_CATEGORY(lcPerf)   // qundesk.perf: how long dashboards and pages take

} // namespace qundesk
