# Services: one core call per user action that writes, owning its transaction.
target_sources(qundesk_core PRIVATE
    services/ServiceTransaction.h
    services/MemberService.cpp services/MemberService.h
    services/MemberLinkService.cpp services/MemberLinkService.h
    services/MemberTagService.cpp services/MemberTagService.h
    services/MembershipService.cpp services/MembershipService.h
    services/OrderService.cpp services/OrderService.h
    services/GroupService.cpp services/GroupService.h)
target_sources(qundesk_core PRIVATE
    services/ChatImportService.cpp services/ChatImportService.h
    services/TagService.cpp services/TagService.h
    services/SettingsService.cpp services/SettingsService.h)
target_sources(qundesk_core PRIVATE
    services/CalendarService.cpp services/CalendarService.h
    services/CalendarOccurrences.cpp services/CalendarSeries.h)
target_sources(qundesk_core PRIVATE
    services/SopService.cpp services/SopService.h
    services/SopTaskService.cpp services/SopTaskService.h
    services/SopShareService.cpp services/SopShareService.h)
target_sources(qundesk_core PRIVATE
    services/CalendarImportService.cpp services/CalendarImportService.h)
