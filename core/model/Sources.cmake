target_sources(qundesk_core PRIVATE
    model/Group.cpp model/Group.h)
