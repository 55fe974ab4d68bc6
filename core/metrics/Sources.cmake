target_sources(qundesk_core PRIVATE
    metrics/SummaryReport.cpp metrics/SummaryReport.h)
target_sources(qundesk_core PRIVATE metrics/MemberReport.cpp metrics/MemberReport.h)
target_sources(qundesk_core PRIVATE metrics/MemberTimeline.cpp metrics/MemberTimeline.h)
target_sources(qundesk_core PRIVATE metrics/GroupHealth.cpp metrics/GroupHealth.h)
target_sources(qundesk_core PRIVATE metrics/DashboardStatements.cpp metrics/DashboardStatements.h)
target_sources(qundesk_core PRIVATE metrics/WeeklyReport.cpp metrics/WeeklyReport.h
    metrics/WeeklyReportQueries.cpp metrics/WeeklyReportQueries.h)
