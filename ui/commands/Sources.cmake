target_sources(qundesk_ui PRIVATE)
target_sources(qundesk_ui PRIVATE commands/MemberEditCommands.cpp commands/MemberEditCommands.h)
target_sources(qundesk_ui PRIVATE commands/GroupCommands.cpp commands/GroupCommands.h)
target_sources(qundesk_ui PRIVATE commands/MemberCommands.cpp commands/MemberCommands.h)
