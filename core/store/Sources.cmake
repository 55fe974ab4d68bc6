target_sources(qundesk_core PRIVATE
    store/GroupStore.cpp store/GroupStore.h
    store/SettingsStore.cpp store/SettingsStore.h)
target_sources(qundesk_core PRIVATE
    store/MemberStore.cpp store/MemberStore.h
    store/MembershipStore.cpp store/MembershipStore.h)
target_sources(qundesk_core PRIVATE
    store/ActivityStore.cpp store/ActivityStore.h
    store/OrderStore.cpp store/OrderStore.h
    store/TouchStore.cpp store/TouchStore.h)
target_sources(qundesk_core PRIVATE store/MemberListQuery.cpp store/MemberListQuery.h)
