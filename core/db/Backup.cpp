// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Backup.h"

#include "db/Database.h"
#include "db/Schema.h"
#include "db/Sql.h"
#include "util/LogCategories.h"
#include "util/TargetPath.h"
#include "util/Time.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>

#include <algorithm>

namespace qundesk {

QString Backup::stamp() {
    return time::now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QString Backup::partialNameFor(const QString& target) {
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

void Backup::removeWithJournals(const QString& file) {
    QFile::remove(file);
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(file + QLatin1String(suffix));
}

namespace {

QString baseNameOf(const Database& db) {
    const QString base = db.isInMemory() ? QString() : QFileInfo(db.path()).completeBaseName();
    return base.isEmpty() ? QStringLiteral("workspace") : base;
}

} // namespace

Status Backup::backupWorkspace(const Database& db, const QString& targetFile) {
    if (targetFile.isEmpty())
        return Error{tr("No backup file was given."), {}, 0};
    // A new file in an existing folder, never the workspace or one of its files.
    auto target = TargetPath::forWriting(targetFile, db.isInMemory() ? QString() : db.path(),
                                         TargetPath::Existing::Refuse);
    if (!target)
        return target.error();

    // VACUUM INTO writes the copy under a temporary name (with its own rollback journal); a
    // failure removes both, so nothing half-written stays beside the target.
    const QString partial = partialNameFor(*target);
    const QSqlDatabase connection = db.connection();
    if (db.isReadOnly()) // query_only refuses VACUUM INTO, which reads the workspace only
        (void)sql::exec(connection, QStringLiteral("PRAGMA query_only = OFF"));
    auto vacuum = sql::exec(connection, QStringLiteral("VACUUM INTO :target"),
                            {{QStringLiteral(":target"), partial}});
    if (db.isReadOnly())
        (void)sql::exec(connection, QStringLiteral("PRAGMA query_only = ON"));
    if (!vacuum) {
        removeWithJournals(partial);
        return Error{tr("Cannot write the backup: %1").arg(vacuum.error().message), targetFile, 0};
    }
    if (!QFile::rename(partial, *target)) {
        removeWithJournals(partial);
        return Error{tr("Cannot write the backup (the file could not be put in place)."),
                     targetFile, 0};
    }
    qCInfo(lcDb).noquote() << "backed up" << db.path() << "to" << targetFile;
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
