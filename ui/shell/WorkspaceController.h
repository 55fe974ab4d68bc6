// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "db/DamageCheck.h"
#include "util/Result.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

QT_FORWARD_DECLARE_CLASS(QTimer)

namespace qundesk {

class Database;
class JobRunner;

// Owns the open workspace of the window and the job runner that does its long work off the GUI
// thread. Opening another one replaces the current only when it succeeds, so a failed open
// leaves the window working on what it had. Remembers the last and the recently opened
// workspaces in QSettings.
class WorkspaceController final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxRecent = 8;

    explicit WorkspaceController(QObject* parent = nullptr);
    ~WorkspaceController() override;

    using Opened = std::function<void(const Status&)>;

    Database* database() const { return m_db.get(); }
    QString path() const;
    // The window's background jobs; its workspace path follows the open workspace.
    JobRunner& jobs() const { return *m_jobs; }

    // Opens `path` at once (the day's refresh then runs as a job). A workspace opened with
    // `remember` false (the trainer's throwaway copy) stays out of the recent list.
    Status open(const QString& path, bool remember = true);
    // The demo workspace. When its file does not exist yet it is generated first by a job;
    // `opened` hears how the open ended (not at all when the user cancelled the generation).
    void openDemo(Opened opened = {});
    // The workspace opened last, or the demo on a first run.
    void openInitial(Opened opened = {});
    // Closes the workspace (e.g. before restoring a backup over its file).
    void close();

    QStringList recentWorkspaces() const;
    static QString lastWorkspace();

    // Tells pages that the data changed (after an edit, an undo or an import).
    void notifyDataChanged();

    // Brings stages, fan levels and rule tags up to today once a day (dailyrefresh) as a job:
    // on opening a workspace and by a timer while it stays open. dataChanged() follows when it
    // recomputed; warning() when it failed.
    void refreshForToday();
    // SQLite's quick check of the open workspace as a job; damaged() when it finds damage.
    // Runs after every open, before the day's refresh.
    void checkForDamage();

signals:
    void workspaceChanged();
    void dataChanged();
    void recentWorkspacesChanged();
    // A problem the user should see but that leaves the workspace usable.
    void warning(const QString& message);
    // The check after opening found the workspace damaged (DamageCheck).
    void damaged(const DamageReport& report);

private:
    void remember(const QString& path);

    std::unique_ptr<Database> m_db;
    JobRunner* m_jobs;
    QTimer* m_dayTimer;
};

} // namespace qundesk
