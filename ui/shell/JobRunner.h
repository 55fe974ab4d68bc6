// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "jobs/Job.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <deque>
#include <functional>

class QThread;

namespace qundesk {

// How a job ended, as its `done` callback hears it.
struct JobResult {
    Status status;
    bool cancelled = false; // stopped on request; the job left the workspace unchanged
    bool changed = false;   // a write job that succeeded and changed the workspace
    bool ok() const { return status.ok(); }
};

// The window's one background-job runner: jobs (core/jobs) run one after another on a worker
// thread, each with its own connection to the workspace file opened and closed inside that
// thread, so the GUI thread never waits on long work. Progress and the end of a job arrive on
// the GUI thread. While a write job runs or waits, isWriting() is true: the window disables its
// own edits, and dataWritten() tells it to reload once the job changed something.
class JobRunner final : public QObject {
    Q_OBJECT

public:
    using Done = std::function<void(const JobResult&)>;

    explicit JobRunner(QObject* parent = nullptr);
    // Drops queued jobs, cancels the running one (when it can be) and waits for it to end.
    ~JobRunner() override;

    // The workspace file jobs queued from now on connect to (empty when none is open).
    void setWorkspacePath(const QString& path) { m_workspacePath = path; }
    QString workspacePath() const { return m_workspacePath; }

    // Queues `job` and returns its id (never 0). `done` runs on the GUI thread when it has
    // ended, unless `context` (when given) was destroyed meanwhile. A queued job with the same
    // non-empty key is dropped without its `done` being called.
    quint64 run(Job job, QObject* context = nullptr, Done done = {});
    // A write job from a function (its connection is JobContext::database()).
    quint64 run(const QString& title, JobFunction function, QObject* context = nullptr,
                Done done = {});

    bool isBusy() const { return m_running || !m_queue.empty(); }
    quint64 currentId() const { return m_running ? m_current.id : 0; }
    bool isPending(quint64 id) const; // running or queued
    bool isWriting() const { return m_writing; }
    QString currentTitle() const { return m_current.job.title; }
    bool canCancel() const { return m_running && m_current.job.cancellable; }
    qsizetype queuedCount() const { return qsizetype(m_queue.size()); }

    // Asks the running job to stop at its next progress point (cancellable jobs only).
    void cancel();
    // Cancels job `id`: stops it when it runs (if cancellable), or takes it off the queue (its
    // `done` then hears a cancelled result).
    void cancel(quint64 id);
    // Runs the event loop until every queued job has ended (tests; the CLI uses runJobHere).
    void waitForIdle();

signals:
    void started(const QString& title, bool cancellable);
    // From the worker thread, queued to the GUI thread: fraction 0..1, or < 0 when unknown.
    void progressed(const QString& text, double fraction);
    void busyChanged(bool busy);
    void writingChanged(bool writing);
    // A write job ended having changed the workspace: readers reload.
    void dataWritten();

private:
    struct Entry {
        quint64 id = 0;
        Job job;
        QString workspacePath; // as it was when the job was queued
        bool hasContext = false;
        QPointer<QObject> context;
        Done done;
    };
    struct Outcome {
        Status status;
        bool changed = false;
    };

    void startNext();
    void onThreadFinished();
    void updateWriting();

    QString m_workspacePath;
    std::deque<Entry> m_queue;
    Entry m_current;
    bool m_running = false;
    bool m_writing = false;
    bool m_busy = false;
    QThread* m_thread = nullptr;
    quint64 m_nextId = 1;
    std::atomic<bool> m_cancel{false};
    Outcome m_outcome; // written by the worker, read after its thread ended
};

} // namespace qundesk
