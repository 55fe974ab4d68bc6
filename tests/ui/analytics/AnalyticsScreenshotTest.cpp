// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Not an assertion test: with QUNDESK_SCREENSHOT_DIR set, saves the Analytics page over the
// demo workspace in English and Chinese for a person to look at.
#include "TempWorkspace.h"
#include "UiFixture.h"
#include "demo/DemoWorkspace.h"
#include "pages/AnalyticsFilterBar.h"
#include "pages/AnalyticsPage.h"
#include "shell/JobRunner.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceActions.h"
#include "shell/WorkspaceController.h"
#include "util/Time.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QTest>

using namespace qundesk;

using AnalyticsScreenshotTest = test::UiFixture;

TEST_F(AnalyticsScreenshotTest, SavesTheAnalyticsPageInEnglishAndChinese) {
    const QString dir = qEnvironmentVariable("QUNDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set QUNDESK_SCREENSHOT_DIR to save screenshots";
    const QDate today(2026, 6, 20);
    time::setFixedNow(QDateTime(today, QTime(10, 0), QTimeZone("Asia/Shanghai")));
    test::TempWorkspace ws;
    DemoOptions options;
    options.today = today;
    ASSERT_TRUE(DemoWorkspace::generate(ws.db(), options).ok());
    ws.close();
    LanguageManager language;
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        language.apply(lang);
        MainWindow window(language);
        ASSERT_TRUE(window.actions().open(ws.path()));
        window.resize(1440, 1000);
        window.show();
        window.setCurrentPage(PageId::Analytics);
        window.workspace().jobs().waitForIdle();
        auto* page = qobject_cast<AnalyticsPage*>(window.page(PageId::Analytics));
        page->filters()->setPeriod(today.addDays(-59), today);
        window.workspace().jobs().waitForIdle();
        QTest::qWait(200);
        EXPECT_TRUE(window.grab().save(dir + QStringLiteral("/analytics-%1.png").arg(lang)));
        auto* scroll = page->findChild<QScrollArea*>(QStringLiteral("analyticsScroll"));
        int shot = 1;
        while (scroll->verticalScrollBar()->value() < scroll->verticalScrollBar()->maximum()) {
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->value() +
                                                  scroll->viewport()->height());
            QTest::qWait(100);
            EXPECT_TRUE(window.grab().save(
                dir + QStringLiteral("/analytics-%1-%2.png").arg(lang).arg(++shot)));
        }
    }
    language.apply(QStringLiteral("en"));
    time::setFixedNow({});
}
