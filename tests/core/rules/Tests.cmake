qundesk_add_test(qundesk_rules_tests KIND core ALSO_QTSQL SOURCES
    rules/LifecycleTest.cpp
    rules/MemberFilterTest.cpp
    rules/DailyRefreshTest.cpp
    rules/MemberRefreshTest.cpp
    rules/MemberStatusUpdaterTest.cpp
    rules/TimeZoneChangeTest.cpp
    rules/CurrencyTest.cpp
    util/LocalDaysTest.cpp)
