# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
# Long work as jobs: run in place (CLI, tests) or by the window's job runner on a worker thread.
target_sources(qundesk_core PRIVATE
    jobs/Job.h
    jobs/JobContext.cpp jobs/JobContext.h
    jobs/WorkspaceJobs.cpp jobs/WorkspaceJobs.h)
target_sources(qundesk_core PRIVATE jobs/AnalyticsJob.cpp jobs/AnalyticsJob.h)
