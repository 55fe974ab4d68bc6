# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
# The weekly report PDF (report library) and its menu command (included from tests/ui).
qundesk_add_test(qundesk_report_tests KIND ui
    SOURCES
        UiFixture.cpp UiFixture.h
        report/WeeklyReportPdfTest.cpp
    LIBS qundesk_resources Qt6::Test)
target_include_directories(qundesk_report_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
