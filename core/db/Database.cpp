// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Database.h"

#include "db/NativeSqlite.h"
#include "db/Schema.h"
#include "db/Sql.h"
#include "db/WorkspaceBusy.h"
#include "db/WorkspaceLock.h"
#include "rules/ActivityAggregates.h"
#include "store/SettingsStore.h"
#include "util/LogCategories.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace qundesk {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("qundesk-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

struct FileFacts {
    qint64 applicationId = 0;
    int userVersion = 0;
    int objectCount = 0;
};

// Reads the header fields through a read-only connection that is closed again at once.
Result<FileFacts> readFacts(const QString& path) {
    const QString name = nextConnectionName();
    Result<FileFacts> result = FileFacts{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Error{Database::tr("Cannot read the workspace: %1").arg(db.lastError().text()),
                           path, 0};
        } else {
            FileFacts facts;
            auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"), {}, 0);
            auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"), {}, 0);
            auto objects =
                sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"), {}, 0);
            if (!appId || !version || !objects) {
                result = Error{Database::tr("This file is not a QunDesk workspace (it is not a "
                                            "readable SQLite database)."),
                               path, 0};
            } else {
                facts.applicationId = appId->toLongLong();
                facts.userVersion = version->toInt();
                facts.objectCount = objects->toInt();
                result = facts;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Status inspectWorkspaceFile(const QString& path) {
    QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return {};
    if (info.isDir())
        return Error{Database::tr("This is a folder, not a QunDesk workspace file."), path, 0};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Database::tr("Cannot read the file: %1").arg(file.errorString()), path, 0};
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArrayLiteral("SQLite format 3\0"))
        return Error{Database::tr("This file is not a QunDesk workspace (it is not an SQLite "
                                  "database)."),
                     path, 0};
    auto facts = readFacts(path);
    if (!facts)
        return facts.error();
    const bool ours = facts->applicationId == schema::kApplicationId;
    if (!ours && (facts->applicationId != 0 || facts->objectCount > 0 || facts->userVersion > 0))
        return Error{Database::tr("This SQLite file belongs to another program, not QunDesk; it "
                                  "was left unchanged."),
                     path, 0};
    if (ours && facts->userVersion > schema::kCurrentVersion)
        return Error{Database::tr("This workspace was written by a newer QunDesk (schema version "
                                  "%1; this program reads up to %2). Update QunDesk to open it; "
                                  "the file was left unchanged.")
                         .arg(facts->userVersion)
                         .arg(schema::kCurrentVersion),
                     path, 0};
    return {};
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        nativesqlite::forget(db);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Access access) {
    if (auto status = inspectWorkspaceFile(path); !status)
        return status.error();
    const QFileInfo info(path);
    const bool readOnly = access != Access::ReadWrite;
    if (readOnly && !info.exists())
        return Error{tr("There is no workspace here yet."), path, 0};
    if (readOnly && info.size() == 0)
        return Error{tr("This file is empty: it is not a QunDesk workspace yet, and it was left "
                        "unchanged."),
                     path, 0};
    if (!info.exists() && !QFileInfo(info.absolutePath()).isDir())
        return Error{
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())),
            path, 0};

    // The lock says "open for writing here" to a restore in another process; a workspace that
    // another process holds is still opened (SQLite serialises the writes).
    std::unique_ptr<WorkspaceLock> lock;
    if (!readOnly) {
        auto acquired = WorkspaceLock::acquire(info.absoluteFilePath());
        if (acquired)
            lock = std::move(acquired).value();
        else
            qCDebug(lcDb).noquote() << "opening without the lock:" << acquired.error().message;
    }
    auto database = connect(info.absoluteFilePath(), readOnly ? Setup::ReadOnly : Setup::Migrate);
    if (database && access == Access::ReadOnly &&
        (*database)->schemaVersion() < schema::kCurrentVersion)
        database = Error{tr("This workspace was written by an older QunDesk (schema version %1) "
                            "and must be brought up to date before it can be read; open it once "
                            "in QunDesk or with a command that writes. It was left unchanged.")
                             .arg((*database)->schemaVersion()),
                         path, 0};
    if (database) {
        (*database)->m_lock = std::move(lock);
        qCDebug(lcDb).noquote() << "opened" << path << "schema" << (*database)->schemaVersion()
                                << (readOnly ? "read-only" : "");
    } else {
        qCDebug(lcDb).noquote() << "cannot open" << path << database.error().message;
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::openInMemory() {
    return connect({}, Setup::Migrate);
}

Result<std::unique_ptr<Database>> Database::openAnother() const {
    if (isInMemory())
        return Error{tr("An in-memory workspace cannot be shared between connections."), {}, 0};
    return connect(m_path, m_readOnly ? Setup::ReadOnly : Setup::None);
}

Result<std::unique_ptr<Database>> Database::openAnother(const QString& path) {
    if (path.isEmpty())
        return Error{tr("An in-memory workspace cannot be shared between connections."), {}, 0};
    if (!QFileInfo::exists(path))
        return Error{tr("The workspace file no longer exists."), path, 0};
    return connect(path, Setup::None);
}

Result<std::unique_ptr<Database>> Database::connect(const QString& path, Setup setup) {
    std::unique_ptr<Database> database(new Database(path, nextConnectionName()));
    database->m_readOnly = setup == Setup::ReadOnly;
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    const QString busyTimeout = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busy::timeoutMs());
    db.setConnectOptions(busyTimeout);
    bool opened = false;
    {
        const nativesqlite::OpenWitness witness; // so bulk writes may use SQLite's C API
        opened = db.open();
    }
    if (!opened)
        return Error{tr("Cannot open the workspace: %1").arg(db.lastError().text()), path, 0};

    // Reads go through a memory map of up to 256 MiB (the operating system's page cache, shared
    // with nothing else): filtering 100,000 members in name order then costs no system call
    // per page. Writes still go through SQLite's own cache and the write-ahead log.
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA mmap_size = 268435456"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
    };
    for (const QString& pragma : pragmas) {
        if (auto r = sql::exec(db, pragma); !r)
            return Error{r.error().message, path, 0};
    }
    if (database->m_readOnly) {
        // Opened for writing so that SQLite, as the last connection, still tidies the -wal and
        // -shm files away on close; query_only refuses every statement that would write.
        if (auto r = sql::exec(db, QStringLiteral("PRAGMA query_only = ON")); !r)
            return Error{r.error().message, path, 0};
        auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"), {}, 0);
        if (!appId)
            return Error{appId.error().message, path, 0};
        if (appId->toLongLong() != schema::kApplicationId)
            return Error{tr("This SQLite file is not a QunDesk workspace yet; it was left "
                            "unchanged."),
                         path, 0};
        return database;
    }
    if (!path.isEmpty()) {
        // WAL is persistent in the file; a read-only medium answers with the old mode.
        if (auto r = sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL")); !r)
            return Error{tr("Cannot write to the workspace (is the disk read-only?): %1")
                             .arg(r.error().message),
                         path, 0};
    }
    if (setup == Setup::Migrate) {
        // From its first write-open on, a workspace keeps its own time zone: stored in the
        // migration's transaction, so a crash never leaves a migrated workspace without it.
        // The hour aggregates of schema 9 need that zone (SQL does not know zones).
        const int from = database->schemaVersion();
        const auto storeZone = [&database, from]() -> Status {
            if (auto s = SettingsStore(*database).storeMachineZoneIfUnset(); !s)
                return s;
            if (from > 0 && from < 9)
                return activityaggregates::rebuild(database->connection(),
                                                   SettingsStore(*database).timeZone());
            return {};
        };
        if (auto status = schema::migrate(db, from, storeZone); !status)
            return Error{tr("Cannot prepare the workspace: %1").arg(status.error().message), path,
                         0};
    }
    return database;
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const {
    auto version = sql::scalar(connection(), QStringLiteral("PRAGMA user_version"), {}, 0);
    return version ? version->toInt() : -1;
}

Status Database::setBusyTimeout(int milliseconds) const {
    auto set = sql::exec(connection(),
                         QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(0, milliseconds)));
    if (!set)
        return set.error();
    return {};
}

Status Database::checkIntegrity() const {
    QStringList problems;
    auto integrity = sql::exec(connection(), QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    auto foreignKeys = sql::exec(connection(), QStringLiteral("PRAGMA foreign_key_check"));
    // A damaged table stops the reference check; what the integrity check found says more.
    if (!foreignKeys && problems.isEmpty())
        return foreignKeys.error();
    while (foreignKeys && foreignKeys->next())
        problems << tr("Broken reference in table %1, row %2 (to %3).")
                        .arg(foreignKeys->value(0).toString(), foreignKeys->value(1).toString(),
                             foreignKeys->value(2).toString());
    if (!problems.isEmpty())
        return Error{problems.join(QLatin1Char('\n')), m_path, 0};
    return {};
}

} // namespace qundesk
