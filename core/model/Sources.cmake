target_sources(qundesk_core PRIVATE
    model/Group.cpp model/Group.h)
target_sources(qundesk_core PRIVATE
    model/Member.cpp model/Member.h
    model/Tag.cpp model/Tag.h
    model/Segment.h)
target_sources(qundesk_core PRIVATE
    model/Message.h
    model/Order.h
    model/Touch.h
    model/ContentItem.cpp model/ContentItem.h
    model/Sop.cpp model/Sop.h)
