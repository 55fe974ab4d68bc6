target_sources(qundesk_core PRIVATE
    export/CsvWriter.cpp export/CsvWriter.h
    export/FileSave.cpp export/FileSave.h
    export/MemberExport.cpp export/MemberExport.h
    export/XlsxTable.cpp export/XlsxTable.h)

# .xlsx export through libxlsxwriter (Debian libxlsxwriter-dev, vcpkg/Homebrew libxlsxwriter);
# without it QunDesk still builds and offers CSV only.
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(XLSXWRITER QUIET IMPORTED_TARGET xlsxwriter)
endif()
if(XLSXWRITER_FOUND)
    target_link_libraries(qundesk_core PRIVATE PkgConfig::XLSXWRITER)
    target_compile_definitions(qundesk_core PRIVATE QUNDESK_HAVE_XLSXWRITER)
else()
    find_library(XLSXWRITER_LIBRARY NAMES xlsxwriter)
    find_path(XLSXWRITER_INCLUDE_DIR NAMES xlsxwriter.h)
    if(XLSXWRITER_LIBRARY AND XLSXWRITER_INCLUDE_DIR)
        target_link_libraries(qundesk_core PRIVATE ${XLSXWRITER_LIBRARY})
        target_include_directories(qundesk_core PRIVATE ${XLSXWRITER_INCLUDE_DIR})
        target_compile_definitions(qundesk_core PRIVATE QUNDESK_HAVE_XLSXWRITER)
    else()
        message(STATUS "libxlsxwriter not found: .xlsx export is disabled")
    endif()
endif()
