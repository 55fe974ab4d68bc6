target_sources(qundesk_ui PRIVATE
    dialogs/FileDialogs.cpp dialogs/FileDialogs.h
    dialogs/MessageBoxes.cpp dialogs/MessageBoxes.h
    dialogs/MetricGlossaryDialog.cpp dialogs/MetricGlossaryDialog.h
    dialogs/SettingsDialog.cpp dialogs/SettingsDialog.h)
target_sources(qundesk_ui PRIVATE dialogs/MemberDetailDialog.cpp dialogs/MemberDetailDialog.h)
