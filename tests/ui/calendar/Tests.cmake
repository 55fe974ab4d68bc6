# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
# Included from tests/ui: paths are relative to tests/ui.
qundesk_add_test(qundesk_calendar_ui_tests KIND ui
    SOURCES
        ${CMAKE_CURRENT_SOURCE_DIR}/UiFixture.cpp
        calendar/CalendarPageTest.cpp
        calendar/CalendarScreenshotTest.cpp
    LIBS qundesk_resources Qt6::Test)
