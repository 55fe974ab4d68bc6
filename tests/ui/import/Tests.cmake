# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
# The tag and rule editor and the member CSV import page (included from tests/ui).
qundesk_add_test(qundesk_import_ui_tests KIND ui
    SOURCES
        UiFixture.cpp UiFixture.h
        import/ChatFormatsImportPageTest.cpp
        import/ChatImportPageTest.cpp
        import/ImportPageTest.cpp import/RuleTestSupport.h
        import/OrderImportPageTest.cpp
        import/TagManagerDialogTest.cpp
        import/TagRuleEditorTest.cpp
    LIBS qundesk_resources Qt6::Test)
target_include_directories(qundesk_import_ui_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
