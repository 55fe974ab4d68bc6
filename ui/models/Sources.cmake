target_sources(qundesk_ui PRIVATE
    models/GroupTableModel.cpp models/GroupTableModel.h)
target_sources(qundesk_ui PRIVATE models/MemberTableModel.cpp models/MemberTableModel.h)
