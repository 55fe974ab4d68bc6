// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "dialogs/MemberDetailDialog.h"

#include "DetailFixture.h"
#include "commands/MemberEditCommands.h"
#include "db/Sql.h"
#include "dialogs/member/MemberGroupsTab.h"
#include "dialogs/member/MemberIdentitiesTab.h"
#include "dialogs/member/MemberOrdersTab.h"
#include "dialogs/member/MemberProfileForm.h"
#include "dialogs/member/MemberTagsTab.h"
#include "dialogs/member/ReferralView.h"
#include "store/MemberStore.h"
#include "store/MembershipStore.h"
#include "store/OrderStore.h"
#include "store/TagStore.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QLineEdit>
#include <QListWidget>
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

// Levels below `root`, walked without recursion (GCC's -O3 sees a null child in the recursion).
int treeDepth(const QTreeWidgetItem* root) {
    int deepest = 0;
    QList<std::pair<const QTreeWidgetItem*, int>> pending{{root, 0}};
    while (!pending.isEmpty()) {
        const auto [item, depth] = pending.takeLast();
        deepest = std::max(deepest, depth);
        for (int i = 0; i < item->childCount(); ++i)
            pending.append({item->child(i), depth + 1});
    }
    return deepest;
}
} // namespace

using MemberDetailDialogTest = test::DetailFixture;

TEST_F(MemberDetailDialogTest, SavesTheProfileAndUndoRedoRestoresIt) {
    const qint64 id = addMember(QStringLiteral("小红"));
    Member before = member(id);
    before.city = QStringLiteral("杭州");
    ASSERT_TRUE(MemberStore(db()).update(before).ok());

    MemberDetailDialog dialog(workspace, undoStack, id);
    EXPECT_EQ(child<QLabel>(dialog, "memberNameLabel")->text(), QStringLiteral("小红"));
    auto* name = child<QLineEdit>(dialog, "nameEdit");
    auto* city = child<QLineEdit>(dialog, "cityEdit");
    EXPECT_EQ(city->text(), QStringLiteral("杭州"));
    name->setText(QStringLiteral("小红 Hong"));
    city->setText(QStringLiteral("上海"));
    EXPECT_TRUE(child<QLabel>(dialog, "profileSavedLabel")->text().isEmpty());
    Q_EMIT city->editingFinished(); // the operator leaves the field: saved as they go

    EXPECT_TRUE(messages.isEmpty());
    ASSERT_EQ(undoStack.count(), 1);
    EXPECT_EQ(child<QLabel>(dialog, "profileSavedLabel")->text(), QStringLiteral("Saved"));
    EXPECT_EQ(member(id).displayName, QStringLiteral("小红 Hong"));
    EXPECT_EQ(member(id).city, QStringLiteral("上海"));
    EXPECT_EQ(child<QLabel>(dialog, "memberNameLabel")->text(), QStringLiteral("小红 Hong"));

    undoStack.undo();
    EXPECT_EQ(member(id).displayName, QStringLiteral("小红"));
    EXPECT_EQ(member(id).city, QStringLiteral("杭州"));
    EXPECT_EQ(name->text(), QStringLiteral("小红")); // the form follows the undo
    undoStack.redo();
    EXPECT_EQ(member(id).displayName, QStringLiteral("小红 Hong"));
    EXPECT_EQ(member(id).city, QStringLiteral("上海"));
    EXPECT_EQ(city->text(), QStringLiteral("上海"));
}

TEST_F(MemberDetailDialogTest, AnEmptyNameIsRefusedAndNothingIsStored) {
    const qint64 id = addMember(QStringLiteral("阿明"));
    MemberDetailDialog dialog(workspace, undoStack, id);
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("  "));
    dialog.profile()->save(); // as leaving the field does
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(undoStack.count(), 0);
    EXPECT_EQ(member(id).displayName, QStringLiteral("阿明"));
}

