// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "models/MemberTableModel.h"

#include "MembersFixture.h"
#include "db/Database.h"

#include <QAbstractItemModelTester>

using namespace qundesk;

namespace {

class MemberTableModelTest : public test::MembersFixture {};

QString cell(const MemberTableModel& model, int row, int column) {
    return model.data(model.index(row, column)).toString();
}

} // namespace

TEST_F(MemberTableModelTest, PassesTheModelTesterThroughReloadsAndSorts) {
    open(30);
    MemberTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(workspace.database());
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(model.rowCount(), 30);
    EXPECT_EQ(model.columnCount(), MemberTableModel::ColumnCount);
    for (int c = 0; c < MemberTableModel::ColumnCount; ++c)
        model.sort(c, c % 2 == 0 ? Qt::DescendingOrder : Qt::AscendingOrder);
    MemberListFilter filter;
    filter.neverPosted = true;
    model.setFilter(filter);
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(model.rowCount(), 20);
}

TEST_F(MemberTableModelTest, ShowsTranslatedLabelsMoneyAndIds) {
    open(30);
    MemberTableModel model;
    model.setDatabase(workspace.database());
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(cell(model, 0, MemberTableModel::Name), QStringLiteral("成员0001"));
    EXPECT_EQ(cell(model, 0, MemberTableModel::Groups), QStringLiteral("宝妈群"));
    EXPECT_EQ(cell(model, 0, MemberTableModel::Source), QStringLiteral("Taobao"));
    EXPECT_EQ(cell(model, 0, MemberTableModel::LastMessage), QStringLiteral("Never"));
    EXPECT_FALSE(cell(model, 0, MemberTableModel::Stage).isEmpty());
    EXPECT_EQ(model.data(model.index(0, 0), MemberTableModel::MemberIdRole).toLongLong(), 1);
    // Member 5 bought once for 129.00.
    EXPECT_EQ(cell(model, 4, MemberTableModel::Orders), QStringLiteral("1"));
    EXPECT_TRUE(cell(model, 4, MemberTableModel::Revenue).contains(QStringLiteral("129.00")));
    EXPECT_EQ(model.data(model.index(4, MemberTableModel::Revenue), MemberTableModel::RawValueRole)
                  .toLongLong(),
              12900);
    EXPECT_EQ(model.headerData(MemberTableModel::FanLevel, Qt::Horizontal).toString(),
              QStringLiteral("Fan level"));
}

TEST_F(MemberTableModelTest, SortsInTheDatabaseAndKeepsPersistentIndexes) {
    open(30);
    MemberTableModel model;
    model.setDatabase(workspace.database());
    ASSERT_TRUE(model.reload().ok());
    const QPersistentModelIndex member7 = model.index(6, 0);
    model.sort(MemberTableModel::Name, Qt::DescendingOrder);
    EXPECT_EQ(cell(model, 0, MemberTableModel::Name), QStringLiteral("成员0030"));
    EXPECT_EQ(member7.row(), 23);
    EXPECT_EQ(member7.data().toString(), QStringLiteral("成员0007"));
    model.sort(MemberTableModel::Revenue, Qt::DescendingOrder);
    EXPECT_EQ(model.data(model.index(0, MemberTableModel::Revenue), MemberTableModel::RawValueRole)
                  .toLongLong(),
              12900);
    EXPECT_EQ(model.data(model.index(29, MemberTableModel::Revenue), MemberTableModel::RawValueRole)
                  .toLongLong(),
              0);
}

TEST_F(MemberTableModelTest, LoadsOnlyThePagesThatAreRead) {
    open(5000);
    MemberTableModel model;
    model.setDatabase(workspace.database());
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(model.rowCount(), 5000);
    EXPECT_EQ(model.fetchedPageCount(), 0);
    EXPECT_EQ(cell(model, 0, MemberTableModel::Name), QStringLiteral("成员0001"));
    EXPECT_EQ(cell(model, 199, MemberTableModel::Name), QStringLiteral("成员0200"));
    EXPECT_EQ(model.fetchedPageCount(), 1);
    EXPECT_EQ(cell(model, 4999, MemberTableModel::Name), QStringLiteral("成员5000"));
    EXPECT_EQ(model.fetchedPageCount(), 2);
    EXPECT_EQ(cell(model, 10, MemberTableModel::Name), QStringLiteral("成员0011"));
    EXPECT_EQ(model.fetchedPageCount(), 2); // still cached
    EXPECT_EQ(model.rowOf(4321), 4320);
    EXPECT_EQ(model.fetchedPageCount(), 2); // ids need no page
}
