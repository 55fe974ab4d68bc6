// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/OrderRowParser.h"

#include "import/CsvReader.h"

#include <gtest/gtest.h>

using namespace qundesk;

TEST(OrderRowParserTest, ReadsAmountsAsOperatorsWriteThem) {
    QString currency;
    EXPECT_EQ(OrderRowParser::parseAmount(QStringLiteral("128"), &currency), 12800);
    EXPECT_TRUE(currency.isEmpty());
    EXPECT_EQ(OrderRowParser::parseAmount(QStringLiteral("¥128.5"), &currency), 12850);
    EXPECT_EQ(currency, QStringLiteral("CNY"));
    EXPECT_EQ(OrderRowParser::parseAmount(QStringLiteral("1,234.05元"), &currency), 123405);
    EXPECT_EQ(currency, QStringLiteral("CNY"));
    EXPECT_EQ(OrderRowParser::parseAmount(QStringLiteral("HK$ 12"), &currency), 1200);
    EXPECT_EQ(currency, QStringLiteral("HKD"));
    EXPECT_EQ(OrderRowParser::parseAmount(QStringLiteral("12.50 EUR"), &currency), 1250);
    EXPECT_EQ(currency, QStringLiteral("EUR"));
    EXPECT_EQ(OrderRowParser::parseAmount(QStringLiteral("12,5")), 1250);
    EXPECT_EQ(OrderRowParser::parseAmount(QStringLiteral("1,234,567")), 123456700);
    for (const char* bad :
         {"", "abc", "-5", "1.234", "12,34,5", "1..2", ".5", "1e5", "99999999999999", "¥"})
        EXPECT_EQ(OrderRowParser::parseAmount(QString::fromUtf8(bad)), -1) << bad;
}

TEST(OrderRowParserTest, ReadsCurrencies) {
    EXPECT_EQ(OrderRowParser::parseCurrency(QStringLiteral("rmb")), QStringLiteral("CNY"));
    EXPECT_EQ(OrderRowParser::parseCurrency(QStringLiteral("人民币")), QStringLiteral("CNY"));
    EXPECT_EQ(OrderRowParser::parseCurrency(QStringLiteral("usd")), QStringLiteral("USD"));
    EXPECT_EQ(OrderRowParser::parseCurrency(QStringLiteral("美元")), QStringLiteral("USD"));
    EXPECT_TRUE(OrderRowParser::parseCurrency(QStringLiteral("dollars")).isEmpty());
}

TEST(OrderRowParserTest, NamesWhatMakesARowInvalid) {
    const OrderCsvMapping mapping =
        OrderCsvMapping::guess({QStringLiteral("日期"), QStringLiteral("成员"),
                                QStringLiteral("金额"), QStringLiteral("币种")});
    const OrderRowParser parser(mapping, DateOrder::YMD, QTimeZone::utc(), QStringLiteral("CNY"));
    const auto parse = [&](const QStringList& fields) {
        return parser.parse({fields, 2});
    };
    const auto ok = parse(
        {QStringLiteral("2026-03-01"), QStringLiteral("李娜"), QStringLiteral("$5"), QString()});
    ASSERT_TRUE(std::holds_alternative<OrderRow>(ok));
    EXPECT_EQ(std::get<OrderRow>(ok).currency, QStringLiteral("USD"));
    const auto kind = [&](const QStringList& fields) {
        const auto r = parse(fields);
        return std::holds_alternative<OrderRowProblem>(r) ? std::get<OrderRowProblem>(r).kind
                                                          : QString();
    };
    EXPECT_EQ(kind({QString(), QStringLiteral("a"), QStringLiteral("1")}),
              QStringLiteral("missing_cell"));
    EXPECT_EQ(kind({QStringLiteral("2026-03-01"), QString(), QStringLiteral("1")}),
              QStringLiteral("missing_cell"));
    EXPECT_EQ(kind({QStringLiteral("2026-03-01"), QStringLiteral("a")}),
              QStringLiteral("missing_cell"));
    EXPECT_EQ(kind({QStringLiteral("yesterday"), QStringLiteral("a"), QStringLiteral("1")}),
              QStringLiteral("invalid_date"));
    EXPECT_EQ(kind({QStringLiteral("2026-03-01"), QStringLiteral("a"), QStringLiteral("¥1"),
                    QStringLiteral("USD")}),
              QStringLiteral("invalid_currency"));
}
