target_sources(qundesk_ui PRIVATE
    dialogs/FileDialogs.cpp dialogs/FileDialogs.h
    dialogs/MessageBoxes.cpp dialogs/MessageBoxes.h
    dialogs/MetricGlossaryDialog.cpp dialogs/MetricGlossaryDialog.h
    dialogs/SettingsDialog.cpp dialogs/SettingsDialog.h)
target_sources(qundesk_ui PRIVATE dialogs/MemberDetailDialog.cpp dialogs/MemberDetailDialog.h)
target_sources(qundesk_ui PRIVATE
    dialogs/ConditionRow.cpp dialogs/ConditionRow.h
    dialogs/ImportReportDialog.cpp dialogs/ImportReportDialog.h
    dialogs/MemberImportDialog.cpp dialogs/MemberImportDialog.h
    dialogs/TagManagerDialog.cpp dialogs/TagManagerDialog.h
    dialogs/TagRuleEditor.cpp dialogs/TagRuleEditor.h)
