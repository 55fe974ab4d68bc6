// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Not an assertion test: with QUNDESK_SCREENSHOT_DIR set, saves the Today page and the SOP
// page (editor, dry run, runs) on the demo workspace with the built-in library applied, in
// English and Simplified Chinese, for a person to look at.
#include "SopUiFixture.h"
#include "demo/DemoWorkspace.h"
#include "pages/SopPage.h"
#include "services/SopShareService.h"
#include "store/SopTemplateStore.h"
#include "trainer/TrainerWindow.h"

#include <QSignalSpy>

#include <QDir>
#include <QTabWidget>
#include <QTest>

using namespace qundesk;

using SopScreenshotTest = test::SopUiFixture;

TEST_F(SopScreenshotTest, SavesTodayAndSopPagesInEnglishAndChinese) {
    const QString dir = qEnvironmentVariable("QUNDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set QUNDESK_SCREENSHOT_DIR to save screenshots";
    test::TempWorkspace demo;
    ASSERT_TRUE(DemoWorkspace::generate(demo.db()).ok());
    ASSERT_TRUE(SopShareService::addBuiltins(demo.db(), QStringLiteral("zh_CN")).ok());
    auto onboarding = SopTemplateStore(demo.db()).findByName(QStringLiteral("新人7天破冰"));
    ASSERT_TRUE(onboarding.ok() && onboarding->has_value());
    auto group = GroupStore(demo.db()).findByName(QStringLiteral("新人福利群"));
    ASSERT_TRUE(group.ok() && group->has_value());
    const QDate today = time::today(SettingsStore(demo.db()).timeZone());
    ASSERT_TRUE(SopService::apply(demo.db(), (*onboarding)->id, QStringLiteral("group"),
                                  (*group)->id, today.addDays(-6))
                    .ok());
    demo.close();

    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        language.apply(lang);
        MainWindow window(language);
        ASSERT_TRUE(window.actions().open(demo.path()));
        window.workspace().jobs().waitForIdle();
        window.resize(1366, 860);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.setCurrentPage(PageId::Today);
        QTest::qWait(50);
        EXPECT_TRUE(
            window.grab().save(QDir(dir).filePath(QStringLiteral("today-%1.png").arg(lang))));
        window.setCurrentPage(PageId::Sop);
        auto* page = window.findChild<SopPage*>();
        page->selectTemplate(QStringLiteral("新人7天破冰"));
        for (int tab = 0; tab < page->tabs()->count(); ++tab) {
            page->tabs()->setCurrentIndex(tab);
            QTest::qWait(50);
            EXPECT_TRUE(window.grab().save(
                QDir(dir).filePath(QStringLiteral("sop-%1-%2.png").arg(lang).arg(tab))));
        }
    }
    // The trainer's projector view, a day on.
    language.apply(QStringLiteral("zh_CN"));
    {
        TrainerWindow trainer;
        QSignalSpy ready(&trainer, &TrainerWindow::ready);
        trainer.start();
        ASSERT_TRUE(ready.wait(120000));
        trainer.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&trainer));
        trainer.addDay();
        QTest::qWait(50);
        EXPECT_TRUE(trainer.grab().save(QDir(dir).filePath(QStringLiteral("trainer-zh_CN.png"))));
    }
    language.apply(QStringLiteral("en"));
}
