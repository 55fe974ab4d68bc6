# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
qundesk_add_test(qundesk_analytics_tests ALSO_QTSQL KIND core SOURCES
    analytics/AnalyticsFixture.cpp analytics/AnalyticsFixture.h
    analytics/ActivitySeriesTest.cpp
    analytics/FunnelRetentionTest.cpp
    analytics/AnalyticsDemoTest.cpp
    analytics/ChartTableTest.cpp)
