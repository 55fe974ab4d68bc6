qundesk_add_test(qundesk_store_tests KIND core SOURCES
    store/GroupStoreTest.cpp
    store/SettingsStoreTest.cpp)
