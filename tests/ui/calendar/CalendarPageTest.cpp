// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/calendar/CalendarPage.h"

#include "../UiFixture.h"
#include "TempWorkspace.h"
#include "db/Database.h"
#include "dialogs/ContentItemDialog.h"
#include "dialogs/RecurrenceEditor.h"
#include "dialogs/ScopeQuestion.h"
#include "pages/calendar/AgendaView.h"
#include "pages/calendar/MonthView.h"
#include "pages/calendar/WeekView.h"
#include "services/CalendarService.h"
#include "shell/JobRunner.h"
#include "shell/LanguageManager.h"
#include "shell/MainMenus.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceActions.h"
#include "shell/WorkspaceController.h"
#include "store/ContentStore.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace qundesk;

namespace {

QDateTime at(const char* text) {
    return localTime::fromStorage(QString::fromLatin1(text));
}

void send(QWidget* w, QEvent::Type type, const QPoint& pos, Qt::MouseButtons buttons) {
    QMouseEvent e(type, QPointF(pos), w->mapToGlobal(QPointF(pos)),
                  type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                  Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

// Presses at `from`, moves in steps to `to` and releases there, as a hand drags.
void drag(QWidget* w, const QPoint& from, const QPoint& to) {
    send(w, QEvent::MouseButtonPress, from, Qt::LeftButton);
    for (int i = 1; i <= 4; ++i)
        send(w, QEvent::MouseMove, from + (to - from) * i / 4, Qt::LeftButton);
    send(w, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

// Runs `fill` on the next modal dialog as soon as it is shown.
void onNextDialog(std::function<void(QDialog*)> fill) {
    QTimer::singleShot(0, [fill] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        fill(dialog);
    });
}

class CalendarPageTest : public test::UiFixture {
protected:
    void SetUp() override {
        UiFixture::SetUp();
        language.apply(QStringLiteral("en"));
        time::setFixedNow(QDateTime(QDate(2026, 5, 13), QTime(2, 0), QTimeZone::utc()));
        ASSERT_TRUE(SettingsStore(ws.db()).setTimeZone(QTimeZone("Asia/Shanghai")).ok());
        test::seedGroups(ws.db(), {QStringLiteral("宝妈群")}, {3});
        ws.close();
        ASSERT_TRUE(window.actions().open(ws.path()));
        window.workspace().jobs().waitForIdle();
        window.resize(1200, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.setCurrentPage(PageId::Calendar);
        page = qobject_cast<CalendarPage*>(window.page(PageId::Calendar));
        ASSERT_NE(page, nullptr);
        page->reload();
        groupId = GroupStore(db()).findByName(QStringLiteral("宝妈群"))->value().id;
    }
    void TearDown() override {
        ScopeQuestion::setHook({});
        time::setFixedNow({});
        UiFixture::TearDown();
    }
    Database& db() { return *window.workspace().database(); }
    QList<ContentItem> items() { return ContentStore(db()).listAll().value(); }
    qint64 add(const char* title, const char* start, const char* rrule = "",
               const char* line = "daily") {
        ContentItem c;
        c.groupId = groupId;
        c.title = QString::fromUtf8(title);
        c.startsAt = at(start);
        c.rrule = QString::fromLatin1(rrule);
        c.contentLine = QString::fromLatin1(line);
        const qint64 id = CalendarService::create(db(), c).value();
        window.workspace().notifyDataChanged();
        return id;
    }

    LanguageManager language;
    test::TempWorkspace ws;
    MainWindow window{language};
    CalendarPage* page = nullptr;
    qint64 groupId = 0;
};

} // namespace

TEST_F(CalendarPageTest, CreateByDoubleClickDragToAnotherDayUndoAndSwitchViews) {
    MonthView& month = page->monthView();
    EXPECT_EQ(page->snapshot().today, QDate(2026, 5, 13));
    const QRect cell = month.cellRect(QDate(2026, 5, 14));
    ASSERT_FALSE(cell.isEmpty());
    onNextDialog([](QDialog* dialog) {
        dialog->findChild<QLineEdit*>(QStringLiteral("itemTitle"))
            ->setText(QStringLiteral("周末团购预告"));
        dialog->accept();
    });
    send(&month, QEvent::MouseButtonPress, cell.center() + QPoint(0, 20), Qt::LeftButton);
    send(&month, QEvent::MouseButtonRelease, cell.center() + QPoint(0, 20), Qt::NoButton);
    send(&month, QEvent::MouseButtonDblClick, cell.center() + QPoint(0, 20), Qt::LeftButton);
    send(&month, QEvent::MouseButtonRelease, cell.center() + QPoint(0, 20), Qt::NoButton);
    ASSERT_EQ(items().size(), 1);
    const ContentItem created = items().first();
    EXPECT_EQ(created.title, QStringLiteral("周末团购预告"));
    EXPECT_EQ(created.startsAt, at("2026-05-14T20:00"));
    EXPECT_EQ(window.undoStack().count(), 1);

    const QRect chip = month.chipRect(created.id, QDate(2026, 5, 14));
    ASSERT_FALSE(chip.isEmpty());
    drag(&month, chip.center(), month.cellRect(QDate(2026, 5, 21)).center());
    EXPECT_EQ(items().first().startsAt, at("2026-05-21T20:00"));
    EXPECT_EQ(window.undoStack().count(), 2);
    EXPECT_FALSE(month.chipRect(created.id, QDate(2026, 5, 21)).isEmpty());

    window.undoStack().undo();
    EXPECT_EQ(items().first().startsAt, at("2026-05-14T20:00"));
    EXPECT_FALSE(month.chipRect(created.id, QDate(2026, 5, 14)).isEmpty());
    window.undoStack().redo();
    EXPECT_EQ(items().first().startsAt, at("2026-05-21T20:00"));
    window.undoStack().undo();
    window.undoStack().undo(); // the creation
    EXPECT_TRUE(items().isEmpty());
    window.undoStack().redo();
    ASSERT_EQ(items().size(), 1);
    EXPECT_EQ(items().first().id, created.id); // the same row again

    auto* stack = page->findChild<QStackedWidget*>();
    page->findChild<QAbstractButton*>(QStringLiteral("calendarWeekButton"))->click();
    EXPECT_EQ(page->view(), CalendarPage::View::Week);
    EXPECT_EQ(stack->currentWidget(), &page->weekView());
    EXPECT_EQ(page->snapshot().from, QDate(2026, 5, 11));
    EXPECT_FALSE(page->weekView().blockRect(created.id, QDate(2026, 5, 14)).isEmpty());
    page->findChild<QAbstractButton*>(QStringLiteral("calendarAgendaButton"))->click();
    EXPECT_EQ(stack->currentWidget(), &page->agendaView());
    EXPECT_GE(page->agendaView().topLevelItemCount(), 2); // the day and the item
    page->findChild<QAbstractButton*>(QStringLiteral("calendarMonthButton"))->click();
    EXPECT_EQ(stack->currentWidget(), &page->monthView());
}

TEST_F(CalendarPageTest, WeekViewMovesAnOccurrenceInTimeAndResizesIt) {
    const qint64 series = add("每日早安", "2026-05-11T08:00", "FREQ=DAILY;COUNT=7");
    QStringList asked;
    ScopeQuestion::setHook([&asked](const QString& title) {
        asked << title;
        return EditScope::ThisOne;
    });
    page->setView(CalendarPage::View::Week);
    WeekView& week = page->weekView();
    const QRect block = week.blockRect(series, QDate(2026, 5, 12));
    ASSERT_FALSE(block.isEmpty());
    const QPoint grab = block.topLeft() + QPoint(block.width() / 2, 3);
    const QPoint target = week.pointAt(QDate(2026, 5, 13), QTime(10, 30), QStringLiteral("group"));
    drag(&week, grab, target + QPoint(0, 1));
    auto x = ContentStore(db()).exceptionsFor(series).value();
    ASSERT_EQ(x.size(), 1);
    EXPECT_EQ(x[0].originalStart, at("2026-05-12T08:00"));
    EXPECT_EQ(x[0].newStart, at("2026-05-13T10:30"));
    window.undoStack().undo();
    EXPECT_TRUE(ContentStore(db()).exceptionsFor(series)->isEmpty());

    const QRect again = week.blockRect(series, QDate(2026, 5, 14));
    const QPoint edge(again.center().x(), again.bottom() - 1);
    drag(&week, edge, edge + QPoint(0, again.height() * 3));
    x = ContentStore(db()).exceptionsFor(series).value();
    ASSERT_EQ(x.size(), 1);
    EXPECT_GT(x[0].durationMin, 30);
    EXPECT_EQ(asked, QStringList({QStringLiteral("Move “每日早安”"),
                                  QStringLiteral("Change the length of “每日早安”")}));
}

// Dragging an occurrence of a series asks what moves: "this and following" shifts the rest of
// the series by the same step; cancelling moves nothing; "all" moves the whole series.
TEST_F(CalendarPageTest, DraggingAnOccurrenceOfASeriesAsksWhatMoves) {
    const qint64 series = add("会员日直播", "2026-05-12T20:00", "FREQ=WEEKLY;BYDAY=TU;COUNT=4");
    MonthView& month = page->monthView();
    std::optional<EditScope> scope = EditScope::ThisAndFollowing;
    ScopeQuestion::setHook([&scope](const QString&) { return scope; });
    const QRect third = month.chipRect(series, QDate(2026, 5, 26));
    ASSERT_FALSE(third.isEmpty());
    drag(&month, third.center(), month.cellRect(QDate(2026, 5, 28)).center());
    // The series ends after the second Tuesday; a new one goes on Thursdays from the 28th.
    ASSERT_EQ(items().size(), 2);
    EXPECT_EQ(ContentStore(db()).get(series)->rrule, QStringLiteral("FREQ=WEEKLY;BYDAY=TU;COUNT=2"));
    EXPECT_FALSE(month.chipRect(series, QDate(2026, 5, 19)).isEmpty());
    EXPECT_TRUE(month.chipRect(series, QDate(2026, 5, 26)).isEmpty());
    window.undoStack().undo();
    ASSERT_EQ(items().size(), 1);

    scope.reset();
    const int undoSteps = window.undoStack().count();
    drag(&month, month.chipRect(series, QDate(2026, 5, 26)).center(),
         month.cellRect(QDate(2026, 5, 28)).center());
    EXPECT_EQ(window.undoStack().count(), undoSteps) << "cancelled: nothing changed";
    EXPECT_FALSE(month.chipRect(series, QDate(2026, 5, 26)).isEmpty());
    EXPECT_TRUE(ContentStore(db()).exceptionsFor(series)->isEmpty());

    scope = EditScope::All;
    drag(&month, month.chipRect(series, QDate(2026, 5, 19)).center(),
         month.cellRect(QDate(2026, 5, 20)).center());
    ASSERT_EQ(items().size(), 1);
    EXPECT_EQ(items().first().startsAt, at("2026-05-13T20:00"));
    EXPECT_TRUE(ContentStore(db()).exceptionsFor(series)->isEmpty());
}

TEST_F(CalendarPageTest, AFatigueWarningShowsOnTheDayAndGoesWhenAPostMoves) {
    qint64 first = 0;
    for (const char* t : {"2026-05-20T09:00", "2026-05-20T10:00", "2026-05-20T11:00",
                          "2026-05-20T12:00", "2026-05-20T13:00"}) {
        const qint64 id = add("帖子", t);
        first = first ? first : id;
    }
    ASSERT_EQ(page->snapshot().warningsOn(QDate(2026, 5, 20)).size(), 1);
    EXPECT_EQ(page->snapshot().warningsOn(QDate(2026, 5, 20)).first().rule,
              calendar::FatigueRule::PostsPerDay);
    MonthView& month = page->monthView();
    ASSERT_FALSE(month.chipRect(first, QDate(2026, 5, 20)).isEmpty());
    drag(&month, month.chipRect(first, QDate(2026, 5, 20)).center(),
         month.cellRect(QDate(2026, 5, 22)).center());
    EXPECT_TRUE(page->snapshot().warningsOn(QDate(2026, 5, 20)).isEmpty());
    window.undoStack().undo();
    EXPECT_EQ(page->snapshot().warningsOn(QDate(2026, 5, 20)).size(), 1);
}

TEST_F(CalendarPageTest, EditingAnOccurrenceAsksTheScopeAndTheEditorSaysTheRule) {
    const qint64 series = add("会员日直播", "2026-05-12T20:00", "FREQ=WEEKLY;BYDAY=TU;COUNT=8");
    ScopeQuestion::setHook([](const QString&) { return EditScope::ThisAndFollowing; });
    calendar::Occurrence third;
    for (const calendar::Occurrence& o : page->snapshot().occurrences)
        if (o.start.date() == QDate(2026, 5, 26))
            third = o;
    ASSERT_EQ(third.itemId, series);
    QString summary;
    onNextDialog([&summary](QDialog* dialog) {
        summary = dialog->findChild<QLabel*>(QStringLiteral("recurrenceSummary"))->text();
        dialog->findChild<QLineEdit*>(QStringLiteral("itemTitle"))
            ->setText(QStringLiteral("新版直播"));
        dialog->accept();
    });
    page->openOccurrence(third);
    EXPECT_EQ(summary, QStringLiteral("Weekly on Tue at 20:00, 8 times"));
    ASSERT_EQ(items().size(), 2);
    EXPECT_EQ(ContentStore(db()).get(series)->rrule,
              QStringLiteral("FREQ=WEEKLY;BYDAY=TU;COUNT=2"));
    window.undoStack().undo();
    ASSERT_EQ(items().size(), 1);
    EXPECT_EQ(items().first().rrule, QStringLiteral("FREQ=WEEKLY;BYDAY=TU;COUNT=8"));
}

TEST_F(CalendarPageTest, KeyboardMovesTheDayAndTheMonthAndFileMenuExports) {
    MonthView& month = page->monthView();
    month.setFocus();
    QTest::keyClick(&month, Qt::Key_Right);
    EXPECT_EQ(month.selectedDate(), QDate(2026, 5, 14));
    QTest::keyClick(&month, Qt::Key_Down);
    EXPECT_EQ(month.selectedDate(), QDate(2026, 5, 21));
    QTest::keyClick(&month, Qt::Key_PageDown);
    EXPECT_EQ(page->snapshot().anchor, QDate(2026, 6, 1));
    QTest::keyClick(&month, Qt::Key_PageUp);
    QTest::keyClick(&month, Qt::Key_PageUp);
    EXPECT_EQ(page->snapshot().anchor, QDate(2026, 4, 1));
    QTest::keyClick(&month, Qt::Key_Home);
    EXPECT_EQ(page->snapshot().anchor, QDate(2026, 5, 1));
    EXPECT_EQ(month.selectedDate(), QDate(2026, 5, 13));

    add("早安", "2026-05-15T08:00", "FREQ=DAILY;COUNT=3");
    const QString file = ws.filePath(QStringLiteral("plan.ics"));
    chosenFiles << file;
    window.menus().exportCalendar->trigger();
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::ReadOnly));
    EXPECT_TRUE(out.readAll().contains("RRULE:FREQ=DAILY;COUNT=3"));
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_EQ(messages.last().title, QStringLiteral("Calendar exported"));
}

TEST_F(CalendarPageTest, TheItemDialogWarnsBeforeTheFifthPostOfADayAndStopsWhenItMoves) {
    for (const char* t :
         {"2026-05-20T09:00", "2026-05-20T10:00", "2026-05-20T11:00", "2026-05-20T12:00"})
        add("帖子", t);
    page->setGroupFilter(groupId);
    QString before;
    QString after;
    bool hiddenAfter = false;
    onNextDialog([&](QDialog* dialog) {
        auto* warnings = dialog->findChild<QLabel*>(QStringLiteral("itemWarnings"));
        before = warnings->text();
        auto* start = dialog->findChild<QDateTimeEdit*>(QStringLiteral("itemStart"));
        start->setDateTime(QDateTime(QDate(2026, 5, 21), QTime(20, 0), QTimeZone::utc()));
        after = warnings->text();
        hiddenAfter = warnings->isHidden();
        dialog->reject();
    });
    page->createAt(QDateTime(QDate(2026, 5, 20), QTime(20, 0), QTimeZone::utc()));
    EXPECT_TRUE(before.contains(QStringLiteral("5 posts planned"))) << before.toStdString();
    EXPECT_TRUE(hiddenAfter) << after.toStdString();
    EXPECT_EQ(items().size(), 4);
}
