target_sources(qundesk_core PRIVATE
    import/CsvReader.cpp import/CsvReader.h
    import/TextEncoding.cpp import/TextEncoding.h)
