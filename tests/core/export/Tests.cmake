qundesk_add_test(qundesk_export_tests KIND core SOURCES
    export/FileSaveTest.cpp
    export/MemberExportTest.cpp)
