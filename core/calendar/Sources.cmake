# The content calendar: recurrence (libical), fatigue checks, the content-line mix, iCalendar.
target_sources(qundesk_core PRIVATE
    calendar/IcalGlue.cpp calendar/IcalGlue.h
    calendar/Recurrence.cpp calendar/Recurrence.h
    calendar/RecurrenceRule.cpp calendar/RecurrenceRule.h calendar/RuleSummary.cpp
    calendar/RuleText.cpp calendar/RuleText.h)

# libical (Debian libical-dev, vcpkg/Homebrew libical) reads and writes RFC 5545.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBICAL REQUIRED IMPORTED_TARGET GLOBAL libical)
target_link_libraries(qundesk_core PRIVATE PkgConfig::LIBICAL)
target_sources(qundesk_core PRIVATE
    calendar/Fatigue.cpp calendar/Fatigue.h calendar/FatigueText.cpp
    calendar/CalendarQuery.cpp calendar/CalendarQuery.h
    calendar/ContentMix.cpp calendar/ContentMix.h)
target_sources(qundesk_core PRIVATE
    calendar/IcsExport.cpp calendar/IcsExport.h
    calendar/IcsFields.cpp calendar/IcsFields.h
    calendar/IcsZone.cpp calendar/IcsZone.h
    calendar/IcsReader.cpp calendar/IcsReader.h)
