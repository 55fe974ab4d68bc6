qundesk_add_test(qundesk_util_tests KIND core SOURCES
    util/LogFileTest.cpp
    util/MoneyTotalsTest.cpp
    util/TargetPathTest.cpp)
