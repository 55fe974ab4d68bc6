# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
qundesk_add_test(qundesk_member_report_tests KIND core SOURCES
    metrics/MemberReportTest.cpp)
