qundesk_add_test(qundesk_store_tests KIND core SOURCES
    store/GroupStoreTest.cpp
    store/SettingsStoreTest.cpp)
qundesk_add_test(qundesk_people_store_tests KIND core SOURCES
    store/MemberStoreTest.cpp
    store/MembershipStoreTest.cpp
    store/TagStoreTest.cpp
    store/SegmentStoreTest.cpp
    store/MemberNameOrderTest.cpp)
qundesk_add_test(qundesk_plan_store_tests KIND core SOURCES
    store/ActivityStoreTest.cpp
    store/OrderStoreTest.cpp
    store/TouchStoreTest.cpp
    store/ContentStoreTest.cpp
    store/SopStoreTest.cpp)
qundesk_add_test(qundesk_snapshot_tests KIND core SOURCES
    store/MemberSnapshotTest.cpp)
