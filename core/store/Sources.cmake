target_sources(qundesk_core PRIVATE
    store/GroupStore.cpp store/GroupStore.h
    store/SettingsStore.cpp store/SettingsStore.h)
target_sources(qundesk_core PRIVATE
    store/MemberStore.cpp store/MemberStore.h
    store/TagStore.cpp store/TagStore.h
    store/SegmentStore.cpp store/SegmentStore.h
    store/MembershipStore.cpp store/MembershipStore.h)
target_sources(qundesk_core PRIVATE
    store/ActivityStore.cpp store/ActivityStore.h
    store/OrderStore.cpp store/OrderStore.h
    store/TouchStore.cpp store/TouchStore.h
    store/ContentStore.cpp store/ContentStore.h
    store/SopTemplateStore.cpp store/SopTemplateStore.h
    store/SopRunStore.cpp store/SopRunStore.h
    store/SopTargetStore.cpp store/SopTargetStore.h)
target_sources(qundesk_core PRIVATE store/MemberListQuery.cpp store/MemberListQuery.h)
target_sources(qundesk_core PRIVATE store/MemberSnapshot.cpp store/MemberSnapshot.h)
target_sources(qundesk_core PRIVATE store/MemberNameOrder.cpp store/MemberNameOrder.h)
