# SOP playbooks: timing, scripts, fatigue checks, the engine that turns runs into tasks.
target_sources(qundesk_core PRIVATE
    sop/StepSchedule.cpp sop/StepSchedule.h
    sop/ScriptRenderer.cpp sop/ScriptRenderer.h
    sop/FatigueGuard.cpp sop/FatigueGuard.h
    sop/SopEndRules.cpp sop/SopEndRules.h
    sop/SopEndActions.cpp sop/SopEndActions.h
    sop/SopTargets.cpp sop/SopTargets.h
    sop/SopEngine.cpp sop/SopEngine.h
    sop/SopStats.cpp sop/SopStats.h)
target_sources(qundesk_core PRIVATE
    sop/SopJson.cpp sop/SopJson.h
    sop/TaskAgenda.cpp sop/TaskAgenda.h
    sop/SopPreview.cpp sop/SopPreview.h
    sop/TodayAlerts.cpp sop/TodayAlerts.h
    sop/SopSamples.cpp sop/SopSamples.h
    sop/SopRunList.cpp sop/SopRunList.h)
# The built-in SOP library, one file per language (resources/sop), read as :/sop/library.LANG.json.
qt_add_resources(qundesk_core "qundesk_sop_library"
    PREFIX "/sop"
    BASE "${CMAKE_CURRENT_SOURCE_DIR}/../resources/sop"
    FILES
        "${CMAKE_CURRENT_SOURCE_DIR}/../resources/sop/library.zh_CN.json"
        "${CMAKE_CURRENT_SOURCE_DIR}/../resources/sop/library.zh_TW.json"
        "${CMAKE_CURRENT_SOURCE_DIR}/../resources/sop/library.en.json")
