target_sources(qundesk_core PRIVATE
    util/Result.h
    util/Time.cpp util/Time.h)
