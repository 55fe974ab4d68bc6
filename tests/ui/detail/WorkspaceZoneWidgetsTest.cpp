// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Widgets show and take times in the workspace's time zone, never the machine's: the workspace
// is in New York, the machine running the tests is not.
#include "DetailFixture.h"
#include "dialogs/MemberDetailDialog.h"
#include "dialogs/member/MemberOrdersTab.h"
#include "dialogs/member/MemberProfileForm.h"
#include "dialogs/member/OrderEntryDialog.h"
#include "pages/ImportHistoryView.h"
#include "store/ActivityStore.h"
#include "store/MemberStore.h"
#include "store/OrderStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>

using namespace qundesk;

namespace {

template <typename T>
T* child(QWidget& parent, const char* name) {
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

const QTimeZone kNewYork("America/New_York");
// 20:00 UTC on 1 March: 15:00 on 1 March in New York, 04:00 on 2 March in Shanghai.
const QDateTime kInstant(QDate(2026, 3, 1), QTime(20, 0), QTimeZone::utc());

class WorkspaceZoneWidgetsTest : public test::DetailFixture {
protected:
    void SetUp() override {
        DetailFixture::SetUp();
        ASSERT_NE(QTimeZone::systemTimeZone().id(), kNewYork.id());
        ASSERT_TRUE(SettingsStore(db()).setTimeZone(kNewYork).ok());
        time::setFixedNow(kInstant);
    }
    void TearDown() override {
        time::setFixedNow({});
        DetailFixture::TearDown();
    }

    static QString shortText(const QDateTime& instant, const QTimeZone& zone) {
        return QLocale().toString(instant.toTimeZone(zone), QLocale::ShortFormat);
    }
};

TEST_F(WorkspaceZoneWidgetsTest, OrderEntryShowsAndTakesTheWorkspacesClock) {
    OrderEntryDialog dialog(1, {}, kNewYork);
    auto* when = child<QDateTimeEdit>(dialog, "orderDateEdit");
    EXPECT_EQ(when->date(), QDate(2026, 3, 1));
    EXPECT_EQ(when->time(), QTime(15, 0));
    EXPECT_EQ(dialog.order().orderedAt, kInstant);
    // 20:00 on 10 March in New York is after the change to daylight-saving time (UTC-4).
    when->setDateTime(QDateTime(QDate(2026, 3, 10), QTime(20, 0), QTimeZone::utc()));
    EXPECT_EQ(dialog.order().orderedAt,
              QDateTime(QDate(2026, 3, 11), QTime(0, 0), QTimeZone::utc()));
}

TEST_F(WorkspaceZoneWidgetsTest, OrdersTabListsAndAsksInTheWorkspacesDays) {
    const qint64 id = addMember(QStringLiteral("买家"));
    Order order;
    order.memberId = id;
    order.orderedAt = kInstant;
    order.amountCents = 9900;
    ASSERT_TRUE(OrderStore(db()).create(order).ok());
    MemberDetailDialog dialog(workspace, undoStack, id);
    auto* table = child<QTableWidget>(dialog, "orderTable");
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), shortText(kInstant, kNewYork));
    EXPECT_NE(table->item(0, 0)->text(), shortText(kInstant, QTimeZone::systemTimeZone()));

    answer = QMessageBox::No;
    dialog.orders()->removeOrder(0);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(
        messages.first().text.contains(QLocale().toString(QDate(2026, 3, 1), QLocale::ShortFormat)))
        << messages.first().text.toStdString();
}

TEST_F(WorkspaceZoneWidgetsTest, DoNotDisturbEndIsEditedOnTheWorkspacesClock) {
    const qint64 id = addMember(QStringLiteral("Lin"));
    Member m = member(id);
    m.dnd = true;
    m.dndUntil = kInstant;
    ASSERT_TRUE(MemberStore(db()).update(m).ok());
    MemberDetailDialog dialog(workspace, undoStack, id);
    auto* until = child<QDateTimeEdit>(dialog, "dndUntilEdit");
    EXPECT_EQ(until->date(), QDate(2026, 3, 1));
    EXPECT_EQ(until->time(), QTime(15, 0));
    // Shown as stored: saving the untouched form changes nothing.
    dialog.profile()->save(); // as leaving the field does
    EXPECT_EQ(undoStack.count(), 0);

    until->setDateTime(QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()));
    dialog.profile()->save(); // as leaving the field does
    EXPECT_TRUE(messages.isEmpty());
    // 09:00 in New York (EST, UTC-5).
    EXPECT_EQ(member(id).dndUntil, QDateTime(QDate(2026, 3, 2), QTime(14, 0), QTimeZone::utc()));
}

TEST_F(WorkspaceZoneWidgetsTest, ImportHistoryShowsTheWorkspacesTime) {
    ASSERT_TRUE(ActivityStore(db())
                    .recordImport(QStringLiteral("members"), QStringLiteral("csv"),
                                  QStringLiteral("members.csv"), {}, 0, {})
                    .ok());
    ImportHistoryView view(workspace);
    view.reload();
    QTreeWidget* list = view.list();
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(0), shortText(kInstant, kNewYork));
}

} // namespace