TEST_F(MemberDetailDialogTest, LinksTwoMembersAndUndoSeparatesThem) {
    const qint64 a = addMember(QStringLiteral("Anna WeChat"));
    const qint64 b = addMember(QStringLiteral("Anna Telegram"));
    MemberDetailDialog dialog(workspace, undoStack, a);
    auto* linked = child<QListWidget>(dialog, "linkedMemberList");

    dialog.identities()->linkWith(b);
    EXPECT_EQ(member(b).personId, a);
    ASSERT_EQ(linked->count(), 1);
    EXPECT_EQ(linked->item(0)->data(Qt::UserRole).toLongLong(), b);

    undoStack.undo();
    EXPECT_EQ(member(b).personId, 0);
    EXPECT_EQ(member(a).personId, 0);
    EXPECT_FALSE(child<QPushButton>(dialog, "unlinkMemberButton")->isEnabled());
    undoStack.redo();
    EXPECT_EQ(member(b).personId, a);
}

TEST_F(MemberDetailDialogTest, LinkedNamesWithPercentPlaceholdersAreShownAsTyped) {
    const qint64 a = addMember(QStringLiteral("%2李"));
    const qint64 b = addMember(QStringLiteral("王%1"));
    MemberDetailDialog dialog(workspace, undoStack, a);
    dialog.identities()->linkWith(b);
    auto* linked = child<QListWidget>(dialog, "linkedMemberList");
    ASSERT_EQ(linked->count(), 1);
    EXPECT_EQ(linked->item(0)->text(), QStringLiteral("王%1  #") + QString::number(b));
}

TEST_F(MemberDetailDialogTest, UnlinkingTheRootAndUndoingRestoresThePerson) {
    const qint64 a = addMember(QStringLiteral("root"));
    const qint64 b = addMember(QStringLiteral("b"));
    const qint64 c = addMember(QStringLiteral("c"));
    MemberStore store(db());
    ASSERT_TRUE(store.link(a, b).ok());
    ASSERT_TRUE(store.link(a, c).ok());
    MemberDetailDialog dialog(workspace, undoStack, a);
    child<QListWidget>(dialog, "linkedMemberList")->setCurrentRow(-1);
    dialog.identities()->unlinkSelected(); // nothing selected: this member leaves the person
    EXPECT_EQ(member(a).personId, 0);
    EXPECT_EQ(member(c).personId, b); // b took over as root
    undoStack.undo();
    EXPECT_EQ(member(a).personId, 0);
    EXPECT_EQ(member(b).personId, a);
    EXPECT_EQ(member(c).personId, a);
}

TEST_F(MemberDetailDialogTest, AddsAndDeletesOrdersWithUndo) {
    const qint64 id = addMember(QStringLiteral("买家"));
    MemberDetailDialog dialog(workspace, undoStack, id);
    auto* table = child<QTableWidget>(dialog, "orderTable");
    Order order;
    order.memberId = id;
    order.orderedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());
    order.amountCents = 9900;
    order.product = QStringLiteral("绿茶");
    dialog.orders()->addOrder(order);
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("绿茶"));
    auto stored = OrderStore(db()).listForMember(id);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().amountCents, 9900);
    EXPECT_EQ(stored->first().currency, QStringLiteral("CNY"));

    undoStack.undo();
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_TRUE(OrderStore(db()).listForMember(id)->isEmpty());
    undoStack.redo();
    ASSERT_EQ(table->rowCount(), 1);

    answer = QMessageBox::Yes;
    dialog.orders()->removeOrder(0);
    EXPECT_EQ(messages.size(), 1); // asked before deleting
    EXPECT_EQ(table->rowCount(), 0);
    undoStack.undo();
    ASSERT_EQ(OrderStore(db()).listForMember(id)->size(), 1);
    EXPECT_EQ(OrderStore(db()).listForMember(id)->first().product, QStringLiteral("绿茶"));
}

