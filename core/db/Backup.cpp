// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Backup.h"

#include "db/Database.h"
#include "db/Schema.h"
#include "db/Sql.h"
#include "util/LogCategories.h"
#include "util/Time.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>

#include <algorithm>

namespace qundesk {

namespace {

// Local wall-clock stamp used in file names; sorts in time order as text.
QString stamp() {
    return time::now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// A name that does not exist yet in the folder of `target`, for writing before the rename.
QString partialNameFor(const QString& target) {
    const QFileInfo info(target);
    QString candidate;
    do {
        candidate = info.dir().filePath(
            QStringLiteral(".%1.partial-%2")
                .arg(info.fileName(),
                     QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16,
                                              QLatin1Char('0'))));
    } while (QFileInfo::exists(candidate));
    return candidate;
}

// Fails unless `path` is a readable QunDesk workspace this build can open and passes SQLite's
// quick check. Opens read-only; the file is not changed.
Status verifyBackupFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Backup::tr("The backup file does not exist."), path, 0};
    if (info.size() == 0)
        return Error{Backup::tr("The backup file is empty."), path, 0};
    if (auto status = inspectWorkspaceFile(path); !status)
        return status;

    static QAtomicInteger<quint64> counter;
    const QString name =
        QStringLiteral("qundesk-restore-check-%1").arg(counter.fetchAndAddRelaxed(1));
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result =
                Error{Backup::tr("Cannot read the backup: %1").arg(db.lastError().text()), path, 0};
        } else {
            auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"), {}, 0);
            auto check = sql::scalar(db, QStringLiteral("PRAGMA quick_check"), {}, QString());
            if (!appId || appId->toLongLong() != schema::kApplicationId)
                result = Error{Backup::tr("This file is not a QunDesk workspace backup."), path, 0};
            else if (!check || check->toString() != QLatin1String("ok"))
                result =
                    Error{Backup::tr("The backup is damaged and cannot be restored."), path, 0};
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Renames `from` to `to` together with its -wal file (which may hold committed pages that a
// crash left there), and drops its -shm file (a cache SQLite rebuilds).
bool moveWithWal(const QString& from, const QString& to) {
    if (!QFile::rename(from, to))
        return false;
    // An empty -wal (left by a read-only connection) holds nothing and is dropped.
    const QString wal = from + QStringLiteral("-wal");
    if (QFileInfo(wal).size() > 0)
        QFile::rename(wal, to + QStringLiteral("-wal"));
    else
        QFile::remove(wal);
    QFile::remove(from + QStringLiteral("-shm"));
    return true;
}

QString baseNameOf(const Database& db) {
    const QString base = db.isInMemory() ? QString() : QFileInfo(db.path()).completeBaseName();
    return base.isEmpty() ? QStringLiteral("workspace") : base;
}

} // namespace

Status Backup::backupWorkspace(const Database& db, const QString& targetFile) {
    if (targetFile.isEmpty())
        return Error{tr("No backup file was given."), {}, 0};
    const QFileInfo target(targetFile);
    if (target.exists())
        return Error{tr("The file already exists; choose a new name so nothing is overwritten."),
                     targetFile, 0};
    if (!db.isInMemory() && target.absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return Error{tr("A workspace cannot be backed up onto itself."), targetFile, 0};
    if (!QDir().mkpath(target.absolutePath()))
        return Error{tr("Cannot create the folder %1.").arg(target.absolutePath()), targetFile, 0};

    const QString partial = partialNameFor(target.absoluteFilePath());
    auto vacuum = sql::exec(db.connection(), QStringLiteral("VACUUM INTO :target"),
                            {{QStringLiteral(":target"), partial}});
    if (!vacuum) {
        QFile::remove(partial);
        return Error{tr("Cannot write the backup: %1").arg(vacuum.error().message), targetFile, 0};
    }
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        QFile::remove(partial);
        return Error{tr("Cannot write the backup (the file could not be put in place)."),
                     targetFile, 0};
    }
    qCInfo(lcDb).noquote() << "backed up" << db.path() << "to" << targetFile;
    return {};
}

Status Backup::restoreWorkspace(const QString& backupFile, const QString& workspacePath) {
    if (auto status = verifyBackupFile(backupFile); !status)
        return status;
    const QFileInfo workspace(workspacePath);
    if (workspace.absoluteFilePath() == QFileInfo(backupFile).absoluteFilePath())
        return Error{tr("The backup is the workspace itself; nothing to restore."), backupFile, 0};
    if (!QDir().mkpath(workspace.absolutePath()))
        return Error{tr("Cannot create the folder %1.").arg(workspace.absolutePath()),
                     workspacePath, 0};

    // Copy first: until the final rename the current workspace is untouched.
    const QString target = workspace.absoluteFilePath();
    const QString partial = partialNameFor(target);
    if (!QFile::copy(backupFile, partial)) {
        QFile::remove(partial);
        return Error{tr("Cannot copy the backup next to the workspace."), workspacePath, 0};
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);

    QString kept;
    if (workspace.exists()) {
        const QString base = target + QStringLiteral(".before-restore-") + stamp();
        kept = base;
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = base + QStringLiteral("-%1").arg(n);
        if (!moveWithWal(target, kept)) {
            QFile::remove(partial);
            return Error{tr("Cannot set the current workspace aside (is it still open?)."),
                         workspacePath, 0};
        }
    }
    // Any -wal/-shm still here belongs to no file now; SQLite would apply it to the backup.
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        if (!kept.isEmpty())
            moveWithWal(kept, target);
        return Error{tr("Cannot put the backup in place; the workspace was left as it was."),
                     workspacePath, 0};
    }
    qCInfo(lcDb).noquote() << "restored" << workspacePath << "from" << backupFile
                           << (kept.isEmpty()
                                   ? QStringLiteral("(no file before)")
                                   : QStringLiteral("(the file before kept as %1)").arg(kept));
    return {};
}

