// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "import/MemberCsvImporter.h"

#include <QObject>

#include <atomic>
#include <optional>

class QThread;

namespace qundesk {

class Database;

// Runs a member CSV import on a worker thread with its own connection to the workspace file
// (Database::openAnother(), opened and closed inside the thread), so the window stays
// responsive. Progress arrives as signals; cancel() makes the importer stop at its next
// progress point and roll everything back.
class ImportRunner final : public QObject {
    Q_OBJECT

public:
    explicit ImportRunner(QObject* parent = nullptr);
    ~ImportRunner() override; // waits for a running import to end (cancelling it first)

    // Starts importing `path` into the workspace of `db`; false when one is already running.
    // options.progress is replaced by the runner's own.
    bool start(const Database& db, const QString& path, MemberImportOptions options);
    void cancel() { m_cancelled = true; }
    bool isRunning() const { return m_thread != nullptr; }
    bool wasCancelled() const { return m_cancelled; }
    // Valid once finished() was emitted.
    const std::optional<Result<ImportReport>>& result() const { return m_result; }

signals:
    // Emitted in the worker thread at each progress point (0-100) before the importer asks
    // whether to go on; queued to receivers in the GUI thread.
    void progressed(int percent);
    void finished();

private:
    void onThreadFinished();

    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancelled{false};
    std::optional<Result<ImportReport>> m_result;
    std::optional<Result<ImportReport>> m_pending; // written by the worker, read after it ended
};

} // namespace qundesk
