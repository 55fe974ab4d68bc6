// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/WorkspaceBusy.h"

#include <QAtomicInt>
#include <QSqlError>

namespace qundesk::busy {

namespace {
QAtomicInt g_processTimeoutMs = kDefaultTimeoutMs;

// SQLite's result codes (sqlite3.h); extended codes keep the primary code in the low byte.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
} // namespace

void setProcessTimeoutMs(int milliseconds) {
    g_processTimeoutMs.storeRelaxed(qMax(0, milliseconds));
}

int timeoutMs() {
    return timeoutMs(g_processTimeoutMs.loadRelaxed());
}

int timeoutMs(int wanted) {
    bool ok = false;
    const int fromEnv = qEnvironmentVariableIntValue(kTimeoutEnv, &ok);
    if (ok && fromEnv >= 0)
        return fromEnv;
    return qMax(0, wanted);
}

bool isBusy(const QSqlError& error) {
    if (error.type() == QSqlError::NoError)
        return false;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok) {
        const int primary = code & 0xff;
        return primary == kSqliteBusy || primary == kSqliteLocked;
    }
    return error.databaseText().contains(QLatin1String("database is locked")) ||
           error.databaseText().contains(QLatin1String("database table is locked"));
}

Error busyError(const QString& workspacePath) {
    Error error{QCoreApplication::translate("Workspace",
                                            "the workspace is busy — another program is writing "
                                            "to it; try again when it has finished"),
                workspacePath, 0};
    error.aboutWorkspace = true;
    return error;
}

} // namespace qundesk::busy
