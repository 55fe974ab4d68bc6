// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QObject>
#include <QStringList>

#include <memory>

QT_FORWARD_DECLARE_CLASS(QTimer)

namespace qundesk {

class Database;

// Owns the open workspace of the window. Opening another one replaces the current only when it
// succeeds, so a failed open leaves the window working on what it had. Remembers the last and
// the recently opened workspaces in QSettings.
class WorkspaceController final : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxRecent = 8;

    explicit WorkspaceController(QObject* parent = nullptr);
    ~WorkspaceController() override;

    Database* database() const { return m_db.get(); }
    QString path() const;

    Status open(const QString& path);
    // The demo workspace, generated first when its file does not exist yet.
    Status openDemo();
    // The workspace opened last, or the demo on a first run.
    Status openInitial();
    // Closes the workspace (e.g. before restoring a backup over its file).
    void close();

    QStringList recentWorkspaces() const;
    static QString lastWorkspace();

    // Tells pages that the data changed (after an edit, an undo or an import).
    void notifyDataChanged();

    // Brings stages, fan levels and rule tags up to today once a day (dailyrefresh): called on
    // opening a workspace and by a timer while it stays open. True when it recomputed.
    bool refreshForToday();

signals:
    void workspaceChanged();
    void dataChanged();
    void recentWorkspacesChanged();
    // A problem the user should see but that leaves the workspace usable.
    void warning(const QString& message);
    // While refreshForToday() recomputes: 0 … 100 (the window shows progress on big
    // workspaces).
    void refreshing(int percent);

private:
    void remember(const QString& path);

    std::unique_ptr<Database> m_db;
    QTimer* m_dayTimer;
};

} // namespace qundesk
