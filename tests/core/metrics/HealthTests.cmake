# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
qundesk_add_test(qundesk_group_health_tests KIND core SOURCES
    metrics/GroupHealthTest.cpp)
