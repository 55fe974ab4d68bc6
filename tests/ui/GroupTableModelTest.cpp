// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "models/GroupTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {
GroupSummary summary(qint64 id, const QString& name, int members, int capacity, bool archived) {
    GroupSummary s;
    s.group.id = id;
    s.group.name = name;
    s.group.platform = QStringLiteral("wecom");
    s.group.purpose = QStringLiteral("newcomer");
    s.group.capacity = capacity;
    s.group.archived = archived;
    s.group.operatorName = QStringLiteral("Lin");
    s.members = members;
    return s;
}
} // namespace

TEST(GroupTableModel, PassesTheModelTesterAndShowsEachColumn) {
    GroupTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSummaries({summary(7, QStringLiteral("新人群"), 125, 500, false),
                        summary(9, QStringLiteral("Old deals"), 3, 0, true)});
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), GroupTableModel::ColumnCount);

    const auto at = [&](int row, int column, int role = Qt::DisplayRole) {
        return model.index(row, column).data(role);
    };
    EXPECT_EQ(at(0, GroupTableModel::Name).toString(), QStringLiteral("新人群"));
    EXPECT_EQ(at(0, GroupTableModel::Platform).toString(), QStringLiteral("WeCom"));
    EXPECT_EQ(at(0, GroupTableModel::Purpose).toString(), QStringLiteral("New-customer group"));
    EXPECT_EQ(at(0, GroupTableModel::Members).toString(), QStringLiteral("125"));
    EXPECT_EQ(at(0, GroupTableModel::CapacityUse).toString(), QStringLiteral("25%"));
    EXPECT_EQ(at(0, GroupTableModel::Operator).toString(), QStringLiteral("Lin"));
    EXPECT_EQ(at(0, GroupTableModel::Status).toString(), QStringLiteral("Active"));
    EXPECT_EQ(at(1, GroupTableModel::Status).toString(), QStringLiteral("Archived"));
    // No capacity: 0%, never a division by zero.
    EXPECT_EQ(at(1, GroupTableModel::CapacityUse, GroupTableModel::RawValueRole).toInt(), 0);

    // Raw values sort numerically.
    EXPECT_EQ(at(0, GroupTableModel::Members, GroupTableModel::RawValueRole).toInt(), 125);
    EXPECT_EQ(at(0, GroupTableModel::Platform, GroupTableModel::RawValueRole).toString(),
              QStringLiteral("wecom"));
    EXPECT_EQ(at(1, GroupTableModel::Name, GroupTableModel::GroupIdRole).toLongLong(), 9);

    EXPECT_EQ(model.headerData(GroupTableModel::CapacityUse, Qt::Horizontal).toString(),
              QStringLiteral("Capacity\nused"));
}

TEST(GroupTableModel, RetranslateSignalsHeaderAndCells) {
    GroupTableModel model;
    model.setSummaries({summary(1, QStringLiteral("A"), 1, 10, false)});
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    ASSERT_EQ(headers.size(), 1);
    EXPECT_EQ(headers.first().at(1).toInt(), 0);
    EXPECT_EQ(headers.first().at(2).toInt(), GroupTableModel::ColumnCount - 1);
    EXPECT_EQ(cells.size(), 1);
}

TEST(GroupTableModel, ResettingRowsKeepsTheModelConsistent) {
    GroupTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSummaries({summary(1, QStringLiteral("A"), 1, 10, false)});
    model.setSummaries({});
    EXPECT_EQ(model.rowCount(), 0);
    model.setSummaries({summary(1, QStringLiteral("A"), 1, 10, false),
                        summary(2, QStringLiteral("B"), 9, 10, false),
                        summary(3, QStringLiteral("C"), 10, 10, false)});
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(2, GroupTableModel::CapacityUse).data().toString(),
              QStringLiteral("100%"));
}
