// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "commands/MemberCommands.h"

#include "MembersFixture.h"
#include "db/Database.h"
#include "dialogs/NewMemberDialog.h"
#include "store/GroupStore.h"
#include "store/TagStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

using namespace qundesk;

namespace {

class MemberCommandsTest : public test::MembersFixture {
protected:
    qint64 count(const char* statement) {
        return test::sqlCount(*workspace.database(), QString::fromUtf8(statement));
    }
};

} // namespace

TEST_F(MemberCommandsTest, AddMemberUndoRedoKeepsTheSameId) {
    open(3);
    NewMemberInput input;
    input.name = QStringLiteral("小美");
    input.platform = QStringLiteral("wechat");
    input.handle = QStringLiteral("xiaomei88");
    input.groupId = 1;
    input.role = QStringLiteral("koc");
    input.source = QStringLiteral("xiaohongshu");
    auto* command = new AddMemberCommand(workspace, input);
    undoStack.push(command);
    const qint64 id = command->memberId();
    ASSERT_GT(id, 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM members"), 4);
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_identities WHERE handle = 'xiaomei88'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM memberships WHERE role = 'koc' AND group_id = 1"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_status"), 4); // status computed at once
    EXPECT_EQ(undoStack.undoText(), QStringLiteral("Add member “小美”"));

    undoStack.undo();
    EXPECT_EQ(count("SELECT COUNT(*) FROM members"), 3);
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_identities WHERE handle = 'xiaomei88'"), 0);
    undoStack.redo();
    EXPECT_EQ(count("SELECT COUNT(*) FROM members"), 4);
    EXPECT_EQ(test::sqlCount(*workspace.database(),
                             QStringLiteral("SELECT COUNT(*) FROM members WHERE id = %1 AND "
                                            "source_channel = 'xiaohongshu'")
                                 .arg(id)),
              1);
    EXPECT_TRUE(messages.isEmpty());
}

