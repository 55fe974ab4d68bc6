// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "analytics/AnalyticsDashboard.h"
#include "jobs/Job.h"

#include <memory>

namespace qundesk {

// The Analytics page's queries as one read job (a newer request replaces a queued one); the
// result lands in `dashboard` when the job succeeded.
Job analyticsJob(const AnalyticsQuery& query, std::shared_ptr<AnalyticsDashboard> dashboard);

} // namespace qundesk
