# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
# Runs in tests/ui's scope: paths are relative to tests/ui.
qundesk_add_test(qundesk_detail_ui_tests KIND ui
    SOURCES
        ${CMAKE_CURRENT_SOURCE_DIR}/UiFixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/UiFixture.h
        detail/DetailFixture.cpp detail/DetailFixture.h
        detail/MemberDetailDialogTest.cpp
        detail/MemberDetailScreenshotTest.cpp
        detail/MemberPickerTest.cpp
        detail/WorkspaceZoneWidgetsTest.cpp
    LIBS qundesk_resources Qt6::Test)
target_include_directories(qundesk_detail_ui_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
