# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
qundesk_add_test(qundesk_query_plan_tests KIND core SOURCES
    metrics/QueryPlanTest.cpp)
