// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QByteArray>
#include <QString>

namespace qundesk::crash {

// What a workspace file holds, read the way the next QunDesk run would find it (a plain SQLite
// connection: a hot write-ahead log or journal is recovered first; no migration is run).
struct WorkspaceState {
    bool exists = false;
    QString integrity; // PRAGMA integrity_check's verdict ("ok" when whole)
    int schemaVersion = -1;
    // SHA-256 over the schema version, every table's definition and every row of every table
    // (rows in a canonical order): two files with the same digest hold the same data.
    QByteArray digest;
    qint64 rows = 0;
    QString error; // why the file could not be read
};

WorkspaceState readWorkspaceState(const QString& path);

// Copies a workspace file with its -wal file when it has one (no -shm: SQLite rebuilds it).
bool copyWorkspace(const QString& from, const QString& to);

// Writes a workspace of schema version 2 (the first steps only) holding `members` members with
// identities, memberships, tags, statuses and daily activity, for the migration's crash test.
QString writeOldWorkspace(const QString& path, int members);

} // namespace qundesk::crash
