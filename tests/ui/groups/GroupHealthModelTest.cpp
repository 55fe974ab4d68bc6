// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "models/GroupTableModel.h"
#include "util/Money.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {
GroupTableRow row(qint64 id, const QString& name, int joins, int leaves) {
    GroupTableRow r;
    r.group.id = id;
    r.group.name = name;
    r.group.capacity = 500;
    r.hasHealth = true;
    r.health.groupId = id;
    r.health.capacity = 500;
    r.health.members = 400;
    r.health.active7 = 100;
    r.health.joins30 = joins;
    r.health.leaves30 = leaves;
    r.health.buyers30 = 18;
    r.health.revenue30.cents = 123456;
    return r;
}
} // namespace

TEST(GroupHealthModel, ShowsTheHealthColumnsFormatted) {
    GroupTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows({row(1, QStringLiteral("A"), 30, 10), row(2, QStringLiteral("B"), 3, 10),
                   row(3, QStringLiteral("C"), 5, 5)});
    const auto at = [&](int r, int column, int role = Qt::DisplayRole) {
        return model.index(r, column).data(role);
    };
    EXPECT_EQ(at(0, GroupTableModel::Members).toString(), QStringLiteral("400"));
    EXPECT_EQ(at(0, GroupTableModel::CapacityUse).toString(), QStringLiteral("80%"));
    EXPECT_EQ(at(0, GroupTableModel::ActiveRate).toString(), QStringLiteral("25%"));
    EXPECT_DOUBLE_EQ(at(0, GroupTableModel::ActiveRate, GroupTableModel::RawValueRole).toDouble(),
                     0.25);
    EXPECT_EQ(at(0, GroupTableModel::NetGrowth).toString(), QStringLiteral("+20"));
    EXPECT_EQ(at(1, GroupTableModel::NetGrowth).toString(),
              QString(QChar(0x2212)) + QStringLiteral("7"));
    EXPECT_EQ(at(2, GroupTableModel::NetGrowth).toString(), QStringLiteral("0"));
    EXPECT_EQ(at(0, GroupTableModel::Conversion).toString(), QStringLiteral("4.5%"));
    // 40 × 0.25/0.4 = 25, growth 0.5 + 0.05/0.2 = 0.75 → 15, 25 × 0.45 = 11.25, room 1 → 15.
    EXPECT_EQ(at(0, GroupTableModel::Health).toString(), QStringLiteral("66"));
    EXPECT_EQ(at(0, GroupTableModel::Health, GroupTableModel::HealthLightRole).toInt(),
              static_cast<int>(HealthLight::Watch));
    EXPECT_EQ(at(0, GroupTableModel::Health, Qt::TextAlignmentRole).value<Qt::Alignment>(),
              Qt::AlignRight | Qt::AlignVCenter);
    EXPECT_TRUE(at(0, GroupTableModel::NetGrowth, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("30 joined, 10 left")));

    // Sorting by the raw value puts the shrinking group first.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(GroupTableModel::RawValueRole);
    proxy.sort(GroupTableModel::NetGrowth);
    EXPECT_EQ(proxy.index(0, GroupTableModel::Name).data().toString(), QStringLiteral("B"));
    EXPECT_EQ(model.rowOf(3), 2);
    EXPECT_EQ(model.rowOf(99), -1);
}

TEST(GroupHealthModel, RowsWithoutHealthShowADash) {
    GroupTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    GroupSummary summary;
    summary.group.id = 4;
    summary.group.name = QStringLiteral("D");
    summary.group.capacity = 0;
    summary.members = 12;
    model.setSummaries({summary});
    EXPECT_EQ(model.index(0, GroupTableModel::Members).data().toString(), QStringLiteral("12"));
    EXPECT_EQ(model.index(0, GroupTableModel::Health).data().toString(), QStringLiteral("–"));
    EXPECT_EQ(model.index(0, GroupTableModel::CapacityUse).data().toString(), QStringLiteral("–"));
    EXPECT_FALSE(
        model.index(0, GroupTableModel::Health).data(GroupTableModel::HealthLightRole).isValid());
}

TEST(GroupHealthModel, RevenueInOtherCurrenciesIsShownApart) {
    GroupTableModel model;
    GroupTableRow r = row(1, QStringLiteral("A"), 3, 1);
    r.health.revenue30.add(QStringLiteral("USD"), 1250);
    model.setRows({r});
    const QString tip =
        model.index(0, GroupTableModel::Conversion).data(Qt::ToolTipRole).toString();
    // "revenue ¥1,234.56 (also $12.50)", as the locale writes amounts.
    const QString expected = QStringLiteral("revenue %1 (also %2)")
                                 .arg(money::format(123456, QStringLiteral("CNY")),
                                      money::format(1250, QStringLiteral("USD")));
    EXPECT_TRUE(tip.contains(expected)) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("12.50"))) << tip.toStdString();
}