TEST_F(MemberDetailDialogTest, GivesAndTakesTagsWithUndo) {
    const qint64 id = addMember(QStringLiteral("Lin"));
    TagStore tags(db());
    Tag vip;
    vip.name = QStringLiteral("VIP");
    auto tagId = tags.create(vip);
    ASSERT_TRUE(tagId.ok());
    MemberDetailDialog dialog(workspace, undoStack, id);
    auto* list = child<QListWidget>(dialog, "tagList");
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->item(0)->checkState(), Qt::Unchecked);

    list->item(0)->setCheckState(Qt::Checked); // the operator ticks the chip
    ASSERT_EQ(tags.tagsOfMember(id)->size(), 1);
    EXPECT_EQ(list->item(0)->checkState(), Qt::Checked);
    undoStack.undo();
    EXPECT_TRUE(tags.tagsOfMember(id)->isEmpty());
    EXPECT_EQ(list->item(0)->checkState(), Qt::Unchecked);
    undoStack.redo();
    ASSERT_EQ(tags.tagsOfMember(id)->size(), 1);

    dialog.tags()->setTag(tagId.value(), false);
    EXPECT_TRUE(tags.tagsOfMember(id)->isEmpty());
    undoStack.undo();
    EXPECT_EQ(tags.tagsOfMember(id)->size(), 1);
}

TEST_F(MemberDetailDialogTest, UntagUndoGivesTheTagBackWithItsOrigin) {
    const qint64 id = addMember(QStringLiteral("Lin"));
    TagStore tags(db());
    Tag regular;
    regular.name = QStringLiteral("老客户");
    const qint64 tagId = tags.create(regular).value();
    ASSERT_EQ(tags.assign({id}, tagId, QStringLiteral("import")).value(), 1);
    const QDateTime since = tags.tagsOfMember(id)->first().since;
    MemberDetailDialog dialog(workspace, undoStack, id);
    auto* list = child<QListWidget>(dialog, "tagList");
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->item(0)->toolTip(), tagOrigin::label(QStringLiteral("import")));

    list->item(0)->setCheckState(Qt::Unchecked); // the operator unticks the imported tag
    EXPECT_TRUE(tags.tagsOfMember(id)->isEmpty());
    undoStack.undo();
    auto back = tags.tagsOfMember(id);
    ASSERT_EQ(back->size(), 1);
    EXPECT_EQ(back->first().origin, QStringLiteral("import"));
    EXPECT_EQ(back->first().since, since);
    EXPECT_EQ(list->item(0)->checkState(), Qt::Checked);
    undoStack.redo();
    EXPECT_TRUE(tags.tagsOfMember(id)->isEmpty());
    undoStack.undo();
    EXPECT_EQ(tags.tagsOfMember(id)->first().origin, QStringLiteral("import"));

    // Giving a tag the member already carries changes nothing, and neither does its undo.
    undoStack.push(new SetMemberTagCommand(workspace, id, tagId, true, regular.name));
    undoStack.undo();
    ASSERT_EQ(tags.tagsOfMember(id)->size(), 1);
    EXPECT_EQ(tags.tagsOfMember(id)->first().origin, QStringLiteral("import"));
}

