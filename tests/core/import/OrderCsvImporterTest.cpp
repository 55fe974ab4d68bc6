// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/OrderCsvImporter.h"

#include "TempWorkspace.h"
#include "db/Sql.h"
#include "import/MemberCsvImporter.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlRecord>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

// Five members in two groups; two share the name 小林 (in different groups).
const QByteArray kMembers = QStringLiteral("姓名,微信号,群,手机,入群时间\n"
                                           "王小明,wx_ming,宝妈交流群,13800000001,2026-01-05\n"
                                           "李娜,wx_na,宝妈交流群,13800000002,2026-01-06\n"
                                           "小林,wx_lin1,宝妈交流群,,2026-01-07\n"
                                           "小林,wx_lin2,VIP群,,2026-01-07\n"
                                           "Amy Chen,,VIP群,,2026-01-08\n")
                                .toUtf8();

class OrderCsvImporterTest : public ::testing::Test {
protected:
    void SetUp() override {
        // Orders of early March are recent: nobody is Declining for want of an order.
        time::setFixedNow(QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc()));
        auto members =
            MemberCsvImporter::run(ws.db(), ws.writeFile(QStringLiteral("m.csv"), kMembers));
        ASSERT_TRUE(members.ok()) << members.error().toString().toStdString();
        ASSERT_EQ(members->membersCreated, 5);
    }
    void TearDown() override { time::setFixedNow({}); }
    QString write(const QString& name, const QByteArray& bytes) {
        return ws.writeFile(name, bytes);
    }
    QVariant value(const QString& statement, const QVariantMap& binds = {}) {
        return sql::scalar(ws.db().connection(), statement, binds).value();
    }
    int count(const char* table) {
        return value(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toInt();
    }
    qint64 memberId(const QString& handle) {
        return value(QStringLiteral("SELECT member_id FROM member_identities WHERE platform_uid = "
                                    ":h"),
                     {{QStringLiteral(":h"), handle}})
            .toLongLong();
    }
    QString stage(const QString& handle) {
        return value(QStringLiteral("SELECT stage FROM member_status WHERE member_id = :m"),
                     {{QStringLiteral(":m"), memberId(handle)}})
            .toString();
    }
    // Every row of the tables an order import writes, as text, to prove "nothing changed".
    QString dump() {
        QString out;
        for (const char* table : {"orders", "imports", "member_status", "member_tags"}) {
            auto q =
                sql::exec(ws.db().connection(),
                          QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
            while (q.ok() && q->next()) {
                for (int i = 0; i < q->record().count(); ++i)
                    out += q->value(i).toString() + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
        }
        return out;
    }

    test::TempWorkspace ws;
};

const QByteArray kOrders =
    QByteArray("\xEF\xBB\xBF") +
    QStringLiteral("订单号,日期,姓名,账号,手机,金额,币种,商品,社群\n"
                   "A-1,2026-03-01 20:15,,wx_ming,,¥128.00,,面霜,宝妈交流群\n"
                   "A-2,2026/3/2,李娜,,,\"1,280.50\",CNY,精华,\n"
                   ",2026-03-03,,,13800000001,99,,试用装,\n"
                   ",2026-03-03,,,13800000001,99,,试用装,\n"
                   ",2026-03-04,小林,,,10 USD,,T恤,VIP群\n")
        .toUtf8();

} // namespace

TEST_F(OrderCsvImporterTest, ImportsChineseHeadersAndFindsBuyersByHandlePhoneAndName) {
    auto report = OrderCsvImporter::run(ws.db(), write(QStringLiteral("orders.csv"), kOrders));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_FALSE(report->rejected);
    EXPECT_EQ(report->imported, 5);
    EXPECT_EQ(report->duplicates, 0);
    EXPECT_EQ(report->skipped, 0);
    EXPECT_EQ(count("orders"), 5);
    // Amounts in cents, currencies from the column or the symbol, the workspace's by default.
    EXPECT_EQ(value(QStringLiteral("SELECT SUM(amount_cents) FROM orders WHERE currency = 'CNY'"))
                  .toLongLong(),
              12800 + 128050 + 9900 + 9900);
    EXPECT_EQ(value(QStringLiteral("SELECT amount_cents FROM orders WHERE currency = 'USD'"))
                  .toLongLong(),
              1000);
    // Buyers: by handle, by name, by phone (twice), by a shared name within the row's group.
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM orders WHERE member_id = :m"),
                    {{QStringLiteral(":m"), memberId(QStringLiteral("wx_ming"))}})
                  .toInt(),
              3);
    EXPECT_EQ(
        value(QStringLiteral("SELECT member_id FROM orders WHERE currency = 'USD'")).toLongLong(),
        memberId(QStringLiteral("wx_lin2")));
    // A row without a group goes to the buyer's only group.
    EXPECT_EQ(value(QStringLiteral("SELECT g.name FROM orders o JOIN chat_groups g ON g.id = "
                                   "o.group_id WHERE o.external_id = 'A-2'"))
                  .toString(),
              QStringLiteral("宝妈交流群"));
    // The times are read in the workspace's zone (Asia/Shanghai in tests): 20:15 is 12:15Z.
    EXPECT_EQ(
        value(QStringLiteral("SELECT ordered_at FROM orders WHERE external_id = 'A-1'")).toString(),
        QStringLiteral("2026-03-01T12:15:00Z"));
    // Every order points at one import record of kind "orders".
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(DISTINCT import_id) FROM orders")).toInt(), 1);
    EXPECT_EQ(value(QStringLiteral("SELECT kind || ' ' || file_name FROM imports WHERE kind = "
                                   "'orders'"))
                  .toString(),
              QStringLiteral("orders orders.csv"));
    EXPECT_FALSE(value(QStringLiteral("SELECT file_sha256 FROM imports WHERE kind = 'orders'"))
                     .toString()
                     .isEmpty());
}

