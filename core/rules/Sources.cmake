target_sources(qundesk_core PRIVATE
    rules/FanLevel.cpp rules/FanLevel.h
    rules/Lifecycle.cpp rules/Lifecycle.h
    rules/MemberCondition.cpp rules/MemberCondition.h
    rules/MemberStatusRow.cpp rules/MemberStatusRow.h
    rules/MemberStatusUpdater.cpp rules/MemberStatusUpdater.h
    rules/TagRuleEngine.cpp rules/TagRuleEngine.h
    rules/BuiltinSegments.cpp rules/BuiltinSegments.h)
