qundesk_add_test(qundesk_rules_tests KIND core SOURCES
    rules/LifecycleTest.cpp
    rules/MemberFilterTest.cpp
    rules/DailyRefreshTest.cpp
    rules/MemberStatusUpdaterTest.cpp
    util/LocalDaysTest.cpp)
