target_sources(qundesk_core PRIVATE
    import/chat/ByteLineReader.cpp import/chat/ByteLineReader.h
    import/chat/ChatAuthorMatcher.cpp import/chat/ChatAuthorMatcher.h
    import/chat/ChatCsvMapping.cpp import/chat/ChatCsvMapping.h
    import/chat/ChatCsvMappingMemory.cpp import/chat/ChatCsvMappingMemory.h
    import/chat/ChatImportPreview.cpp import/chat/ChatImportPreview.h
    import/chat/ChatImportWriter.cpp import/chat/ChatImportWriter.h
    import/chat/ChatEvent.h
    import/chat/ChatInput.cpp import/chat/ChatInput.h
    import/chat/ChatParse.cpp import/chat/ChatParse.h
    import/chat/ChatTimeText.cpp import/chat/ChatTimeText.h
    import/chat/CsvChatReader.cpp import/chat/CsvChatReader.h
    import/chat/DiscordCsvParser.cpp import/chat/DiscordCsvParser.h
    import/chat/DiscordJsonParser.cpp import/chat/DiscordJsonParser.h
    import/chat/GenericCsvChatParser.cpp import/chat/GenericCsvChatParser.h
    import/chat/TelegramParser.cpp import/chat/TelegramParser.h
    import/chat/TelegramScanner.cpp import/chat/TelegramScanner.h
    import/chat/WeChatCsvParser.cpp import/chat/WeChatCsvParser.h
    import/chat/WeChatSystemText.cpp import/chat/WeChatSystemText.h
    import/chat/WhatsAppHeader.cpp import/chat/WhatsAppHeader.h
    import/chat/WhatsAppParser.cpp import/chat/WhatsAppParser.h
    import/chat/WhatsAppSystemText.cpp import/chat/WhatsAppSystemText.h
    import/chat/ZipEntryDevice.cpp import/chat/ZipEntryDevice.h)

# WhatsApp's "Export chat" .zip is read through libzip (Debian libzip-dev, vcpkg and Homebrew
# libzip): Qt has no public zip API. Found through pkg-config: Debian's CMake package of libzip
# also wants the zipcmp tools (libzip-tools) installed.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
target_link_libraries(qundesk_core PRIVATE PkgConfig::LIBZIP)
