// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Not an assertion test: with QUNDESK_SCREENSHOT_DIR set, saves the calendar page of the demo
// workspace (month, week and agenda, English and Simplified Chinese) for a person to look at.
#include "../UiFixture.h"
#include "TempWorkspace.h"
#include "demo/DemoWorkspace.h"
#include "pages/calendar/CalendarPage.h"
#include "shell/JobRunner.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceActions.h"
#include "shell/WorkspaceController.h"

#include <QDir>

#include <gtest/gtest.h>

using namespace qundesk;

using CalendarScreenshotTest = test::UiFixture;

TEST_F(CalendarScreenshotTest, SavesEveryViewInEnglishAndChinese) {
    const QString dir = qEnvironmentVariable("QUNDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set QUNDESK_SCREENSHOT_DIR to save screenshots";
    test::TempWorkspace ws;
    ASSERT_TRUE(DemoWorkspace::generate(ws.db()).ok());
    ws.close();
    LanguageManager languages;
    MainWindow window(languages);
    ASSERT_TRUE(window.actions().open(ws.path()));
    window.workspace().jobs().waitForIdle();
    window.resize(1400, 900);
    window.show();
    window.setCurrentPage(PageId::Calendar);
    auto* page = qobject_cast<CalendarPage*>(window.page(PageId::Calendar));
    ASSERT_NE(page, nullptr);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        languages.apply(language);
        for (auto [view, name] : {std::pair{CalendarPage::View::Month, "month"},
                                  std::pair{CalendarPage::View::Week, "week"},
                                  std::pair{CalendarPage::View::Agenda, "agenda"}}) {
            page->setView(view);
            const QString file = QDir(dir).filePath(
                QStringLiteral("calendar-%1-%2.png").arg(QLatin1String(name), language));
            EXPECT_TRUE(window.grab().save(file)) << file.toStdString();
        }
    }
    languages.apply(QStringLiteral("en"));
}
