// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/TodayPage.h"

#include "SopUiFixture.h"
#include "dialogs/MemberDetailDialog.h"
#include "dialogs/member/MemberTimelineView.h"
#include "pages/TodayTaskPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace qundesk;

namespace {

class TodayPageTest : public test::SopUiFixture {
protected:
    TodayPage* today(MainWindow& window) { return window.findChild<TodayPage*>(); }
};

} // namespace

TEST_F(TodayPageTest, IsTheDefaultPageAndListsTodaysTasksByGroup) {
    applyOnboarding();
    MainWindow window(language);
    open(window);
    EXPECT_EQ(window.currentPage(), PageId::Today);
    TodayPage* page = today(window);
    ASSERT_NE(page, nullptr);
    ASSERT_EQ(page->tasks().size(), 2);
    QTreeWidget* tree = page->tree();
    ASSERT_EQ(tree->topLevelItemCount(), 1);
    EXPECT_EQ(tree->topLevelItem(0)->childCount(), 2);
    EXPECT_TRUE(tree->topLevelItem(0)->text(0).startsWith(QStringLiteral("新人群")));
    const auto* script = page->panel()->findChild<QPlainTextEdit*>(QStringLiteral("taskScript"));
    EXPECT_EQ(script->toPlainText(),
              page->tasks().first().memberName + QStringLiteral("，欢迎加入新人群！我是阿珍"));
}

TEST_F(TodayPageTest, MarkingATaskDoneRecordsItsTouch) {
    applyOnboarding();
    MainWindow window(language);
    open(window);
    TodayPage* page = today(window);
    ASSERT_EQ(page->tasks().size(), 2);
    const qint64 first = page->tasks().first().id;
    ASSERT_TRUE(page->selectTask(first));
    QTest::mouseClick(page->panel()->doneButton(), Qt::LeftButton);
    EXPECT_EQ(
        count(window,
              QStringLiteral("SELECT COUNT(*) FROM touches WHERE sop_task_id = %1").arg(first)),
        1);
    EXPECT_EQ(count(window, QStringLiteral("SELECT COUNT(*) FROM sop_tasks WHERE id = %1 AND "
                                           "status = 'done'")
                                .arg(first)),
              1);
    ASSERT_EQ(page->tasks().size(), 1) << "the done task leaves the list";
    EXPECT_EQ(page->panel()->task()->id, page->tasks().first().id) << "the next one is selected";
}

TEST_F(TodayPageTest, CopyPutsTheScriptOnTheClipboardAndDoneDoesNotCountTwice) {
    applyOnboarding();
    MainWindow window(language);
    open(window);
    TodayPage* page = today(window);
    const sop::AgendaTask task = page->tasks().first();
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ASSERT_TRUE(page->selectTask(task.id));
    page->tree()->setFocus();
    QTest::keyClick(page->tree(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(QApplication::clipboard()->text(), task.script);
    const QString touches =
        QStringLiteral("SELECT COUNT(*) FROM touches WHERE sop_task_id = %1").arg(task.id);
    EXPECT_EQ(count(window, touches), 1);
    ASSERT_TRUE(page->selectTask(task.id));
    QTest::keyClick(page->tree(), Qt::Key_D, Qt::ControlModifier);
    EXPECT_EQ(count(window, touches), 1);
    EXPECT_EQ(page->tasks().size(), 1);
}

TEST_F(TodayPageTest, SkipNeedsAReasonAndPostponeMovesTheTaskToTomorrow) {
    applyOnboarding();
    MainWindow window(language);
    open(window);
    TodayPage* page = today(window);
    const qint64 first = page->tasks().at(0).id;
    const qint64 second = page->tasks().at(1).id;
    ASSERT_TRUE(page->selectTask(first));
    QTest::mouseClick(page->panel()->skipButton(), Qt::LeftButton);
    EXPECT_EQ(page->tasks().size(), 2) << "no reason, no skip";
    EXPECT_FALSE(page->findChild<QLabel*>(QStringLiteral("todayMessage"))->isHidden());
    auto* reason = page->panel()->findChild<QLineEdit*>(QStringLiteral("skipReason"));
    reason->setText(QStringLiteral("已在群里打过招呼"));
    QTest::mouseClick(page->panel()->skipButton(), Qt::LeftButton);
    EXPECT_EQ(count(window, QStringLiteral("SELECT COUNT(*) FROM sop_tasks WHERE id = %1 AND "
                                           "status = 'skipped' AND reason = '已在群里打过招呼'")
                                .arg(first)),
              1);
    ASSERT_TRUE(page->selectTask(second));
    QTest::mouseClick(page->panel()->postponeButton(), Qt::LeftButton);
    EXPECT_TRUE(page->tasks().isEmpty());
    EXPECT_EQ(count(window, QStringLiteral("SELECT COUNT(*) FROM sop_tasks WHERE id = %1 AND "
                                           "status = 'postponed'")
                                .arg(second)),
              1);
}

TEST_F(TodayPageTest, AlertsNameNewcomersNotWelcomedYet) {
    MainWindow window(language);
    open(window);
    auto* alerts = today(window)->findChild<QLabel*>(QStringLiteral("todayAlerts"));
    ASSERT_FALSE(alerts->isHidden());
    EXPECT_TRUE(alerts->text().contains(QStringLiteral("小白"))) << alerts->text().toStdString();
}

TEST_F(TodayPageTest, ATouchLoggedByHandInTheMemberDetailIsRecordedAndUndoable) {
    MainWindow window(language);
    open(window);
    QUndoStack undo;
    MemberDetailDialog dialog(window.workspace(), undo, members.first());
    MemberTimelineView* timeline = dialog.timeline();
    timeline->findChild<QLineEdit*>(QStringLiteral("touchNote"))
        ->setText(QStringLiteral("电话回访"));
    QTest::mouseClick(timeline->findChild<QPushButton*>(QStringLiteral("logTouchButton")),
                      Qt::LeftButton);
    const QString logged = QStringLiteral("SELECT COUNT(*) FROM touches WHERE member_id = %1 AND "
                                          "note = '电话回访' AND channel = 'private'")
                               .arg(members.first());
    EXPECT_EQ(count(window, logged), 1);
    undo.undo();
    EXPECT_EQ(count(window, logged), 0);
}