TEST_F(MemberCommandsTest, DeleteAndUndoRestoresRowsWithTheSameIds) {
    open(10);
    undoStack.push(
        new BulkTagCommand(workspace, {3, 5}, QStringLiteral("VIP"), BulkTagCommand::Mode::Tag));
    const qint64 memberships = count("SELECT COUNT(*) FROM memberships WHERE member_id IN (3, 5)");
    ASSERT_EQ(memberships, 2);
    undoStack.push(new DeleteMembersCommand(workspace, {3, 5}));
    EXPECT_TRUE(undoStack.undoText().startsWith(QStringLiteral("Delete 2 member")));
    EXPECT_EQ(count("SELECT COUNT(*) FROM members"), 8);
    EXPECT_EQ(count("SELECT COUNT(*) FROM memberships WHERE member_id IN (3, 5)"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM orders WHERE member_id IS NULL"), 1); // member 5's

    undoStack.undo();
    EXPECT_EQ(count("SELECT COUNT(*) FROM members WHERE id IN (3, 5)"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM memberships WHERE member_id IN (3, 5)"), memberships);
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_tags WHERE member_id IN (3, 5)"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_identities WHERE member_id IN (3, 5)"), 2);
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_day_activity WHERE member_id = 3"), 1);
    EXPECT_EQ(count("SELECT member_id FROM orders"), 5);
    undoStack.redo();
    EXPECT_EQ(count("SELECT COUNT(*) FROM members"), 8);
}

TEST_F(MemberCommandsTest, BulkTagCreatesTheTagAndUndoRemovesIt) {
    open(6);
    undoStack.push(new BulkTagCommand(workspace, {1, 2, 3}, QStringLiteral("宝妈"),
                                      BulkTagCommand::Mode::Tag));
    EXPECT_TRUE(undoStack.undoText().startsWith(QStringLiteral("Tag 3 member")));
    EXPECT_TRUE(undoStack.undoText().endsWith(QStringLiteral("“宝妈”")));
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_tags mt JOIN tags t ON t.id = mt.tag_id WHERE "
                    "t.name = '宝妈' AND mt.origin = 'manual'"),
              3);
    undoStack.undo();
    EXPECT_EQ(count("SELECT COUNT(*) FROM tags WHERE name = '宝妈'"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_tags"), 0);
    undoStack.redo();
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_tags"), 3);
}

TEST_F(MemberCommandsTest, TagUndoKeepsAssignmentsThatExistedAndUntagUndoRestoresThem) {
    open(6);
    undoStack.push(
        new BulkTagCommand(workspace, {1}, QStringLiteral("VIP"), BulkTagCommand::Mode::Tag));
    undoStack.push(
        new BulkTagCommand(workspace, {1, 2}, QStringLiteral("VIP"), BulkTagCommand::Mode::Tag));
    undoStack.undo(); // takes VIP from member 2 only
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_tags"), 1);
    EXPECT_EQ(count("SELECT member_id FROM member_tags"), 1);

    const qint64 createdAt = count("SELECT COUNT(DISTINCT created_at) FROM member_tags");
    undoStack.push(
        new BulkTagCommand(workspace, {1, 2}, QStringLiteral("VIP"), BulkTagCommand::Mode::Untag));
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_tags"), 0);
    undoStack.undo();
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_tags WHERE member_id = 1"), 1);
    EXPECT_EQ(count("SELECT COUNT(DISTINCT created_at) FROM member_tags"), createdAt);
}

TEST_F(MemberCommandsTest, UntagUndoGivesBackEachAssignmentsOrigin) {
    open(3);
    TagStore tags(*workspace.database());
    Tag vip;
    vip.name = QStringLiteral("VIP");
    const qint64 tag = tags.create(vip).value();
    ASSERT_EQ(tags.assign({1}, tag, QStringLiteral("import")).value(), 1);
    ASSERT_EQ(tags.assign({2}, tag, QStringLiteral("rule")).value(), 1);
    ASSERT_EQ(tags.assign({3}, tag, QStringLiteral("manual")).value(), 1);
    undoStack.push(new BulkTagCommand(workspace, {1, 2, 3}, QStringLiteral("VIP"),
                                      BulkTagCommand::Mode::Untag));
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_tags"), 0);
    undoStack.undo();
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_tags WHERE member_id = 1 AND origin = 'import'"),
              1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_tags WHERE member_id = 2 AND origin = 'rule'"), 1);
    EXPECT_EQ(count("SELECT COUNT(*) FROM member_tags WHERE member_id = 3 AND origin = 'manual'"),
              1);
    EXPECT_TRUE(messages.isEmpty());
}

TEST_F(MemberCommandsTest, UntagWithAnUnknownTagReportsAndIsDropped) {
    open(2);
    undoStack.push(
        new BulkTagCommand(workspace, {1}, QStringLiteral("不存在"), BulkTagCommand::Mode::Untag));
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first().icon, QMessageBox::Critical);
    EXPECT_EQ(undoStack.count(), 0);
}

TEST_F(MemberCommandsTest, AddToGroupSkipsMembersAlreadyInAndUndoes) {
    open(4);
    Group vip;
    vip.name = QStringLiteral("VIP群");
    auto vipId = GroupStore(*workspace.database()).create(vip);
    ASSERT_TRUE(vipId.ok());
    auto* first = new AddToGroupCommand(workspace, {1}, vipId.value(), vip.name);
    undoStack.push(first);
    auto* second = new AddToGroupCommand(workspace, {1, 2, 3}, vipId.value(), vip.name);
    undoStack.push(second);
    EXPECT_EQ(second->membershipIds().size(), 2);
    EXPECT_TRUE(undoStack.undoText().startsWith(QStringLiteral("Add 3 member")));
    EXPECT_TRUE(undoStack.undoText().endsWith(QStringLiteral("to “VIP群”")));
    const QString inVip =
        QStringLiteral("SELECT COUNT(*) FROM memberships WHERE group_id = %1").arg(vipId.value());
    EXPECT_EQ(test::sqlCount(*workspace.database(), inVip), 3);
    undoStack.undo();
    EXPECT_EQ(test::sqlCount(*workspace.database(), inVip), 1);
    undoStack.undo();
    EXPECT_EQ(test::sqlCount(*workspace.database(), inVip), 0);
}

TEST_F(MemberCommandsTest, NewMemberDialogRequiresANameAndFollowsTheGroupPlatform) {
    Group telegram;
    telegram.id = 7;
    telegram.name = QStringLiteral("TG 群");
    telegram.platform = QStringLiteral("telegram");
    NewMemberDialog dialog({telegram}, 7);
    auto* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    dialog.nameEdit()->setText(QStringLiteral("  Anna "));
    EXPECT_TRUE(ok->isEnabled());
    dialog.handleEdit()->setText(QStringLiteral("@anna"));
    dialog.sourceBox()->setCurrentIndex(dialog.sourceBox()->findData(QStringLiteral("weibo")));
    const NewMemberInput in = dialog.input();
    EXPECT_EQ(in.name, QStringLiteral("Anna"));
    EXPECT_EQ(in.groupId, 7);
    EXPECT_EQ(in.platform, QStringLiteral("telegram"));
    EXPECT_EQ(in.handle, QStringLiteral("@anna"));
    EXPECT_EQ(in.source, QStringLiteral("weibo"));
    EXPECT_EQ(in.role, QStringLiteral("member"));
}
