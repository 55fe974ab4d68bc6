// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "model/Message.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace qundesk {

class Database;

// Imported chat messages, their per member-day aggregate (member_day_activity) and the log of
// imported files (imports).
//
// Transactions: addMessages() and recordImport() open none. An import wraps its whole run in one
// Transaction (all or nothing, and fast: SQLite syncs once per commit); called outside a
// transaction each row commits on its own, which is correct but slow. rebuildDailyActivity()
// opens its own transaction and so must not be called inside one.
class ActivityStore {
    Q_DECLARE_TR_FUNCTIONS(ActivityStore)

public:
    explicit ActivityStore(const Database& db);

    // Stores `messages` into `groupId` (their own groupId is ignored), tagged with `importId`
    // (0 = none). A message whose (group, sourceId) is already stored is counted as a duplicate
    // and changes nothing. Each message's day is its sentAt's day in the workspace's time zone
    // (time::localDay), derived here and nowhere else. member_day_activity grows by the
    // inserted rows of known members.
    // One prepared statement serves every row: call it with chunks of a few thousand messages.
    Result<AddMessagesResult> addMessages(qint64 groupId, const QList<Message>& messages,
                                          qint64 importId = 0);

    // Recomputes member_day_activity of `groupId` from its messages.
    Status rebuildDailyActivity(qint64 groupId);

    // Messages of `groupId` on the workspace days from..to, both included.
    Result<qint64> messageCount(qint64 groupId, const QDate& from, const QDate& to) const;
    // The member's last message in `groupId` (0 = any group); invalid when they never posted.
    Result<QDateTime> lastMessageAt(qint64 memberId, qint64 groupId = 0) const;

    // Logs an imported file and returns its id (kind: chat, members or orders).
    Result<qint64> recordImport(const QString& kind, const QString& format, const QString& fileName,
                                const QString& sha256, qint64 groupId, const QString& reportJson);
    // Replaces the report of an import once it is known (at the end of the run).
    Status setImportReport(qint64 importId, const QString& reportJson);
    // The imported file's SHA-256 (hex), when it is known only once the file has been read.
    Status setImportFileDigest(qint64 importId, const QString& sha256);
    // The latest import of a file with this digest, if any.
    Result<std::optional<ImportRecord>> findImportBySha256(const QString& sha256) const;
    // The latest imports, newest first.
    Result<QList<ImportRecord>> listImports(int limit = 50) const;

private:
    const Database* m_database;
    QSqlDatabase m_db;
};

} // namespace qundesk
