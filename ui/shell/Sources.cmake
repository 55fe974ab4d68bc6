target_sources(qundesk_ui PRIVATE
    shell/GroupSwitcher.cpp shell/GroupSwitcher.h
    shell/JobIndicator.cpp shell/JobIndicator.h
    shell/JobRunner.cpp shell/JobRunner.h
    shell/LanguageManager.cpp shell/LanguageManager.h
    shell/MainMenus.cpp shell/MainMenus.h
    shell/MainWindow.cpp shell/MainWindow.h shell/MainWindowDialogs.cpp
    shell/NavigationSidebar.cpp shell/NavigationSidebar.h
    shell/Theme.cpp shell/Theme.h
    shell/WeeklyReportAction.cpp shell/WeeklyReportAction.h
    shell/WorkspaceActions.cpp shell/WorkspaceActions.h
    shell/WorkspaceController.cpp shell/WorkspaceController.h)
target_sources(qundesk_ui PRIVATE trainer/TrainerWindow.cpp trainer/TrainerWindow.h)
