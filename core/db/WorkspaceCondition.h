// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <optional>

class QSqlError;

// A failed statement is often not the statement's fault: the workspace is in use by another
// program, read-only, on a full disk, or damaged. Such errors name the workspace and say what is
// wrong in words (never "Database error in INSERT…"), and are marked aboutWorkspace so an
// import does not blame the line of its file it was at.
namespace qundesk::workspacecondition {

// The worded error for a driver error that is about the workspace file, else nothing.
// `workspacePath` is the file the error names (empty: none, e.g. an in-memory workspace).
std::optional<Error> classify(const QSqlError& error, const QString& workspacePath);
// The same for one of SQLite's result codes (primary or extended).
std::optional<Error> classify(int sqliteCode, const QString& workspacePath);

// `error` placed at `file`:`line` (an import's row), unless it is about the workspace: that one
// keeps naming the workspace.
Error at(const Error& error, const QString& file, qint64 line);

} // namespace qundesk::workspacecondition
