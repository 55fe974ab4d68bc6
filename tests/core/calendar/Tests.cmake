qundesk_add_test(qundesk_calendar_tests KIND core SOURCES
    calendar/RecurrenceTest.cpp
    calendar/RuleSummaryTest.cpp
    calendar/CalendarServiceTest.cpp
    calendar/FatigueTest.cpp
    calendar/CalendarQueryTest.cpp
    calendar/IcsRoundTripTest.cpp
    calendar/IcsImportTest.cpp
    LIBS PkgConfig::LIBICAL)
