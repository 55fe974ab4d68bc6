target_sources(qundesk_core PRIVATE
    demo/DemoWorkspace.cpp demo/DemoWorkspace.h)
