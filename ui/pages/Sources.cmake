target_sources(qundesk_ui PRIVATE
    pages/GroupTableDelegate.cpp pages/GroupTableDelegate.h
    pages/GroupsPage.cpp pages/GroupsPage.h
    pages/PageCatalog.cpp pages/PageCatalog.h
    pages/PlaceholderPage.cpp pages/PlaceholderPage.h)
target_sources(qundesk_ui PRIVATE pages/MembersPage.cpp pages/MembersPage.h)
target_sources(qundesk_ui PRIVATE pages/ImportPage.cpp pages/ImportPage.h)
target_sources(qundesk_ui PRIVATE pages/MemberFilterBar.cpp pages/MemberFilterBar.h pages/MembersPageActions.cpp)
target_sources(qundesk_ui PRIVATE pages/ImportHistoryView.cpp pages/ImportHistoryView.h)
target_sources(qundesk_ui PRIVATE pages/DeferredReload.cpp pages/DeferredReload.h)
target_sources(qundesk_ui PRIVATE pages/TodayPage.cpp pages/TodayPage.h pages/TodayTaskPanel.cpp pages/TodayTaskPanel.h)
target_sources(qundesk_ui PRIVATE pages/SopPage.cpp pages/SopPage.h
    pages/sop/SopEditor.cpp pages/sop/SopEditor.h
    pages/sop/SopStepForm.cpp pages/sop/SopStepForm.h
    pages/sop/SopStepTable.cpp pages/sop/SopStepTable.h
    pages/sop/SopDryRunView.cpp pages/sop/SopDryRunView.h
    pages/sop/SopRunsView.cpp pages/sop/SopRunsView.h)
target_sources(qundesk_ui PRIVATE
    pages/calendar/AgendaView.cpp pages/calendar/AgendaView.h
    pages/calendar/CalendarPage.cpp pages/calendar/CalendarPage.h
    pages/calendar/CalendarPageActions.cpp
    pages/calendar/CalendarSnapshot.cpp pages/calendar/CalendarSnapshot.h
    pages/calendar/MonthView.cpp pages/calendar/MonthView.h
    pages/calendar/WeekView.cpp pages/calendar/WeekView.h)
target_sources(qundesk_ui PRIVATE
    pages/AnalyticsFilterBar.cpp pages/AnalyticsFilterBar.h
    pages/AnalyticsPage.cpp pages/AnalyticsPage.h
    pages/KpiTile.cpp pages/KpiTile.h)
