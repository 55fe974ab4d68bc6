// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "jobs/AnalyticsJob.h"

#include "jobs/JobContext.h"

#include <QCoreApplication>

namespace qundesk {

Job analyticsJob(const AnalyticsQuery& query, std::shared_ptr<AnalyticsDashboard> dashboard) {
    Job job;
    job.title = QCoreApplication::translate("AnalyticsJob", "Computing the charts");
    job.access = JobAccess::Read;
    job.cancellable = true;
    job.key = QStringLiteral("analytics");
    job.run = [query, dashboard](JobContext& context) -> Status {
        auto result = AnalyticsDashboard::compute(*context.database(), query,
                                                  [&context] { return !context.isCancelled(); });
        if (context.isCancelled())
            return context.cancelledStatus();
        if (!result)
            return result.error();
        if (dashboard)
            *dashboard = std::move(result).value();
        return {};
    };
    return job;
}

} // namespace qundesk
