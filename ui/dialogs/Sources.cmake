target_sources(qundesk_ui PRIVATE
    dialogs/FileDialogs.cpp dialogs/FileDialogs.h
    dialogs/MessageBoxes.cpp dialogs/MessageBoxes.h
    dialogs/MetricGlossaryDialog.cpp dialogs/MetricGlossaryDialog.h
    dialogs/SettingsDialog.cpp dialogs/SettingsDialog.h)
target_sources(qundesk_ui PRIVATE dialogs/MemberDetailDialog.cpp dialogs/MemberDetailDialog.h)
target_sources(qundesk_ui PRIVATE
    dialogs/ChatCsvColumnsEditor.cpp dialogs/ChatCsvColumnsEditor.h
    dialogs/ChatImportDialog.cpp dialogs/ChatImportDialog.h
    dialogs/ConditionRow.cpp dialogs/ConditionRow.h
    dialogs/ImportReportDialog.cpp dialogs/ImportReportDialog.h
    dialogs/MemberImportDialog.cpp dialogs/MemberImportDialog.h
    dialogs/OrderImportDialog.cpp dialogs/OrderImportDialog.h
    dialogs/TagManagerDialog.cpp dialogs/TagManagerDialog.h
    dialogs/TagRuleEditor.cpp dialogs/TagRuleEditor.h)
target_sources(qundesk_ui PRIVATE dialogs/GroupDialog.cpp dialogs/GroupDialog.h)
target_sources(qundesk_ui PRIVATE dialogs/NewMemberDialog.cpp dialogs/NewMemberDialog.h)
target_sources(qundesk_ui PRIVATE dialogs/member/LinkMemberDialog.cpp dialogs/member/LinkMemberDialog.h dialogs/member/MemberGroupsTab.cpp dialogs/member/MemberGroupsTab.h dialogs/member/MemberIdentitiesTab.cpp dialogs/member/MemberIdentitiesTab.h dialogs/member/MemberOrdersTab.cpp dialogs/member/MemberOrdersTab.h dialogs/member/MemberPicker.cpp dialogs/member/MemberPicker.h dialogs/member/MemberProfileForm.cpp dialogs/member/MemberProfileForm.h dialogs/member/MemberTab.cpp dialogs/member/MemberTab.h dialogs/member/MemberTagsTab.cpp dialogs/member/MemberTagsTab.h dialogs/member/MemberTimelineView.cpp dialogs/member/MemberTimelineView.h dialogs/member/OrderEntryDialog.cpp dialogs/member/OrderEntryDialog.h dialogs/member/ReferralView.cpp dialogs/member/ReferralView.h)
target_sources(qundesk_ui PRIVATE dialogs/WallClockEdit.h)
target_sources(qundesk_ui PRIVATE dialogs/TimeZonePicker.cpp dialogs/TimeZonePicker.h
    dialogs/DialogJob.cpp dialogs/DialogJob.h)
target_sources(qundesk_ui PRIVATE dialogs/SopApplyDialog.cpp dialogs/SopApplyDialog.h)
target_sources(qundesk_ui PRIVATE dialogs/ContentItemDialog.cpp dialogs/ContentItemDialog.h
    dialogs/RecurrenceEditor.cpp dialogs/RecurrenceEditor.h
    dialogs/ScopeQuestion.cpp dialogs/ScopeQuestion.h)
