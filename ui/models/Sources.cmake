target_sources(qundesk_ui PRIVATE
    models/GroupTableModel.cpp models/GroupTableModel.h)