TEST_F(MemberDetailDialogTest, ChangesRoleAndMarksLeftWithUndo) {
    const qint64 id = addMember(QStringLiteral("群友"));
    const qint64 group = addGroup(QStringLiteral("VIP 群"));
    MembershipStore stays(db());
    auto stay = stays.join(group, id, QStringLiteral("member"),
                           QDateTime(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc()));
    ASSERT_TRUE(stay.ok());
    MemberDetailDialog dialog(workspace, undoStack, id);

    dialog.groups()->setRole(0, QStringLiteral("koc"));
    EXPECT_EQ(stays.get(stay.value())->role, QStringLiteral("koc"));
    undoStack.undo();
    EXPECT_EQ(stays.get(stay.value())->role, QStringLiteral("member"));

    dialog.groups()->markLeft(0);
    auto afterLeave = stays.listForMember(id);
    ASSERT_EQ(afterLeave->size(), 1);
    EXPECT_FALSE(afterLeave->first().isPresent());
    undoStack.undo();
    auto reopened = stays.listForMember(id);
    ASSERT_EQ(reopened->size(), 1);
    EXPECT_EQ(reopened->first().id, stay.value()); // the same stay, not a new one
    EXPECT_TRUE(reopened->first().isPresent());
    EXPECT_TRUE(reopened->first().leaveKind.isEmpty());
    EXPECT_EQ(reopened->first().joinedAt,
              QDateTime(QDate(2026, 1, 5), QTime(8, 0), QTimeZone::utc()));
    EXPECT_EQ(reopened->first().role, QStringLiteral("member"));
    undoStack.redo();
    auto leftAgain = stays.listForMember(id);
    ASSERT_EQ(leftAgain->size(), 1);
    EXPECT_EQ(leftAgain->first().id, stay.value());
    EXPECT_FALSE(leftAgain->first().isPresent());
    EXPECT_EQ(leftAgain->first().leaveKind, QStringLiteral("left"));
    undoStack.undo();
    EXPECT_TRUE(stays.get(stay.value())->isPresent());
}

TEST_F(MemberDetailDialogTest, ShowsTheReferralChainAndTwoLevelsOfInvited) {
    const qint64 top = addMember(QStringLiteral("祖师"));
    const qint64 self = addMember(QStringLiteral("我"), top);
    const qint64 child1 = addMember(QStringLiteral("一代甲"), self);
    addMember(QStringLiteral("一代乙"), self);
    addMember(QStringLiteral("二代"), child1);
    MemberDetailDialog dialog(workspace, undoStack, self);
    auto* tree = child<QTreeWidget>(dialog, "referralTree");
    EXPECT_EQ(tree->topLevelItemCount(), 2);
    EXPECT_EQ(treeDepth(tree->invisibleRootItem()), 2);
    EXPECT_EQ(dialog.referrals()->invitedCount(), 3);
    EXPECT_EQ(child<QLabel>(dialog, "referralChainLabel")->text(), QStringLiteral("祖师"));
}

TEST_F(MemberDetailDialogTest, AReferralTreeDeeperThanShownEndsInAndMore) {
    const qint64 self = addMember(QStringLiteral("团长"));
    qint64 last = self;
    for (int level = 1; level <= ReferralView::kMaxDepth + 2; ++level)
        last = addMember(QStringLiteral("第%1代").arg(level), last);
    MemberDetailDialog dialog(workspace, undoStack, self);
    auto* tree = child<QTreeWidget>(dialog, "referralTree");
    EXPECT_EQ(dialog.referrals()->invitedCount(), ReferralView::kMaxDepth);
    EXPECT_EQ(treeDepth(tree->invisibleRootItem()), ReferralView::kMaxDepth + 1)
        << "the shown levels and the “… and more” under the deepest";
    QTreeWidgetItem* item = tree->topLevelItem(0);
    ASSERT_NE(item, nullptr);
    for (QTreeWidgetItem* next = item->child(0); next != nullptr; next = next->child(0))
        item = next; // down to the deepest
    EXPECT_EQ(item->text(0), QStringLiteral("… and more"));
}

