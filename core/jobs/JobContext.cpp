// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "jobs/JobContext.h"

#include "jobs/Job.h"

#include <QtGlobal>

#include <cmath>

namespace qundesk {

JobContext::JobContext(Database* db, std::atomic<bool>& cancelFlag, ProgressSink sink)
    : m_db(db)
    , m_cancel(cancelFlag)
    , m_sink(std::move(sink)) {}

Status JobContext::cancelledStatus() const {
    return Error{tr("Cancelled; nothing was changed."), {}, 0};
}

void JobContext::report(const QString& text, double fraction) {
    const int perMille = fraction < 0 ? -1 : int(std::lround(qBound(0.0, fraction, 1.0) * 1000));
    if (perMille == m_lastPerMille && text == m_text)
        return;
    m_lastPerMille = perMille;
    m_text = text;
    if (m_sink)
        m_sink(m_text, fraction < 0 ? -1.0 : perMille / 1000.0);
}

std::function<bool(int)> JobContext::cancellableProgress(const QString& text) {
    return [this, text](int percent) {
        report(text.isNull() ? m_text : text, percent / 100.0);
        return !isCancelled();
    };
}

std::function<void(int)> JobContext::progress(const QString& text) {
    return [this, text](int percent) {
        report(text.isNull() ? m_text : text, percent / 100.0);
    };
}

Status runJobHere(const Job& job, Database* db, const JobContext::ProgressSink& sink,
                  std::atomic<bool>* cancelFlag) {
    std::atomic<bool> ownFlag{false};
    JobContext context(db, cancelFlag ? *cancelFlag : ownFlag, sink);
    if (!job.run)
        return Error{JobContext::tr("Nothing to run."), {}, 0};
    if (job.access != JobAccess::None && !db)
        return Error{JobContext::tr("No workspace is open."), {}, 0};
    if (context.isCancelled())
        return context.cancelledStatus();
    return job.run(context);
}

} // namespace qundesk
