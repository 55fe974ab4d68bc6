// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "shell/JobRunner.h"

#include "db/Database.h"
#include "jobs/JobContext.h"
#include "util/LogCategories.h"

#include <QEventLoop>
#include <QThread>

#include <algorithm>

namespace qundesk {

JobRunner::JobRunner(QObject* parent)
    : QObject(parent) {}

JobRunner::~JobRunner() {
    m_queue.clear();
    if (m_thread) {
        m_cancel = true; // jobs that cannot be cancelled ignore it and end normally
        m_thread->wait();
        delete m_thread;
    }
}

quint64 JobRunner::run(Job job, QObject* context, Done done) {
    if (!job.key.isEmpty()) {
        m_queue.erase(std::remove_if(m_queue.begin(), m_queue.end(),
                                     [&job](const Entry& e) { return e.job.key == job.key; }),
                      m_queue.end());
    }
    Entry entry;
    entry.id = m_nextId++;
    entry.job = std::move(job);
    entry.workspacePath = m_workspacePath;
    entry.hasContext = context != nullptr;
    entry.context = context;
    entry.done = std::move(done);
    const quint64 id = entry.id;
    m_queue.push_back(std::move(entry));
    updateWriting();
    if (!m_busy) {
        m_busy = true;
        emit busyChanged(true);
    }
    if (!m_running)
        startNext();
    return id;
}

quint64 JobRunner::run(const QString& title, JobFunction function, QObject* context, Done done) {
    Job job;
    job.title = title;
    job.access = JobAccess::Write;
    job.run = std::move(function);
    return run(std::move(job), context, std::move(done));
}

bool JobRunner::isPending(quint64 id) const {
    return currentId() == id ||
           std::any_of(m_queue.begin(), m_queue.end(), [id](const Entry& e) { return e.id == id; });
}

void JobRunner::cancel() {
    if (canCancel())
        m_cancel = true;
}

void JobRunner::cancel(quint64 id) {
    if (currentId() == id) {
        cancel();
        return;
    }
    const auto it =
        std::find_if(m_queue.begin(), m_queue.end(), [id](const Entry& e) { return e.id == id; });
    if (it == m_queue.end())
        return;
    Entry entry = std::move(*it);
    m_queue.erase(it);
    updateWriting();
    JobResult result;
    result.status = Error{tr("Cancelled before it started; nothing was changed."), {}, 0};
    result.cancelled = true;
    if (entry.done && (!entry.hasContext || entry.context))
        entry.done(result);
    if (!isBusy() && m_busy) {
        m_busy = false;
        emit busyChanged(false);
    }
}

void JobRunner::waitForIdle() {
    if (!isBusy())
        return;
    QEventLoop loop;
    connect(this, &JobRunner::busyChanged, &loop, [&loop](bool busy) {
        if (!busy)
            loop.quit();
    });
    loop.exec();
}

void JobRunner::startNext() {
    if (m_queue.empty())
        return;
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    m_running = true;
    m_cancel = false;
    m_outcome = {};
    const Job job = m_current.job;
    const QString path = m_current.workspacePath;
    qCDebug(lcUi).noquote() << "job started:" << job.title;
    // The worker owns its connection: opened, used and closed inside the thread.
    m_thread = QThread::create([this, job, path] {
        std::unique_ptr<Database> db;
        if (job.access != JobAccess::None) {
            auto opened = path.isEmpty() ? Result<std::unique_ptr<Database>>(
                                               Error{Database::tr("No workspace is open."), {}, 0})
                                         : Database::openAnother(path);
            if (!opened) {
                m_outcome.status = opened.error();
                return;
            }
            db = std::move(opened).value();
        }
        JobContext context(db.get(), m_cancel, [this](const QString& text, double fraction) {
            emit progressed(text, fraction);
        });
        m_outcome.status = job.run ? job.run(context) : Status{};
        m_outcome.changed =
            job.access == JobAccess::Write && m_outcome.status.ok() && context.changed();
    });
    m_thread->setObjectName(QStringLiteral("qundeskJob"));
    connect(m_thread, &QThread::finished, this, &JobRunner::onThreadFinished);
    emit started(job.title, job.cancellable);
    m_thread->start();
}

void JobRunner::onThreadFinished() {
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    Entry entry = std::move(m_current);
    m_current = {};
    m_running = false;
    JobResult result;
    result.status = std::move(m_outcome.status);
    result.changed = m_outcome.changed;
    result.cancelled = !result.ok() && m_cancel.load();
    m_cancel = false;
    if (result.ok())
        qCDebug(lcUi).noquote() << "job ended:" << entry.job.title;
    else
        qCInfo(lcUi).noquote() << "job ended without success:" << entry.job.title << "-"
                               << result.status.error().toString();
    updateWriting();
    if (result.changed)
        emit dataWritten();
    if (entry.done && (!entry.hasContext || entry.context))
        entry.done(result);
    if (!m_running) { // `done` may have queued and started the next job already
        if (m_queue.empty()) {
            if (m_busy) {
                m_busy = false;
                emit busyChanged(false);
            }
        } else {
            startNext();
        }
    }
}

void JobRunner::updateWriting() {
    bool writing = m_running && m_current.job.access != JobAccess::Read;
    for (const Entry& e : m_queue)
        writing = writing || e.job.access != JobAccess::Read;
    if (writing != m_writing) {
        m_writing = writing;
        emit writingChanged(writing);
    }
}

} // namespace qundesk
