qundesk_add_test(qundesk_import_tests KIND core ALSO_QTSQL SOURCES
    import/CsvReaderTest.cpp
    import/DateParserTest.cpp
    import/MemberCsvImporterTest.cpp
    import/MemberImportChunksTest.cpp
    import/MemberImportStatusTest.cpp
    import/OrderCsvImporterTest.cpp
    import/OrderRowParserTest.cpp
    util/StreamDigestTest.cpp
    util/BoundedQueueTest.cpp)

# The chat export parsers (no workspace).
qundesk_add_test(qundesk_chat_parser_tests KIND core SOURCES
    import/chat/ChatTestSupport.h
    import/chat/ChatSamplesTest.cpp
    import/chat/CsvChatParserTest.cpp
    import/chat/DiscordJsonParserTest.cpp
    import/chat/TelegramParserTest.cpp
    import/chat/WhatsAppParserTest.cpp)
qundesk_add_test(qundesk_chat_import_tests KIND core SOURCES
    import/chat/ChatTestSupport.h
    import/chat/ChatImportServiceTest.cpp
    import/chat/ChatFormatsImportTest.cpp)
