# The Analytics page's, the reports' and the CLI's data series (DESIGN.md "Metrics"): plain
# data over the aggregates kept at import, never the raw messages.
target_sources(qundesk_core PRIVATE
    analytics/AnalyticsPeriod.cpp analytics/AnalyticsPeriod.h
    analytics/ActiveWindows.cpp analytics/ActiveWindows.h
    analytics/ActivitySeries.cpp analytics/ActivitySeries.h
    analytics/AnalyticsDashboard.cpp analytics/AnalyticsDashboard.h
    analytics/AnalyticsKpis.cpp analytics/AnalyticsKpis.h
    analytics/ChartTable.cpp analytics/ChartTable.h
    analytics/DashboardCharts.cpp analytics/DashboardCharts.h
    analytics/DayRows.cpp analytics/DayRows.h
    analytics/FunnelReport.cpp analytics/FunnelReport.h
    analytics/HourHeatMap.cpp analytics/HourHeatMap.h
    analytics/MemberPresence.cpp analytics/MemberPresence.h
    analytics/RetentionReport.cpp analytics/RetentionReport.h
    analytics/RevenueReport.cpp analytics/RevenueReport.h
    analytics/TopReferrers.cpp analytics/TopReferrers.h)
