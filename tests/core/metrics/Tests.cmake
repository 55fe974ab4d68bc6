# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
qundesk_add_test(qundesk_metrics_tests KIND core SOURCES
    metrics/SummaryReportTest.cpp)
qundesk_add_test(qundesk_weekly_report_tests KIND core SOURCES
    metrics/WeeklyReportTest.cpp)
