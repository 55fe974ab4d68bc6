qundesk_add_test(qundesk_util_tests KIND core SOURCES
    util/LogFileTest.cpp
    util/TargetPathTest.cpp)
