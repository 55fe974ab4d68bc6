target_sources(qundesk_core PRIVATE
    import/CsvReader.cpp import/CsvReader.h
    import/DateParser.cpp import/DateParser.h
    import/KeyFilter.cpp import/KeyFilter.h
    import/ImportReport.h
    import/MemberCsvImporter.cpp import/MemberCsvImporter.h
    import/MemberCsvMapping.cpp import/MemberCsvMapping.h
    import/MemberImportKeys.h import/MemberImportLookup.cpp
    import/MemberRowSource.cpp import/MemberRowSource.h
    import/MemberRow.h
    import/MemberImportWriter.cpp import/MemberImportWriter.h
    import/OrderCsvImporter.cpp import/OrderCsvImporter.h
    import/OrderCsvMapping.cpp import/OrderCsvMapping.h
    import/OrderImportWriter.cpp import/OrderImportWriter.h
    import/OrderRowParser.cpp import/OrderRowParser.h
    import/TextEncoding.cpp import/TextEncoding.h)