TEST_F(OrderCsvImporterTest, BuyersStagesFollowTheirOrders) {
    ASSERT_NE(stage(QStringLiteral("wx_ming")), QStringLiteral("extending"));
    ASSERT_NE(stage(QStringLiteral("wx_na")), QStringLiteral("mature"));
    auto report = OrderCsvImporter::run(ws.db(), write(QStringLiteral("orders.csv"), kOrders));
    ASSERT_TRUE(report.ok());
    // Three orders make 王小明 Extending (≥ 2 orders), one makes 李娜 Mature.
    EXPECT_EQ(stage(QStringLiteral("wx_ming")), QStringLiteral("extending"));
    EXPECT_EQ(stage(QStringLiteral("wx_na")), QStringLiteral("mature"));
}

TEST_F(OrderCsvImporterTest, ReimportAddsNothingAndKeepsIdenticalRowsApart) {
    const QString path = write(QStringLiteral("orders.csv"), kOrders);
    ASSERT_TRUE(OrderCsvImporter::run(ws.db(), path).ok());
    auto again = OrderCsvImporter::run(ws.db(), path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->duplicates, 5);
    EXPECT_EQ(count("orders"), 5);
    // A file with one more identical row without a number adds exactly that one.
    QByteArray more = kOrders;
    more += QStringLiteral(",2026-03-03,,,13800000001,99,,试用装,\n").toUtf8();
    auto third = OrderCsvImporter::run(ws.db(), write(QStringLiteral("more.csv"), more));
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(third->imported, 1);
    EXPECT_EQ(third->duplicates, 5);
    EXPECT_EQ(count("orders"), 6);
}

TEST_F(OrderCsvImporterTest, InvalidRowsRefuseTheFileUnlessSkipped) {
    const QByteArray bad = QStringLiteral("date,member,amount,currency\n"
                                          "2026-03-01,李娜,10,\n"
                                          "2026-02-30,李娜,10,\n"
                                          "2026-03-02,,10,\n"
                                          "2026-03-02,李娜,ten,\n"
                                          "2026-03-02,李娜,-5,\n"
                                          "2026-03-02,李娜,5,doubloons\n"
                                          "2026-03-02,nobody,5,\n"
                                          "2026-03-02,小林,5,\n"
                                          "2026-03-03,王小明,7,\n")
                               .toUtf8();
    const QString path = write(QStringLiteral("bad.csv"), bad);
    const QString before = dump();
    auto refused = OrderCsvImporter::run(ws.db(), path);
    ASSERT_TRUE(refused.ok());
    EXPECT_TRUE(refused->rejected);
    EXPECT_EQ(refused->imported, 0);
    EXPECT_EQ(refused->skipped, 7);
    EXPECT_EQ(dump(), before); // nothing changed, not even the import history
    ASSERT_NE(refused->firstInvalid(), nullptr);
    EXPECT_EQ(refused->firstInvalid()->line, 3);
    EXPECT_TRUE(refused->rejectionText().contains(QStringLiteral("2026-02-30")));
    const QJsonObject counts = refused->toJson().value(QStringLiteral("error_counts")).toObject();
    EXPECT_EQ(counts.value(QStringLiteral("invalid_date")).toInt(), 1);
    EXPECT_EQ(counts.value(QStringLiteral("missing_cell")).toInt(), 1);
    EXPECT_EQ(counts.value(QStringLiteral("invalid_amount")).toInt(), 2);
    EXPECT_EQ(counts.value(QStringLiteral("invalid_currency")).toInt(), 1);
    EXPECT_EQ(counts.value(QStringLiteral("unknown_member")).toInt(), 1);
    EXPECT_EQ(counts.value(QStringLiteral("ambiguous_member")).toInt(), 1);

    OrderImportOptions skip;
    skip.skipInvalid = true;
    auto partial = OrderCsvImporter::run(ws.db(), path, skip);
    ASSERT_TRUE(partial.ok());
    EXPECT_FALSE(partial->rejected);
    EXPECT_EQ(partial->imported, 2);
    EXPECT_EQ(partial->skipped, 7);
    EXPECT_EQ(count("orders"), 2);
    QList<qint64> lines;
    for (const QJsonValue& e : partial->toJson().value(QStringLiteral("errors")).toArray())
        lines << e.toObject().value(QStringLiteral("line")).toInteger();
    EXPECT_EQ(lines, (QList<qint64>{3, 4, 5, 6, 7, 8, 9}));
}

