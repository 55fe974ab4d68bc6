qundesk_add_test(qundesk_import_tests KIND core SOURCES
    import/CsvReaderTest.cpp
    import/DateParserTest.cpp
    import/MemberCsvImporterTest.cpp
    import/MemberImportChunksTest.cpp)
