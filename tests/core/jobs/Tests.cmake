# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
qundesk_add_test(qundesk_jobs_tests KIND core SOURCES
    jobs/JobContextTest.cpp
    jobs/WorkspaceJobsTest.cpp)