QString Backup::rotatingFileName(const Database& db) {
    return QStringLiteral("%1-%2.qundesk").arg(baseNameOf(db), stamp());
}

Status Backup::rotateBackups(const Database& db, const QString& folder, int keep) {
    if (keep < 1)
        return Error{tr("At least one automatic backup must be kept."), {}, 0};
    const QDir dir(folder);
    if (!QDir().mkpath(dir.absolutePath()))
        return Error{tr("Cannot create the folder %1.").arg(dir.absolutePath()), folder, 0};

    // Two backups in the same second get "_02", "_03"… which still sort after the first.
    const QString first = rotatingFileName(db);
    QString name = first;
    for (int n = 2; dir.exists(name); ++n)
        name =
            QString(first).replace(QStringLiteral(".qundesk"),
                                   QStringLiteral("_%1.qundesk").arg(n, 2, 10, QLatin1Char('0')));
    if (auto status = backupWorkspace(db, dir.filePath(name)); !status)
        return status;

    // Only files of this naming scheme take part; anything else in the folder is left alone.
    const QRegularExpression scheme(QStringLiteral("^%1-\\d{8}-\\d{6}(_\\d{2,})?\\.qundesk$")
                                        .arg(QRegularExpression::escape(baseNameOf(db))));
    QStringList backups;
    const QStringList entries = dir.entryList(QDir::Files, QDir::Name);
    for (const QString& entry : entries) {
        if (scheme.match(entry).hasMatch())
            backups << entry;
    }
    std::sort(backups.begin(), backups.end()); // plain code-point order = time order
    for (qsizetype i = 0; i + keep < backups.size(); ++i) {
        if (!QFile::remove(dir.filePath(backups.at(i))))
            return Error{tr("Cannot remove the old backup."), dir.filePath(backups.at(i)), 0};
    }
    return {};
}

} // namespace qundesk
