// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

// One writer at a time: a write transaction takes the workspace's write lock when it begins
// (BEGIN IMMEDIATE) and waits up to the busy timeout for another program to finish writing.
// When that time passes the error names the workspace in words, never as a raw SQL error.
namespace qundesk::busy {

// How long a connection waits for the write lock, in milliseconds.
inline constexpr int kDefaultTimeoutMs = 5000; // core callers, tests
inline constexpr int kWindowTimeoutMs = 250;   // the window: the GUI thread never waits long
inline constexpr int kCliTimeoutMs = 30000;    // qundesk-cli: scripts may wait for an import
// The environment variable that overrides every one of them (a number of milliseconds).
inline constexpr char kTimeoutEnv[] = "QUNDESK_BUSY_TIMEOUT_MS";

// The timeout connections opened from now on use in this process (the window and the CLI set
// theirs at start); kDefaultTimeoutMs until set.
void setProcessTimeoutMs(int milliseconds);
// The timeout in force: QUNDESK_BUSY_TIMEOUT_MS when it holds a number ≥ 0, else the process's
// (or `wanted`, for one connection that waits less or more than the others).
int timeoutMs();
int timeoutMs(int wanted);

// Whether a driver error is SQLite's "database is locked" (SQLITE_BUSY or SQLITE_LOCKED).
bool isBusy(const QSqlError& error);

// "<file>: the workspace is busy — another program is writing to it; try again when it has
// finished".
Error busyError(const QString& workspacePath);

} // namespace qundesk::busy
