target_sources(qundesk_ui PRIVATE)
