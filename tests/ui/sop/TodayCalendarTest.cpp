// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "SopUiFixture.h"
#include "model/ContentItem.h"
#include "pages/TodayPage.h"
#include "pages/TodayTaskPanel.h"
#include "services/CalendarService.h"

#include <QTreeWidget>

using namespace qundesk;

using TodayCalendarTest = test::SopUiFixture;

TEST_F(TodayCalendarTest, TodaysPlannedPostsAreListedFirst) {
    const QDate today = time::today(QTimeZone("Asia/Shanghai"));
    ContentItem post;
    post.groupId = groupId;
    post.title = QStringLiteral("晚间话题：你最爱的茶");
    post.channel = QStringLiteral("group");
    post.status = QStringLiteral("scheduled");
    post.startsAt = QDateTime(today, QTime(20, 0), QTimeZone::utc());
    ASSERT_TRUE(CalendarService::create(ws.db(), post).ok());
    ContentItem tomorrow = post;
    tomorrow.title = QStringLiteral("明天的");
    tomorrow.startsAt = post.startsAt.addDays(1);
    ASSERT_TRUE(CalendarService::create(ws.db(), tomorrow).ok());
    applyOnboarding();
    MainWindow window(language);
    open(window);
    auto* page = window.findChild<TodayPage*>();
    QTreeWidget* tree = page->tree();
    ASSERT_EQ(tree->topLevelItemCount(), 2);
    QTreeWidgetItem* plan = tree->topLevelItem(0);
    ASSERT_EQ(plan->childCount(), 1);
    EXPECT_EQ(plan->child(0)->text(3), post.title);
    EXPECT_EQ(plan->child(0)->text(1), QStringLiteral("新人群"));
    EXPECT_EQ(page->tasks().size(), 2) << "the SOP tasks are still there";
    EXPECT_EQ(page->panel()->task()->id, page->tasks().first().id);
}
