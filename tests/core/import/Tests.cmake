qundesk_add_test(qundesk_import_tests KIND core ALSO_QTSQL SOURCES
    import/CsvReaderTest.cpp
    import/DateParserTest.cpp
    import/MemberCsvImporterTest.cpp
    import/MemberImportChunksTest.cpp
    import/MemberImportStatusTest.cpp
    util/StreamDigestTest.cpp
    util/BoundedQueueTest.cpp)
