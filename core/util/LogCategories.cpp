// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/LogCategories.h"

namespace qundesk {

Q_LOGGING_CATEGORY(lcDb, "qundesk.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "qundesk.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRules, "qundesk.rules", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "qundesk.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "qundesk.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPerf, "qundesk.perf", QtInfoMsg)

} // namespace qundesk
