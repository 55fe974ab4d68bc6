target_sources(qundesk_core PRIVATE
    rules/FanLevel.cpp rules/FanLevel.h
    rules/Lifecycle.cpp rules/Lifecycle.h
    rules/MemberStatusUpdater.cpp rules/MemberStatusUpdater.h)
