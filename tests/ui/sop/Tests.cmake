# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
# Included from tests/ui: paths are relative to tests/ui.
qundesk_add_test(qundesk_sop_ui_tests KIND ui
    SOURCES
        ${CMAKE_CURRENT_SOURCE_DIR}/UiFixture.cpp
        sop/SopUiFixture.h
        sop/TodayPageTest.cpp
        sop/SopPageTest.cpp
        sop/SopScreenshotTest.cpp
        sop/TrainerWindowTest.cpp
        sop/TodayCalendarTest.cpp
    LIBS qundesk_resources Qt6::Test)
