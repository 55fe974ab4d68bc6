// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/WorkspaceController.h"

#include "db/Database.h"
#include "db/WorkspacePaths.h"
#include "demo/DemoWorkspace.h"
#include "rules/DailyRefresh.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

namespace qundesk {

namespace {
const QString kLastKey = QStringLiteral("workspace/last");
const QString kRecentKey = QStringLiteral("workspace/recent");
} // namespace

WorkspaceController::WorkspaceController(QObject* parent)
    : QObject(parent)
    , m_dayTimer(new QTimer(this)) {
    // The day can turn while QunDesk stays open overnight; a look every few minutes is enough.
    m_dayTimer->setInterval(5 * 60 * 1000);
    connect(m_dayTimer, &QTimer::timeout, this, [this] {
        if (refreshForToday())
            emit dataChanged();
    });
    m_dayTimer->start();
}

WorkspaceController::~WorkspaceController() = default;

QString WorkspaceController::path() const {
    return m_db ? m_db->path() : QString();
}

Status WorkspaceController::open(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto opened = Database::open(absolute);
    if (!opened)
        return opened.error();
    m_db = std::move(opened).value();
    remember(absolute);
    // Pages drop the previous workspace first: the day's recompute may show progress, which
    // lets the window paint.
    emit workspaceChanged();
    if (refreshForToday())
        emit dataChanged();
    return {};
}

Status WorkspaceController::openDemo() {
    const QString path = demoWorkspacePath();
    if (QFileInfo::exists(path))
        return open(path);
    // QunDesk's own data folder is made on first use; Database::open never creates folders.
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{tr("Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                     path, 0};
    auto opened = Database::open(path);
    if (!opened)
        return opened.error();
    auto generated = DemoWorkspace::generate(*opened.value());
    if (!generated) {
        // Leave no half-made demo behind: the next start tries again from scratch.
        opened.value().reset();
        QFile::remove(path);
        return generated.error();
    }
    m_db = std::move(opened).value();
    remember(path);
    emit workspaceChanged();
    if (refreshForToday())
        emit dataChanged();
    return {};
}

Status WorkspaceController::openInitial() {
    const QString last = lastWorkspace();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return open(last);
    return openDemo();
}

void WorkspaceController::close() {
    if (!m_db)
        return;
    m_db.reset();
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

bool WorkspaceController::refreshForToday() {
    if (!m_db)
        return false;
    int last = -1;
    auto ran = dailyrefresh::run(*m_db, {}, [this, &last](int percent) {
        last = percent;
        emit refreshing(percent);
    });
    if (last >= 0 && last < 100)
        emit refreshing(100); // ended early (a failure): the progress ends all the same
    if (!ran) {
        emit warning(tr("Stages and fan levels could not be brought up to today: %1")
                         .arg(ran.error().message));
        return false;
    }
    return ran.value();
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
