qundesk_add_test(qundesk_services_tests KIND core SOURCES
    services/ServicesFixture.h
    services/MemberServiceTest.cpp
    services/MemberEditServicesTest.cpp
    services/GroupServiceTest.cpp
    services/TagServiceTest.cpp
    services/SettingsServiceTest.cpp
    services/BusyWorkspaceTest.cpp
    services/ArgTextTest.cpp)
