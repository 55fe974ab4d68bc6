target_sources(qundesk_core PRIVATE
    demo/DemoActivity.cpp
    demo/DemoContext.cpp demo/DemoContext.h
    demo/DemoGroups.cpp
    demo/DemoNames.cpp demo/DemoNames.h
    demo/DemoOrders.cpp
    demo/DemoPeople.cpp
    demo/DemoPeopleInsert.cpp
    demo/DemoPlans.cpp
    demo/DemoRandom.cpp demo/DemoRandom.h
    demo/DemoSops.cpp
    demo/DemoSteps.h
    demo/DemoTags.cpp
    demo/DemoWorkspace.cpp demo/DemoWorkspace.h)
