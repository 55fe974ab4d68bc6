// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/MembersPage.h"

#include "MembersFixture.h"
#include "commands/MemberCommands.h"
#include "db/Database.h"
#include "models/MemberTableModel.h"
#include "pages/MemberFilterBar.h"
#include "rules/MemberCondition.h"
#include "store/SegmentStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace qundesk;

namespace {

class MembersPageTest : public test::MembersFixture {
protected:
    void openPage(int members) {
        open(members);
        page = std::make_unique<MembersPage>(workspace, undoStack);
        page->resize(1300, 800);
        page->show();
    }
    int rows() const { return page->model()->rowCount(); }
    qint64 count(const QString& statement) {
        return test::sqlCount(*workspace.database(), statement);
    }
    void selectRows(const QList<int>& list) {
        QItemSelection selection;
        for (int r : list)
            selection.select(page->model()->index(r, 0),
                             page->model()->index(r, MemberTableModel::ColumnCount - 1));
        page->table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }

    std::unique_ptr<MembersPage> page;
};

} // namespace

TEST_F(MembersPageTest, ListsEveryMemberWithACount) {
    openPage(30);
    EXPECT_EQ(rows(), 30);
    EXPECT_TRUE(page->countLabel()->text().startsWith(QStringLiteral("30 member")));
    EXPECT_EQ(page->body()->currentIndex(), MembersPage::TablePage);
    EXPECT_EQ(page->model()->data(page->model()->index(0, 0)).toString(),
              QStringLiteral("成员0001"));
}

TEST_F(MembersPageTest, SearchFiltersAfterTheDebounce) {
    openPage(30);
    QTest::keyClicks(page->searchField(), QStringLiteral("wx_1")); // handles wx_1, wx_10…wx_19
    EXPECT_EQ(rows(), 30);                                         // not before the debounce
    QTRY_COMPARE(rows(), 11);
    EXPECT_TRUE(page->countLabel()->text().startsWith(QStringLiteral("11 of 30 member")));
    page->searchField()->setText(QStringLiteral("奶粉")); // member 2's notes
    QTRY_COMPARE(rows(), 1);
    EXPECT_EQ(page->model()->memberId(0), 2);
    page->searchField()->setText(QStringLiteral("成员002")); // names 成员0020…0029
    QTRY_COMPARE(rows(), 10);
}

TEST_F(MembersPageTest, StageNeverPostedAndSilentFilters) {
    openPage(30);
    auto* bar = page->filterBar();
    const qint64 declining =
        count(QStringLiteral("SELECT COUNT(*) FROM member_status WHERE stage = 'declining'"));
    ASSERT_GT(declining, 0);
    bar->stageBox()->setCurrentIndex(bar->stageBox()->findData(QStringLiteral("declining")));
    EXPECT_EQ(rows(), declining);
    bar->stageBox()->setCurrentIndex(0);
    EXPECT_EQ(rows(), 30);

    bar->neverPostedBox()->setChecked(true);
    EXPECT_EQ(rows(), 20); // every third member posted
    bar->neverPostedBox()->setChecked(false);

    bar->silentBox()->setValue(10); // on the fixture's 2026-03-01, posters were silent 2 days
    EXPECT_EQ(rows(), count(QStringLiteral("SELECT COUNT(*) FROM member_status WHERE "
                                           "silent_since_day <= date('2026-03-01', '-10 days')")));
    EXPECT_EQ(rows(), 20);

    bar->sourceBox()->setCurrentIndex(bar->sourceBox()->findData(QStringLiteral("douyin")));
    EXPECT_EQ(rows(), 10); // even members, minus the posters among them
}

TEST_F(MembersPageTest, BuiltInSegmentAndSavedSegment) {
    openPage(30);
    auto* bar = page->filterBar();
    ASSERT_TRUE(bar->chooseSegment(QStringLiteral("builtin:never_posted")));
    EXPECT_EQ(rows(), 20);
    bar->chooseSegment(QString());
    EXPECT_EQ(rows(), 30);

    bar->sourceBox()->setCurrentIndex(bar->sourceBox()->findData(QStringLiteral("taobao")));
    bar->neverPostedBox()->setChecked(true);
    const int expected = rows();
    ASSERT_TRUE(page->saveSegment(QStringLiteral("淘宝潜水")));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM segments WHERE name = '淘宝潜水'")), 1);
    bar->clear();
    EXPECT_EQ(rows(), 30);
    const int saved = bar->segmentBox()->findText(QStringLiteral("淘宝潜水"));
    ASSERT_GE(saved, 0);
    bar->segmentBox()->setCurrentIndex(saved);
    EXPECT_EQ(rows(), expected);
}