TEST_F(OrderCsvImporterTest, UnknownGroupIsAWarningNotAFailure) {
    const QString path =
        write(QStringLiteral("g.csv"),
              QStringLiteral("date,member,amount,group\n2026-03-01,李娜,10,没有这个群\n").toUtf8());
    auto report = OrderCsvImporter::run(ws.db(), path);
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->rejected);
    EXPECT_EQ(report->imported, 1);
    EXPECT_EQ(report->problems, 1);
    EXPECT_TRUE(value(QStringLiteral("SELECT group_id FROM orders")).isNull());
}

TEST_F(OrderCsvImporterTest, ReadsGb18030AndEnglishHeaders) {
    QStringEncoder gb("GB18030");
    const QByteArray bytes = gb.encode(
        QStringLiteral("order_id,date,handle,amount,product\nX9,2026-04-01,wx_na,88.8,护手霜\n"));
    auto report = OrderCsvImporter::run(ws.db(), write(QStringLiteral("gb.csv"), bytes));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->imported, 1);
    EXPECT_EQ(value(QStringLiteral("SELECT product FROM orders")).toString(),
              QStringLiteral("护手霜"));
    EXPECT_EQ(value(QStringLiteral("SELECT amount_cents FROM orders")).toLongLong(), 8880);
}

TEST_F(OrderCsvImporterTest, HeaderOnlyFileStoresNothingAndNoRecord) {
    auto report = OrderCsvImporter::run(
        ws.db(), write(QStringLiteral("h.csv"), QByteArray("date,member,amount\n")));
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->imported, 0);
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM imports WHERE kind = 'orders'")).toInt(),
              0);
}

TEST_F(OrderCsvImporterTest, MissingColumnsFailTheFileNamingThem) {
    auto report = OrderCsvImporter::run(
        ws.db(), write(QStringLiteral("c.csv"), QByteArray("member,product\n李娜,x\n")));
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().line, 1);
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("金额")));
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("日期")));
    EXPECT_EQ(count("orders"), 0);
}

TEST_F(OrderCsvImporterTest, CancelChangesNothing) {
    QByteArray big("date,member,amount\n");
    for (int i = 0; i < 3000; ++i)
        big += QStringLiteral("2026-03-01,李娜,%1\n").arg(i + 1).toUtf8();
    const QString before = dump();
    OrderImportOptions options;
    int calls = 0;
    options.progress = [&calls](int) {
        return ++calls < 3;
    };
    auto report = OrderCsvImporter::run(ws.db(), write(QStringLiteral("big.csv"), big), options);
    ASSERT_FALSE(report.ok());
    EXPECT_GE(calls, 3);
    EXPECT_EQ(dump(), before);
}

TEST_F(OrderCsvImporterTest, PreviewGuessesTheMappingAndMarksInvalidRows) {
    auto preview = OrderCsvImporter::preview(
        ws.db(), write(QStringLiteral("p.csv"),
                       QByteArray("日期,成员,金额\n2026-03-01,李娜,10\n2026-13-01,李娜,10\n")));
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->rows.size(), 2);
    EXPECT_EQ(preview->mapping.column(OrderField::Date), 0);
    EXPECT_EQ(preview->mapping.column(OrderField::Member), 1);
    EXPECT_EQ(preview->mapping.column(OrderField::Amount), 2);
    EXPECT_TRUE(preview->problems.at(0).isEmpty());
    EXPECT_FALSE(preview->problems.at(1).isEmpty());
    EXPECT_EQ(preview->lines, (QList<qint64>{2, 3}));
}
