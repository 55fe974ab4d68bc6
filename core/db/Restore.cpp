// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Backup::restoreWorkspace: a backup's content copied into the workspace file in place.
#include "db/Backup.h"
#include "db/Database.h"
#include "db/NativeSqlite.h"
#include "db/Schema.h"
#include "db/Sql.h"
#include "db/SqlCopy.h"
#include "db/WorkspaceLock.h"
#include "util/LogCategories.h"
#include "util/TargetPath.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#if QUNDESK_NATIVE_SQLITE
#include <sqlite3.h>
#endif

namespace qundesk {

namespace {

constexpr int kBusyWaitMs = 30000; // as long as the CLI waits for a busy workspace

// A named QSQLITE connection removed again when this goes out of scope.
class Connection {
public:
    Connection(const QString& path, const QString& options) {
        static QAtomicInteger<quint64> counter;
        m_name = QStringLiteral("qundesk-restore-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        const nativesqlite::OpenWitness witness; // so the C API may serve it
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~Connection() {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            nativesqlite::forget(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool isOpen() const { return m_open; }
    QString errorText() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// The -wal and -shm files SQLite creates beside a file it opens read-only and cannot remove on
// close: those this restore made are removed again, anything that was there before stays.
class CompanionCleanup {
public:
    explicit CompanionCleanup(const QString& file) {
        for (const char* suffix : {"-wal", "-shm"}) {
            const QString companion = file + QLatin1String(suffix);
            if (!QFileInfo::exists(companion))
                m_absent << companion;
        }
    }
    ~CompanionCleanup() {
        for (const QString& companion : std::as_const(m_absent)) {
            if (!companion.endsWith(QLatin1String("-wal")) || QFileInfo(companion).size() == 0)
                QFile::remove(companion);
        }
    }
    CompanionCleanup(const CompanionCleanup&) = delete;
    CompanionCleanup& operator=(const CompanionCleanup&) = delete;

private:
    QStringList m_absent;
};

// Fails unless `path` is a readable QunDesk workspace this build can open and passes SQLite's
// quick check. Opens read-only; the file is not changed.
Status verifyBackupFile(const QString& path) {
    if (auto status = TargetPath::forReading(path); !status)
        return status;
    if (QFileInfo(path).size() == 0)
        return Error{Backup::tr("The backup file is empty."), path, 0};
    if (auto status = inspectWorkspaceFile(path); !status)
        return status;
    const Connection backup(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!backup.isOpen())
        return Error{Backup::tr("Cannot read the backup: %1").arg(backup.errorText()), path, 0};
    auto appId = sql::scalar(backup.db(), QStringLiteral("PRAGMA application_id"), {}, 0);
    auto check = sql::scalar(backup.db(), QStringLiteral("PRAGMA quick_check"), {}, QString());
    if (!appId || appId->toLongLong() != schema::kApplicationId)
        return Error{Backup::tr("This file is not a QunDesk workspace backup."), path, 0};
    if (!check || check->toString() != QLatin1String("ok"))
        return Error{Backup::tr("The backup is damaged and cannot be restored."), path, 0};
    return {};
}

// A consistent copy of the workspace's content before the restore, through `workspace`'s
// connection; a damaged workspace that SQLite cannot read whole is copied byte for byte.
Status keepCopy(const QSqlDatabase& workspace, const QString& workspacePath, const QString& kept,
                const QString& partial) {
    auto vacuum = sql::exec(workspace, QStringLiteral("VACUUM INTO :target"),
                            {{QStringLiteral(":target"), partial}});
    if (!vacuum) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
        if (!QFile::copy(workspacePath, partial))
            return Error{Backup::tr("Cannot keep a copy of the current workspace: %1")
                             .arg(vacuum.error().message),
                         workspacePath, 0};
    }
    if (!QFile::rename(partial, kept)) {
        QFile::remove(partial);
        return Error{Backup::tr("Cannot keep a copy of the current workspace."), kept, 0};
    }
    return {};
}

#if QUNDESK_NATIVE_SQLITE
// Copies every page of `from` into `to` with SQLite's backup API: one write transaction on
// `to`, retried while another connection holds it busy (up to kBusyWaitMs).
Status copyPages(sqlite3* to, sqlite3* from, const QString& workspacePath) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (backup == nullptr)
        return Error{Backup::tr("Cannot restore into the workspace: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(to))),
                     workspacePath, 0};
    QElapsedTimer waited;
    waited.start();
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waited.elapsed() < kBusyWaitMs)
            sqlite3_sleep(100);
        else
            break;
    } while (true);
    sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE)
        return {};
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return Error{Backup::tr("The workspace is in use by another program (it stayed busy for "
                                "%1 seconds); nothing was restored.")
                         .arg(kBusyWaitMs / 1000),
                     workspacePath, 0};
    return Error{Backup::tr("Cannot restore into the workspace: %1")
                     .arg(QString::fromUtf8(sqlite3_errstr(rc))),
                 workspacePath, 0};
}
#endif

} // namespace

Status Backup::restoreWorkspace(const QString& backupFile, const QString& workspacePath) {
    const CompanionCleanup tidy(QFileInfo(backupFile).absoluteFilePath());
    if (auto status = verifyBackupFile(backupFile); !status)
        return status;
    if (TargetPath::sameFile(backupFile, workspacePath))
        return Error{tr("The backup is the workspace itself; nothing to restore."), backupFile, 0};
    // The workspace: a regular, writable file or a new name in an existing folder, never one of
    // the backup's own files; and when it exists, a QunDesk workspace (anything else stays).
    auto target = TargetPath::forWriting(workspacePath, backupFile);
    if (!target)
        return target.error();
    if (auto status = inspectWorkspaceFile(*target); !status)
        return status;
    auto lock = WorkspaceLock::acquire(*target);
    if (!lock)
        return lock.error();

    const Connection workspace(*target, QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyWaitMs));
    if (!workspace.isOpen())
        return Error{tr("Cannot open the workspace: %1").arg(workspace.errorText()), workspacePath,
                     0};
    const Connection backup(QFileInfo(backupFile).absoluteFilePath(),
                            QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!backup.isOpen())
        return Error{tr("Cannot read the backup: %1").arg(backup.errorText()), backupFile, 0};

