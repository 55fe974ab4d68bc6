qundesk_add_test(qundesk_export_tests KIND core SOURCES
    export/MemberExportTest.cpp)