TEST_F(MembersPageTest, SavingAnAnyOfSegmentWithAFilterKeepsWhatTheTableShows) {
    openPage(30);
    // An "any of" segment: from Taobao, or never posted.
    MemberFilterDefinition anyOf;
    anyOf.matchAll = false;
    anyOf.conditions = {
        {QStringLiteral("source"), QStringLiteral("="), QStringLiteral("taobao"), 30},
        {QStringLiteral("never_posted"), QStringLiteral("="), true, 30}};
    Segment segment;
    segment.name = QStringLiteral("淘宝或潜水");
    segment.definition =
        QString::fromUtf8(QJsonDocument(anyOf.toJson()).toJson(QJsonDocument::Compact));
    ASSERT_TRUE(SegmentStore(*workspace.database()).create(segment).ok());
    workspace.notifyDataChanged();
    auto* bar = page->filterBar();
    bar->segmentBox()->setCurrentIndex(bar->segmentBox()->findText(QStringLiteral("淘宝或潜水")));
    const int segmentOnly = rows();
    bar->sourceBox()->setCurrentIndex(bar->sourceBox()->findData(QStringLiteral("douyin")));
    const int expected = rows();
    ASSERT_LT(expected, segmentOnly) << "the source narrows the segment";
    ASSERT_GT(expected, 0);
    ASSERT_TRUE(page->saveSegment(QStringLiteral("抖音潜水")));
    bar->clear();
    bar->segmentBox()->setCurrentIndex(bar->segmentBox()->findText(QStringLiteral("抖音潜水")));
    EXPECT_EQ(rows(), expected) << "the saved segment shows the same members";
}

TEST_F(MembersPageTest, FollowsTheToolbarGroupSwitcher) {
    openPage(5);
    page->setGroupFilter(1);
    EXPECT_EQ(page->filterBar()->groupBox()->currentData().toLongLong(), 1);
    EXPECT_EQ(rows(), 5);
    page->setGroupFilter(0);
    EXPECT_EQ(page->filterBar()->groupBox()->currentIndex(), 0);
}

TEST_F(MembersPageTest, EmptyStatesAndClearFilters) {
    openPage(4);
    page->searchField()->setText(QStringLiteral("nobody-like-this"));
    QTRY_COMPARE(page->body()->currentIndex(), int(MembersPage::NoMatchPage));
    auto* clear = page->findChild<QPushButton*>(QStringLiteral("membersNoMatchStateButton"));
    ASSERT_NE(clear, nullptr);
    clear->click();
    EXPECT_EQ(rows(), 4);
    EXPECT_TRUE(page->searchField()->text().isEmpty());
    EXPECT_EQ(page->body()->currentIndex(), MembersPage::TablePage);

    WorkspaceController empty;
    test::TempWorkspace emptyWs;
    emptyWs.close();
    ASSERT_TRUE(empty.open(emptyWs.path()).ok());
    MembersPage emptyPage(empty, undoStack);
    EXPECT_EQ(emptyPage.body()->currentIndex(), MembersPage::NoMembersPage);
    EXPECT_TRUE(emptyPage.countLabel()->text().startsWith(QStringLiteral("0 member")));
}

TEST_F(MembersPageTest, AddMemberAndUndo) {
    openPage(3);
    NewMemberInput input;
    input.name = QStringLiteral("新人");
    input.groupId = 1;
    page->addMember(input);
    EXPECT_EQ(rows(), 4);
    undoStack.undo();
    EXPECT_EQ(rows(), 3);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM members WHERE display_name = '新人'")), 0);
}

TEST_F(MembersPageTest, BulkTagSelectionUndoRedo) {
    openPage(10);
    selectRows({0, 1, 2});
    ASSERT_EQ(page->selectedMemberIds(), (QList<qint64>{1, 2, 3}));
    page->tagSelection(QStringLiteral("重点"));
    EXPECT_EQ(page->model()->data(page->model()->index(1, MemberTableModel::Tags)).toString(),
              QStringLiteral("重点"));
    EXPECT_EQ(page->selectedMemberIds(), (QList<qint64>{1, 2, 3})); // kept through the reload
    undoStack.undo();
    EXPECT_TRUE(
        page->model()->data(page->model()->index(1, MemberTableModel::Tags)).toString().isEmpty());
    undoStack.redo();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM member_tags")), 3);

    page->untagSelection(QStringLiteral("重点"));
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM member_tags")), 0);
}

TEST_F(MembersPageTest, DeleteAsksFirstAndUndoBringsMembersBack) {
    openPage(6);
    selectRows({1, 3});
    answer = QMessageBox::No;
    page->deleteSelection();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.first().text.startsWith(QStringLiteral("Delete 2 member")));
    EXPECT_EQ(messages.first().buttons, QMessageBox::Yes | QMessageBox::Cancel);
    EXPECT_EQ(rows(), 6);

    answer = QMessageBox::Yes;
    page->deleteSelection();
    EXPECT_EQ(rows(), 4);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM memberships")), 4);
    undoStack.undo();
    EXPECT_EQ(rows(), 6);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE member_id IN (2, 4)")),
              2);
}

TEST_F(MembersPageTest, ExportWritesTheVisibleRows) {
    openPage(30);
    page->filterBar()->neverPostedBox()->setChecked(true);
    ASSERT_EQ(rows(), 20);
    const QString path = ws.filePath(QStringLiteral("lurkers.csv"));
    chosenFiles << path;
    page->findChild<QPushButton*>(QStringLiteral("exportMembersButton"))->click();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first().icon, QMessageBox::Information);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 21); // header + 20 members
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("成员0001")));
    EXPECT_FALSE(QString::fromUtf8(QFile(path).fileName().toUtf8()).isEmpty());
    for (const QString& line : lines)
        EXPECT_FALSE(line.contains(QStringLiteral("成员0003,"))); // a poster
}
