# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
# The Members page, its table model, the New member dialog and the member undo commands.
qundesk_add_test(qundesk_members_ui_tests KIND ui
    SOURCES
        ${CMAKE_CURRENT_SOURCE_DIR}/UiFixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/UiFixture.h
        members/MembersFixture.cpp members/MembersFixture.h
        members/MemberTableModelTest.cpp
        members/MemberCommandsTest.cpp
        members/MembersPageTest.cpp
    LIBS qundesk_resources Qt6::Test)
