target_sources(qundesk_core PRIVATE
    util/Money.cpp util/Money.h util/MoneyTotals.cpp util/MoneyTotals.h
    util/ScopedTimer.cpp util/ScopedTimer.h
    util/LogCategories.cpp util/LogCategories.h
    util/LogFile.cpp util/LogFile.h
    util/Result.h
    util/BoundedQueue.h
    util/FileDigest.cpp util/FileDigest.h
    util/StreamDigest.cpp util/StreamDigest.h
    util/TargetPath.cpp util/TargetPath.h
    util/LocalClock.cpp util/LocalClock.h
    util/Time.cpp util/Time.h)
