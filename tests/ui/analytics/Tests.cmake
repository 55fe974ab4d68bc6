# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
# The Analytics page and its charts (included from tests/ui).
qundesk_add_test(qundesk_analytics_ui_tests KIND ui
    SOURCES
        UiFixture.cpp UiFixture.h
        analytics/AnalyticsPageTest.cpp
        analytics/AnalyticsScreenshotTest.cpp
    LIBS qundesk_resources Qt6::Test)
target_include_directories(qundesk_analytics_ui_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
