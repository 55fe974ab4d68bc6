target_sources(qundesk_core PRIVATE)
