// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// import orders, run through the real qundesk-cli against the CLI contract.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace qundesk;
using qundesk::test::CliRun;
using qundesk::test::CliRunner;

namespace {

QStringList base(const QString& ws) {
    return {QStringLiteral("--db"), ws, QStringLiteral("--json")};
}

qint64 countOf(const QString& ws, const QString& statement) {
    auto db = Database::open(ws);
    if (!db) {
        ADD_FAILURE() << db.error().toString().toStdString();
        return -1;
    }
    auto value = sql::scalar((*db)->connection(), statement);
    return value ? value->toLongLong() : -1;
}

class CliOrderTest : public ::testing::Test {
protected:
    void SetUp() override {
        ws = cli.filePath(QStringLiteral("ws.qundesk"));
        const QString members =
            test::copyFixture(QStringLiteral("orders/members-for-orders.csv"), cli.dir());
        const CliRun run = cli.run(
            base(ws) + QStringList{QStringLiteral("import"), QStringLiteral("members"), members});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    }
    CliRun importOrders(const QString& file, const QStringList& extra = {}) {
        return cli.run(base(ws) +
                       QStringList{QStringLiteral("import"), QStringLiteral("orders"), file} +
                       extra);
    }

    CliRunner cli;
    QString ws;
};

} // namespace

TEST_F(CliOrderTest, ImportsOrdersWithTheContractsKeysAndAddsNothingTheSecondTime) {
    const QString file = test::copyFixture(QStringLiteral("orders/orders-zh-bom.csv"), cli.dir());
    const CliRun first = importOrders(file);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    const QJsonObject json = first.json();
    for (const char* key : {"imported", "duplicates", "skipped", "errors"})
        EXPECT_TRUE(json.contains(QLatin1String(key))) << key;
    EXPECT_EQ(json.value(QStringLiteral("imported")).toInt(), 4);
    EXPECT_EQ(json.value(QStringLiteral("skipped")).toInt(), 0);
    EXPECT_EQ(countOf(ws, QStringLiteral("SELECT SUM(amount_cents) FROM orders")),
              12800 + 128050 + 9900 + 9900);

    const CliRun second = importOrders(file);
    ASSERT_EQ(second.exitCode, 0);
    EXPECT_EQ(second.json().value(QStringLiteral("imported")).toInt(), 0);
    EXPECT_EQ(second.json().value(QStringLiteral("duplicates")).toInt(), 4);
    EXPECT_EQ(countOf(ws, QStringLiteral("SELECT COUNT(*) FROM orders")), 4);
    EXPECT_EQ(countOf(ws, QStringLiteral("SELECT COUNT(*) FROM imports WHERE kind = 'orders'")), 2);
}

TEST_F(CliOrderTest, InvalidRowsFailTheFileWithOneLineUnlessSkipped) {
    const QString file = cli.filePath(QStringLiteral("bad.csv"));
    test::writeFile(file, QStringLiteral("date,member,amount\n"
                                         "2026-03-01,李娜,10\n"
                                         "2024-02-30,李娜,10\n"
                                         "2026-03-02,李娜,\n")
                              .toUtf8());
    const CliRun refused = importOrders(file);
    EXPECT_EQ(refused.exitCode, 1);
    ASSERT_EQ(refused.errLines().size(), 1) << refused.err.toStdString();
    EXPECT_EQ(refused.errLines().first(),
              QStringLiteral("qundesk-cli: bad.csv: 2 invalid rows (first: line 3, The date "
                             "“2024-02-30” is not a date.); nothing imported; --skip-invalid "
                             "imports the rest"));
    const QJsonArray errors = refused.json().value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors.at(1).toObject().value(QStringLiteral("line")).toInt(), 4);
    EXPECT_EQ(countOf(ws, QStringLiteral("SELECT COUNT(*) FROM orders")), 0);
    EXPECT_EQ(countOf(ws, QStringLiteral("SELECT COUNT(*) FROM imports WHERE kind = 'orders'")), 0);

    const CliRun skipped = importOrders(file, {QStringLiteral("--skip-invalid")});
    ASSERT_EQ(skipped.exitCode, 0) << skipped.err.toStdString();
    EXPECT_EQ(skipped.json().value(QStringLiteral("imported")).toInt(), 1);
    EXPECT_EQ(skipped.json().value(QStringLiteral("skipped")).toInt(), 2);
    EXPECT_EQ(countOf(ws, QStringLiteral("SELECT COUNT(*) FROM orders")), 1);
}

TEST_F(CliOrderTest, WrongCommandLinesExitTwo) {
    const QString file = test::copyFixture(QStringLiteral("orders/orders-zh-bom.csv"), cli.dir());
    EXPECT_EQ(importOrders(file, {QStringLiteral("--date-order"), QStringLiteral("xyz")}).exitCode,
              2);
    EXPECT_EQ(importOrders(file, {QStringLiteral("--bogus")}).exitCode, 2);
    EXPECT_EQ(cli.run(base(ws) + QStringList{QStringLiteral("import"), QStringLiteral("orders")})
                  .exitCode,
              2);
    // A missing file is a failure of the work, not of the command line.
    EXPECT_EQ(importOrders(cli.filePath(QStringLiteral("none.csv"))).exitCode, 1);
}
