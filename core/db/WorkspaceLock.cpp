// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/WorkspaceLock.h"

#include "util/LogCategories.h"

#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>

namespace qundesk {

namespace {

struct Held {
    std::shared_ptr<QLockFile> file; // QHash needs copyable values
    int users = 0;
};

QMutex s_mutex;
QHash<QString, Held>& heldLocks() {
    static QHash<QString, Held> locks;
    return locks;
}

// One key per file, however it is named: symbolic links resolved where the file exists.
QString keyFor(const QString& workspace) {
    const QFileInfo info(workspace);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

WorkspaceLock::WorkspaceLock(QString key)
    : m_key(std::move(key)) {}

WorkspaceLock::~WorkspaceLock() {
    const QMutexLocker locker(&s_mutex);
    auto it = heldLocks().find(m_key);
    if (it != heldLocks().end() && --it->users == 0)
        heldLocks().erase(it); // QLockFile's destructor unlocks and removes the file
}

QString WorkspaceLock::lockFilePath(const QString& workspace) {
    return keyFor(workspace) + QStringLiteral(".lock");
}

Result<std::unique_ptr<WorkspaceLock>> WorkspaceLock::acquire(const QString& workspace) {
    const QString key = keyFor(workspace);
    const QMutexLocker locker(&s_mutex);
    Held& held = heldLocks()[key];
    if (!held.file) {
        auto file = std::make_shared<QLockFile>(key + QStringLiteral(".lock"));
        // Never stale by age: only a lock whose process is gone is taken over.
        file->setStaleLockTime(0);
        if (!file->tryLock(0)) {
            const QLockFile::LockError why = file->error();
            heldLocks().remove(key);
            if (why == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host;
                QString app;
                file->getLockInfo(&pid, &host, &app);
                qCInfo(lcDb).noquote() << "workspace" << workspace << "is locked by" << app << "pid"
                                       << pid << "on" << host;
                return Error{tr("The workspace is in use by another program (%1, process %2); "
                                "close it there and try again.")
                                 .arg(app.isEmpty() ? tr("unknown") : app)
                                 .arg(pid),
                             workspace, 0};
            }
            return Error{tr("Cannot write the lock file %1 beside the workspace (is the folder "
                            "read-only?).")
                             .arg(key + QStringLiteral(".lock")),
                         workspace, 0};
        }
        held.file = std::move(file);
    }
    ++held.users;
    return std::unique_ptr<WorkspaceLock>(new WorkspaceLock(key));
}

bool WorkspaceLock::heldElsewhere(const QString& workspace) {
    const QString key = keyFor(workspace);
    {
        const QMutexLocker locker(&s_mutex);
        if (heldLocks().contains(key))
            return false;
    }
    QLockFile probe(key + QStringLiteral(".lock"));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

} // namespace qundesk
