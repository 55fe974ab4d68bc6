// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace qundesk {
class Database;
}

namespace qundesk::cli {

// Exit codes: 0 success, 1 the command failed, 2 the command line was wrong.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// What every command shares: the global options, the workspace (opened on first use) and the
// output rules of the CLI contract — with --json exactly one compact JSON object on stdout;
// a failure is one line on stderr.
class CliContext {
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(const QString& workspacePath, bool json); // made absolute
    ~CliContext();

    bool json() const { return m_json; }
    QString workspacePath() const { return m_workspacePath; }

    // How a command opens the workspace:
    // - ReadOnly: reports, lists and exports. An existing workspace of the current schema,
    //   read through PRAGMA query_only: never created, migrated or changed.
    // - Inspect: check and backup. ReadOnly that also reads an older schema, unmigrated.
    // - Write: an existing workspace, migrated, with the lock file held.
    // - CreateIfMissing: demo and import. Write, creating a new workspace file when there is
    //   none, in an existing folder (folders are never created).
    enum class Open { ReadOnly, Inspect, Write, CreateIfMissing };
    // The workspace, opened once; refused (file unchanged) when it is not a QunDesk workspace
    // this build can open in that mode.
    Result<Database*> database(Open mode);

    // The global --tz: days of this run are read in `zone` instead of the workspace's own.
    void setTimeZoneOverride(const QTimeZone& zone) { m_zoneOverride = zone; }
    bool hasTimeZoneOverride() const { return m_zoneOverride.has_value(); }
    // The workspace as reports read it: the workspace itself, or — with --tz naming another
    // zone than the stored one — a private copy of it whose days were rebuilt in that zone
    // (changeTimeZone), so every day, stage and report of the run follows --tz while the
    // workspace file stays untouched. The copy is removed when the run ends.
    Result<Database*> reportDatabase();
    // Closes the workspace connection (restore replaces the file underneath).
    void closeDatabase();

    // Prints the command's result: `json` with --json, else `text` (a trailing newline is added).
    void print(const QJsonObject& json, const QString& text);
    bool printed() const { return m_printed; }

    // A wrong command line found by the command itself (a malformed option value, a missing
    // required option): returns `error` and makes the exit code 2 instead of 1.
    Error usage(const Error& error);
    bool usageFailed() const { return m_usage; }

    // Reports a failure: one line on stderr ("file:line: message"); with --json and nothing
    // printed yet, also {"ok": false, "error": …} on stdout. Returns `exitCode`.
    int fail(const Error& error, int exitCode = kExitFailure);

private:
    QString m_workspacePath;
    bool m_json = false;
    bool m_printed = false;
    bool m_usage = false;
    std::unique_ptr<Database> m_db;
    std::optional<QTimeZone> m_zoneOverride;
    std::unique_ptr<QTemporaryDir> m_scratchDir;
    std::unique_ptr<Database> m_scratch;
};

// Writes UTF-8 text to stdout / stderr as is.
void writeOut(const QString& text);
void writeErr(const QString& text);

} // namespace qundesk::cli
