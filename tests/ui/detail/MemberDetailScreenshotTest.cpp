// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Not an assertion test: with QUNDESK_SCREENSHOT_DIR set, saves every tab of the member detail
// dialog on a demo member, in English and Simplified Chinese, for a person to look at.
#include "DetailFixture.h"
#include "demo/DemoWorkspace.h"
#include "dialogs/MemberDetailDialog.h"
#include "shell/LanguageManager.h"
#include "store/MemberListQuery.h"

#include <QDir>
#include <QTabWidget>

using namespace qundesk;

using MemberDetailScreenshotTest = test::DetailFixture;

TEST_F(MemberDetailScreenshotTest, SavesEveryTabInEnglishAndChinese) {
    const QString dir = qEnvironmentVariable("QUNDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set QUNDESK_SCREENSHOT_DIR to save screenshots";
    ASSERT_TRUE(DemoWorkspace::generate(db()).ok());
    // The member with the most revenue has orders, groups and usually referrals to show.
    auto ids = MemberListQuery::ids(db(), {}, MemberSort::Revenue, false);
    ASSERT_TRUE(ids.ok());
    ASSERT_FALSE(ids->isEmpty());

    LanguageManager languages;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        languages.apply(language);
        MemberDetailDialog dialog(workspace, undoStack, ids->first());
        dialog.show();
        auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("memberTabs"));
        ASSERT_NE(tabs, nullptr);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            const QString file =
                QDir(dir).filePath(QStringLiteral("member-detail-%1-%2.png").arg(language).arg(i));
            EXPECT_TRUE(dialog.grab().save(file)) << file.toStdString();
        }
    }
    languages.apply(QStringLiteral("en"));
}
