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