    QString kept;
    if (QFileInfo(*target).size() > 0) {
        const QString base = *target + QStringLiteral(".before-restore-") + stamp();
        kept = base;
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = base + QStringLiteral("-%1").arg(n);
        if (auto status = keepCopy(workspace.db(), *target, kept, partialNameFor(kept)); !status)
            return status;
    }
    // SQLite's backup API where its C API serves Qt's connections, else the same in SQL.
    Status copied;
    bool native = false;
#if QUNDESK_NATIVE_SQLITE
    sqlite3* to = nativesqlite::handle(workspace.db());
    sqlite3* from = nativesqlite::handle(backup.db());
    native = to != nullptr && from != nullptr;
    if (native)
        copied = copyPages(to, from, workspacePath);
#endif
    if (!native) {
        copied = sqlcopy::replaceContent(workspace.db(), QFileInfo(backupFile).absoluteFilePath());
        if (!copied)
            copied = Error{tr("Cannot restore into the workspace; it was left as it was: %1")
                               .arg(copied.error().message),
                           workspacePath, 0};
    }
    if (!copied) {
        if (!kept.isEmpty())
            QFile::remove(kept); // the workspace is unchanged: its copy is not needed
        return copied;
    }
    qCInfo(lcDb).noquote() << "restored" << workspacePath << "from" << backupFile
                           << (kept.isEmpty()
                                   ? QStringLiteral("(no content before)")
                                   : QStringLiteral("(the content before kept as %1)").arg(kept));
    return {};
}

} // namespace qundesk
