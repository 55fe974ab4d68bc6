qundesk_add_test(qundesk_sop_tests KIND core SOURCES
    sop/SopFixture.h
    sop/StepScheduleTest.cpp
    sop/ScriptRendererTest.cpp
    sop/SopApplyTest.cpp
    sop/SopFatigueTest.cpp
    sop/SopEndTest.cpp
    sop/SopStatsTest.cpp
    sop/SopShareTest.cpp
    sop/SopStopTest.cpp)
