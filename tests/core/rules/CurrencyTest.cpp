// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "RulesFixture.h"
#include "rules/CurrencyChange.h"

using namespace qundesk;

namespace {

class CurrencyTest : public test::RulesFixture {
protected:
    void orderIn(qint64 id, const QString& atUtc, int cents, const QString& currency) {
        run(QStringLiteral("INSERT INTO orders (member_id, group_id, ordered_at, amount_cents, "
                           "currency, created_at) VALUES (:id, 1, :at, :cents, :cur, 'x')"),
            {{QStringLiteral(":id"), id},
             {QStringLiteral(":at"), atUtc},
             {QStringLiteral(":cents"), cents},
             {QStringLiteral(":cur"), currency}});
    }
};

TEST_F(CurrencyTest, WorkspaceCurrencyIsYuanUntilSetAndOnlyThreeLetters) {
    SettingsStore settings(ws.db());
    EXPECT_EQ(settings.currency(), QStringLiteral("CNY"));
    ASSERT_TRUE(settings.setCurrency(QStringLiteral(" usd ")).ok());
    EXPECT_EQ(settings.currency(), QStringLiteral("USD"));
    for (const char* wrong : {"US", "US$", "dollar", ""}) {
        const Status s = settings.setCurrency(QString::fromLatin1(wrong));
        ASSERT_FALSE(s.ok()) << wrong;
        EXPECT_TRUE(s.error().message.contains(QStringLiteral("three letters")));
    }
    EXPECT_EQ(settings.currency(), QStringLiteral("USD"));
}

TEST_F(CurrencyTest, MemberRevenueCountsTheWorkspaceCurrencyOnly) {
    member(1, QStringLiteral("2026-01-01T00:00:00Z"));
    orderIn(1, QStringLiteral("2026-06-01T04:00:00Z"), 10000, QStringLiteral("CNY"));
    orderIn(1, QStringLiteral("2026-06-02T04:00:00Z"), 1250, QStringLiteral("USD"));
    ASSERT_TRUE(recompute().ok());
    EXPECT_EQ(status(1, "orders").toInt(), 2); // every order counts as an order
    EXPECT_EQ(status(1, "revenue_cents").toLongLong(), 10000);

    // Changing the currency brings the stored revenue in line at once.
    ASSERT_TRUE(changeWorkspaceCurrency(ws.db(), QStringLiteral("USD")).ok());
    EXPECT_EQ(SettingsStore(ws.db()).currency(), QStringLiteral("USD"));
    EXPECT_EQ(status(1, "revenue_cents").toLongLong(), 1250);
    EXPECT_EQ(status(1, "orders").toInt(), 2);
}

TEST_F(CurrencyTest, AFailedChangeKeepsTheCurrency) {
    EXPECT_FALSE(changeWorkspaceCurrency(ws.db(), QStringLiteral("dollars")).ok());
    EXPECT_EQ(SettingsStore(ws.db()).currency(), QStringLiteral("CNY"));
}

} // namespace
