target_sources(qundesk_ui PRIVATE
    pages/GroupsPage.cpp pages/GroupsPage.h
    pages/PageCatalog.cpp pages/PageCatalog.h
    pages/PlaceholderPage.cpp pages/PlaceholderPage.h)
