# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
qundesk_add_test(qundesk_demo_tests KIND core SOURCES
    demo/DemoWorkspaceTest.cpp
    demo/DemoShapeTest.cpp
    demo/DemoTestSupport.cpp demo/DemoTestSupport.h)
