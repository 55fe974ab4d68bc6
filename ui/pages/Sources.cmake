target_sources(qundesk_ui PRIVATE
    pages/GroupTableDelegate.cpp pages/GroupTableDelegate.h
    pages/GroupsPage.cpp pages/GroupsPage.h
    pages/PageCatalog.cpp pages/PageCatalog.h
    pages/PlaceholderPage.cpp pages/PlaceholderPage.h)
target_sources(qundesk_ui PRIVATE pages/MembersPage.cpp pages/MembersPage.h)
target_sources(qundesk_ui PRIVATE pages/ImportPage.cpp pages/ImportPage.h)
target_sources(qundesk_ui PRIVATE pages/MemberFilterBar.cpp pages/MemberFilterBar.h pages/MembersPageActions.cpp)
target_sources(qundesk_ui PRIVATE pages/ImportHistoryView.cpp pages/ImportHistoryView.h)
target_sources(qundesk_ui PRIVATE pages/DeferredReload.cpp pages/DeferredReload.h)
