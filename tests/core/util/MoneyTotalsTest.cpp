// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/MoneyTotals.h"

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

TEST(MoneyTotals, AddsTheWorkspaceCurrencyAndKeepsOthersApart) {
    money::Totals t;
    t.add(QStringLiteral("CNY"), 100000);
    t.add(QStringLiteral("cny"), 23400);
    t.add(QStringLiteral("USD"), 1000);
    t.add(QStringLiteral("usd"), 250);
    t.add(QStringLiteral("EUR"), 0); // nothing to show
    EXPECT_EQ(t.cents, 123400);
    EXPECT_EQ(t.other, (QMap<QString, qint64>{{QStringLiteral("USD"), 1250}}));
    EXPECT_EQ(money::format(t, kEnglish), QStringLiteral("¥1,234.00 (also $12.50)"));
    const QJsonObject json = money::otherToJson(t);
    EXPECT_EQ(json.size(), 1);
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("USD")).toDouble(), 12.5);
}

TEST(MoneyTotals, ShowsTheWorkspaceCurrencyAloneWhenNoOtherHasAnAmount) {
    money::Totals t;
    t.currency = QStringLiteral("USD");
    EXPECT_TRUE(t.isZero());
    EXPECT_EQ(money::format(t, kEnglish), QStringLiteral("$0.00"));
    t.add(QStringLiteral("CNY"), 500);
    t.add(QStringLiteral("EUR"), 300);
    EXPECT_FALSE(t.isZero());
    EXPECT_EQ(money::format(t, kEnglish), QStringLiteral("$0.00 (also ¥5.00, €3.00)"));
    EXPECT_TRUE(money::otherToJson(money::Totals{}).isEmpty());
}

} // namespace
