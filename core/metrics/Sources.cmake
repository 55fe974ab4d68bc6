target_sources(qundesk_core PRIVATE
    metrics/SummaryReport.cpp metrics/SummaryReport.h)
