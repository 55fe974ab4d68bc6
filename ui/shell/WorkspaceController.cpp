// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/WorkspaceController.h"

#include "db/Database.h"
#include "db/WorkspaceBusy.h"
#include "db/WorkspacePaths.h"
#include "jobs/WorkspaceJobs.h"
#include "shell/JobRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

namespace qundesk {

namespace {
const QString kLastKey = QStringLiteral("workspace/last");
const QString kRecentKey = QStringLiteral("workspace/recent");

// The window's own connection waits only briefly for another program's write lock, so the
// GUI thread never hangs on it; its writes then fail with the workspace-busy message.
void useWindowBusyTimeout(const Database& db) {
    (void)db.setBusyTimeout(busy::timeoutMs(busy::kWindowTimeoutMs));
}
} // namespace

WorkspaceController::WorkspaceController(QObject* parent)
    : QObject(parent)
    , m_jobs(new JobRunner(this))
    , m_dayTimer(new QTimer(this)) {
    // A job that changed the workspace on its own connection: pages read again.
    connect(m_jobs, &JobRunner::dataWritten, this, &WorkspaceController::dataChanged);
    // The day can turn while QunDesk stays open overnight; a look every few minutes is enough.
    m_dayTimer->setInterval(5 * 60 * 1000);
    connect(m_dayTimer, &QTimer::timeout, this, &WorkspaceController::refreshForToday);
    m_dayTimer->start();
}

WorkspaceController::~WorkspaceController() {
    // Jobs end (cancelled when they can be) before the workspace connection closes.
    delete m_jobs;
}

QString WorkspaceController::path() const {
    return m_db ? m_db->path() : QString();
}

Status WorkspaceController::open(const QString& path, bool rememberIt) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto opened = Database::open(absolute);
    if (!opened)
        return opened.error();
    m_db = std::move(opened).value();
    useWindowBusyTimeout(*m_db);
    m_jobs->setWorkspacePath(m_db->path());
    if (rememberIt)
        remember(absolute);
    emit workspaceChanged();
    checkForDamage();
    refreshForToday();
    return {};
}

void WorkspaceController::checkForDamage() {
    auto report = std::make_shared<DamageReport>();
    const QString checked = m_db->path();
    m_jobs->run(WorkspaceJobs::checkDamage(report), this,
                [this, report, checked](const JobResult& result) {
                    // Only for the workspace still open: another may have replaced it meanwhile.
                    if (result.ok() && report->damaged() && path() == checked)
                        emit damaged(*report);
                });
}

void WorkspaceController::openDemo(Opened opened) {
    const QString path = demoWorkspacePath();
    if (QFileInfo::exists(path)) {
        const Status status = open(path);
        if (opened)
            opened(status);
        return;
    }
    // QunDesk's own data folder is made on first use; Database::open never creates folders.
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (opened)
            opened(Error{tr("Cannot create the folder %1.")
                             .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                         path, 0});
        return;
    }
    m_jobs->run(WorkspaceJobs::createDemo(path, {}, nullptr), this,
                [this, path, opened](const JobResult& result) {
                    if (result.cancelled)
                        return;
                    const Status status = result.ok() ? open(path) : result.status;
                    if (opened)
                        opened(status);
                });
}

void WorkspaceController::openInitial(Opened opened) {
    const QString last = lastWorkspace();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        const Status status = open(last);
        if (opened)
            opened(status);
        return;
    }
    openDemo(std::move(opened));
}

void WorkspaceController::close() {
    if (!m_db)
        return;
    m_db.reset();
    m_jobs->setWorkspacePath({});
    emit workspaceChanged();
}

QStringList WorkspaceController::recentWorkspaces() const {
    return QSettings().value(kRecentKey).toStringList();
}

QString WorkspaceController::lastWorkspace() {
    return QSettings().value(kLastKey).toString();
}

void WorkspaceController::notifyDataChanged() {
    emit dataChanged();
}

void WorkspaceController::refreshForToday() {
    if (!m_db)
        return;
    m_jobs->run(WorkspaceJobs::dailyRefresh({}, nullptr), this, [this](const JobResult& result) {
        if (!result.ok())
            emit warning(tr("Stages and fan levels could not be brought up to today: %1")
                             .arg(result.status.error().message));
    });
}

void WorkspaceController::remember(const QString& path) {
    QSettings settings;
    settings.setValue(kLastKey, path);
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    emit recentWorkspacesChanged();
}

} // namespace qundesk
