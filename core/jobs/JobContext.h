// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace qundesk {

class Database;
struct Job;

// What a running job sees: its own connection to the workspace (none for JobAccess::None), a
// cancel flag that another thread may raise, and a progress sink. Used from the job's thread
// only, except requestCancel() and isCancelled().
class JobContext {
    Q_DECLARE_TR_FUNCTIONS(JobContext)

public:
    // Hears progress: `fraction` in 0..1, or < 0 while the amount of work is unknown.
    using ProgressSink = std::function<void(const QString& text, double fraction)>;

    JobContext(Database* db, std::atomic<bool>& cancelFlag, ProgressSink sink = {});

    // The job's connection; null for jobs that asked for none.
    Database* database() const { return m_db; }

    bool isCancelled() const { return m_cancel.load(); }
    void requestCancel() { m_cancel = true; }
    // The Status a job returns when it stopped because it was cancelled.
    Status cancelledStatus() const;

    // Reports progress; the sink hears it only when the text or the per-mille changes, so a
    // tight loop may call this freely.
    void report(const QString& text, double fraction);
    void report(double fraction) { report(m_text, fraction); }

    // Adapters for core functions that take a percent callback (0..100): the first also
    // answers "go on?" with the cancel flag, the second only reports.
    std::function<bool(int)> cancellableProgress(const QString& text = {});
    std::function<void(int)> progress(const QString& text = {});

    // A write job that found nothing to do says so; the window then skips its reload.
    void setNothingChanged() { m_changed = false; }
    bool changed() const { return m_changed; }

private:
    Database* m_db;
    std::atomic<bool>& m_cancel;
    ProgressSink m_sink;
    QString m_text;
    int m_lastPerMille = -2;
    bool m_changed = true;
};

// Runs `job` on the calling thread with `db` as its connection (null for JobAccess::None) and
// returns its Status: the CLI and tests run the same jobs the window runs in the background.
// `cancelFlag` (optional) lets another thread or the sink cancel it.
Status runJobHere(const Job& job, Database* db, const JobContext::ProgressSink& sink = {},
                  std::atomic<bool>* cancelFlag = nullptr);

} // namespace qundesk
