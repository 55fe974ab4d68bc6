// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QString>

namespace qundesk {

// The workspace opened when no other is chosen: "workspace.qundesk" in the user's
// application-data folder (QStandardPaths::AppDataLocation; test mode in tests).
QString defaultWorkspacePath();

// The demo workspace used by first runs and trainers: "demo.qundesk" in the same folder.
QString demoWorkspacePath();

} // namespace qundesk