TEST_F(MemberDetailDialogTest, ErasesPersonalDataAfterConfirmation) {
    const qint64 id = addMember(QStringLiteral("张三"));
    Member m = member(id);
    m.city = QStringLiteral("北京");
    m.phone = QStringLiteral("13800000000");
    m.notes = QStringLiteral("VIP 客户");
    ASSERT_TRUE(MemberStore(db()).update(m).ok());
    MemberDetailDialog dialog(workspace, undoStack, id);
    child<QLineEdit>(dialog, "cityEdit")->setText(QStringLiteral("天津"));
    dialog.profile()->save(); // as leaving the field does
    ASSERT_EQ(undoStack.count(), 1);

    answer = QMessageBox::No;
    dialog.erasePersonalData();
    EXPECT_EQ(member(id).phone, QStringLiteral("13800000000"));

    answer = QMessageBox::Yes;
    child<QPushButton>(dialog, "erasePersonalDataButton")->click();
    EXPECT_EQ(messages.size(), 2);
    EXPECT_EQ(undoStack.count(), 0); // no undo step can bring the data back
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto row = sql::exec(db().connection(),
                         QStringLiteral("SELECT city, phone, notes, erased_at, display_name FROM "
                                        "members WHERE id = :id"),
                         {{QStringLiteral(":id"), id}});
    ASSERT_TRUE(row.ok());
    ASSERT_TRUE(row->next());
    EXPECT_TRUE(row->value(0).isNull());
    EXPECT_TRUE(row->value(1).isNull());
    EXPECT_TRUE(row->value(2).isNull());
    EXPECT_FALSE(row->value(3).isNull());
    EXPECT_NE(row->value(4).toString(), QStringLiteral("张三"));
}

// The identities tab and the tag chips show words, not the keys stored: the platform's name
// and the category's label.
TEST_F(MemberDetailDialogTest, IdentitiesAndTagsShowLabelsNotKeys) {
    const qint64 id = addMember(QStringLiteral("Lin"));
    MemberIdentity identity;
    identity.memberId = id;
    identity.platform = QStringLiteral("wechat");
    identity.handle = QStringLiteral("lin_88");
    ASSERT_TRUE(MemberStore(db()).addIdentity(identity).ok());
    Tag intent;
    intent.name = QStringLiteral("高意向");
    intent.category = QStringLiteral("intent");
    ASSERT_TRUE(TagStore(db()).create(intent).ok());
    MemberDetailDialog dialog(workspace, undoStack, id);
    auto* table = child<QTableWidget>(dialog, "identityTable");
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), QStringLiteral("WeChat"));
    auto* list = child<QListWidget>(dialog, "tagList");
    ASSERT_EQ(list->count(), 1);
    EXPECT_EQ(list->item(0)->text(), QStringLiteral("Purchase intent · 高意向"));
}

// Edits still being typed when the dialog closes are saved, not lost; the notes save a moment
// after typing stops; each save is its own undo step.
TEST_F(MemberDetailDialogTest, TheProfileSavesAsYouGoAndOnClose) {
    const qint64 id = addMember(QStringLiteral("阿珍"));
    {
        MemberDetailDialog dialog(workspace, undoStack, id);
        auto* notes = child<QPlainTextEdit>(dialog, "notesEdit");
        notes->setPlainText(QStringLiteral("喜欢烘焙"));
        EXPECT_EQ(undoStack.count(), 0) << "not at every keystroke";
        QTRY_COMPARE_WITH_TIMEOUT(undoStack.count(), 1, 5000);
        EXPECT_EQ(member(id).notes, QStringLiteral("喜欢烘焙"));
        auto* tier = child<QComboBox>(dialog, "tierCombo");
        tier->setCurrentIndex(tier->findData(QStringLiteral("gold")));
        Q_EMIT tier->activated(tier->currentIndex());
        EXPECT_EQ(undoStack.count(), 2);
        EXPECT_EQ(member(id).tier, QStringLiteral("gold"));
        child<QLineEdit>(dialog, "phoneEdit")->setText(QStringLiteral("13900000000"));
        dialog.accept(); // still in the field: closing saves it
    }
    EXPECT_EQ(undoStack.count(), 3);
    EXPECT_EQ(member(id).phone, QStringLiteral("13900000000"));
    undoStack.undo();
    EXPECT_TRUE(member(id).phone.isEmpty());
    EXPECT_EQ(member(id).tier, QStringLiteral("gold"));
}
