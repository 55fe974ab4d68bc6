// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/MemberCsvImporter.h"

#include "TempWorkspace.h"
#include "db/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlRecord>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

class MemberCsvImporterTest : public ::testing::Test {
protected:
    QString write(const QString& name, const QByteArray& bytes) {
        return ws.writeFile(name, bytes);
    }
    int count(const char* table) {
        return sql::scalar(ws.db().connection(),
                           QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
            ->toInt();
    }
    QVariant value(const QString& statement, const QVariantMap& binds = {}) {
        return sql::scalar(ws.db().connection(), statement, binds).value();
    }
    // Every row of the tables an import writes, as text, to prove "nothing changed".
    QString dump() {
        QString out;
        for (const char* table : {"members", "member_identities", "memberships", "tags",
                                  "member_tags", "chat_groups", "import_mappings"}) {
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

const QByteArray kFull =
    QByteArray("\xEF\xBB\xBF") +
    QStringLiteral("姓名,微信号,群,角色,入群时间,性别,生日,城市,来源,推荐人,标签,备注,手机\n"
                   "王小明,wx_ming,宝妈交流群,群主,2026-03-01,男,1990/5/"
                   "3,上海,抖音,,宝妈，高意向,,13800000001\n"
                   "李娜,wx_na,宝妈交流群,KOC,2026-03-02 "
                   "20:15,女,,杭州,小红书,王小明,宝妈；VIP,\"爱喝茶\n周末有空\",13800000002\n"
                   "\n"
                   "Amy Chen,,宝妈交流群,,2026年3月5日,F,,,转介绍,wx_na,VIP|英文,,\n")
        .toUtf8();

} // namespace

TEST_F(MemberCsvImporterTest, ImportsEveryColumnWithChineseHeaders) {
    const QString path = write(QStringLiteral("members.csv"), kFull);
    auto report = MemberCsvImporter::run(ws.db(), path);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->imported, 3);
    EXPECT_EQ(report->membersCreated, 3);
    EXPECT_EQ(report->groupsCreated, 1);
    EXPECT_EQ(report->tagsCreated, 4);
    EXPECT_EQ(report->skipped, 0);
    EXPECT_TRUE(report->errors.isEmpty());
    EXPECT_EQ(count("members"), 3);
    EXPECT_EQ(count("member_identities"), 2);
    EXPECT_EQ(count("member_tags"), 6);
    EXPECT_EQ(value(QStringLiteral(
                        "SELECT role FROM memberships ms JOIN members m ON m.id = ms.member_id "
                        "WHERE m.display_name = '王小明'"))
                  .toString(),
              QStringLiteral("owner"));
    EXPECT_EQ(value(QStringLiteral("SELECT birthday FROM members WHERE display_name = '王小明'"))
                  .toString(),
              QStringLiteral("1990-05-03"));
    EXPECT_EQ(
        value(QStringLiteral("SELECT source_channel FROM members WHERE display_name = '李娜'"))
            .toString(),
        QStringLiteral("xiaohongshu"));
    EXPECT_EQ(
        value(QStringLiteral("SELECT notes FROM members WHERE display_name = '李娜'")).toString(),
        QStringLiteral("爱喝茶\n周末有空"));
    EXPECT_EQ(value(QStringLiteral("SELECT r.display_name FROM members m JOIN members r ON r.id = "
                                   "m.referrer_id WHERE m.display_name = 'Amy Chen'"))
                  .toString(),
              QStringLiteral("李娜"))
        << "referrer found by handle";
    EXPECT_EQ(value(QStringLiteral("SELECT r.display_name FROM members m JOIN members r ON r.id = "
                                   "m.referrer_id WHERE m.display_name = '李娜'"))
                  .toString(),
              QStringLiteral("王小明"))
        << "referrer found by name";
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM member_status")).toInt(), 3)
        << "rules re-run";
    EXPECT_EQ(value(QStringLiteral("SELECT kind || ':' || file_name FROM imports")).toString(),
              QStringLiteral("members:members.csv"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(value(QStringLiteral("SELECT file_sha256 FROM imports")).toString(),
              QString::fromLatin1(
                  QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()))
        << "the whole file's digest";
}

TEST_F(MemberCsvImporterTest, ReimportingTheSameFileAddsNothing) {
    const QString path = write(QStringLiteral("members.csv"), kFull);
    ASSERT_TRUE(MemberCsvImporter::run(ws.db(), path).ok());
    const int members = count("members"), tags = count("member_tags");
    auto again = MemberCsvImporter::run(ws.db(), path);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->duplicates, 3);
    EXPECT_EQ(again->membersCreated, 0);
    EXPECT_EQ(count("members"), members);
    EXPECT_EQ(count("member_tags"), tags);
    EXPECT_EQ(count("memberships"), 3);
}

TEST_F(MemberCsvImporterTest, ReadsGb18030FromChineseExcel) {
    QStringEncoder gb("GB18030");
    const QByteArray bytes = gb.encode(QStringLiteral(
        "昵称,群名称,标签\r\n张三,新人福利群,新客\r\n李四,新人福利群,\"新客,老客户\"\r\n"));
    auto report = MemberCsvImporter::run(ws.db(), write(QStringLiteral("excel.csv"), bytes));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->membersCreated, 2);
    EXPECT_EQ(value(QStringLiteral("SELECT name FROM chat_groups")).toString(),
              QStringLiteral("新人福利群"));
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM tags WHERE name = '老客户'")).toInt(), 1);
}

TEST_F(MemberCsvImporterTest, MissingNameColumnFailsAndChangesNothing) {
    ASSERT_TRUE(MemberCsvImporter::run(ws.db(), write(QStringLiteral("a.csv"), kFull)).ok());
    const QString before = dump();
    auto report =
        MemberCsvImporter::run(ws.db(), write(QStringLiteral("b.csv"), "city,phone\n上海,1\n"));
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().file, QStringLiteral("b.csv"));
    EXPECT_EQ(report.error().line, 1);
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("name")));
    EXPECT_EQ(dump(), before);
}

TEST_F(MemberCsvImporterTest, BrokenQuotingFailsWholeFileWithItsLine) {
    const QString before = dump();
    auto report = MemberCsvImporter::run(
        ws.db(), write(QStringLiteral("broken.csv"), "name,notes\nA,ok\nB,\"never closed\nC,x\n"));
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().line, 3);
    EXPECT_EQ(dump(), before) << "member A of line 2 was rolled back";
}

TEST_F(MemberCsvImporterTest, InvalidRowsRefuseTheWholeFileByDefault) {
    const QString before = dump();
    auto report = MemberCsvImporter::run(
        ws.db(),
        write(QStringLiteral("rows.csv"), "name,joined,birthday\nD,2026-01-03,\nA,2026-02-30,\n,"
                                          "2026-01-01,\nE,2026-01-04,\n"),
        {std::nullopt, DateOrder::YMD, QStringLiteral("测试群"), QStringLiteral("wechat"), false, {}});
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_TRUE(report->rejected);
    EXPECT_EQ(report->skipped, 2);
    EXPECT_EQ(report->imported, 0) << "row D, before the first invalid row, is not stored either";
    EXPECT_EQ(report->membersCreated, 0);
    ASSERT_EQ(report->errors.size(), 2);
    EXPECT_EQ(report->errors[0].line, 3);
    EXPECT_EQ(report->errors[1].line, 4);
    const QString text = report->rejectionText();
    EXPECT_TRUE(text.contains(QStringLiteral("line 3"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2026-02-30"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("nothing imported"))) << text.toStdString();
    EXPECT_EQ(report->toJson().value(QStringLiteral("rejected")).toBool(), true);
    EXPECT_EQ(dump(), before) << "nothing stored, no import record either";
    EXPECT_EQ(count("imports"), 0);
}

TEST_F(MemberCsvImporterTest, HeaderOnlyFileImportsNothingAndLeavesNoRecord) {
    auto report = MemberCsvImporter::run(ws.db(), write(QStringLiteral("empty.csv"), "name,group\n"));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_FALSE(report->rejected);
    EXPECT_EQ(report->imported, 0);
    EXPECT_EQ(count("imports"), 0);
    EXPECT_EQ(count("members"), 0);
}

TEST_F(MemberCsvImporterTest, KeepsTheFirstThousandProblemsAndCountsEachKind) {
    QByteArray csv = "name,joined\n";
    for (int i = 0; i < 1500; ++i)
        csv += "m" + QByteArray::number(i) + ",not a date\n";
    for (int i = 0; i < 300; ++i)
        csv += ",2026-01-01\n";
    MemberImportOptions options;
    options.skipInvalid = true;
    auto report = MemberCsvImporter::run(ws.db(), write(QStringLiteral("bad.csv"), csv), options);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->skipped, 1800);
    EXPECT_EQ(report->errors.size(), ImportReport::kMaxErrors);
    EXPECT_EQ(report->errors.constLast().line, 1001);
    EXPECT_EQ(report->problems, 1800);
    EXPECT_EQ(report->problemCounts.value(QStringLiteral("invalid_date")), 1500);
    EXPECT_EQ(report->problemCounts.value(QStringLiteral("no_name")), 300);
    const QJsonObject json = report->toJson();
    EXPECT_EQ(json.value(QStringLiteral("errors")).toArray().size(), 1000);
    EXPECT_EQ(json.value(QStringLiteral("errors_total")).toInt(), 1800);
    EXPECT_EQ(json.value(QStringLiteral("error_counts")).toObject().value(QStringLiteral("no_name")).toInt(),
              300);
}

TEST_F(MemberCsvImporterTest, WithSkipInvalidBadRowsAreSkippedWithTheirLines) {
    MemberImportOptions options{std::nullopt, DateOrder::YMD, QStringLiteral("测试群"),
                                QStringLiteral("wechat"), true, {}};
    auto report = MemberCsvImporter::run(
        ws.db(),
        write(QStringLiteral("rows.csv"), "name,joined,birthday\nA,2026-02-30,\n,2026-01-01,\nC,"
                                          "2026-01-02,yesterday\nD,2026-01-03,\n"),
        options);
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->rejected);
    EXPECT_EQ(report->imported, 1);
    EXPECT_EQ(report->skipped, 3);
    ASSERT_EQ(report->errors.size(), 3);
    EXPECT_EQ(report->errors[0].line, 2);
    EXPECT_TRUE(report->errors[0].reason.contains(QStringLiteral("2026-02-30")));
    EXPECT_EQ(report->errors[1].line, 3);
    EXPECT_EQ(report->errors[2].line, 4);
    EXPECT_EQ(count("members"), 1);
}

TEST_F(MemberCsvImporterTest, AmbiguousReferrerIsReportedNotGuessed) {
    auto report = MemberCsvImporter::run(
        ws.db(), write(QStringLiteral("r.csv"),
                       "name,group,referrer\n小美,A群,\n小美,B群,\n小王,A群,小美\n"));
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->errors.size(), 1);
    EXPECT_EQ(report->errors[0].line, 4);
    EXPECT_TRUE(report->errors[0].reason.contains(QStringLiteral("ambiguous")));
    EXPECT_TRUE(value(QStringLiteral("SELECT referrer_id FROM members WHERE display_name = '小王'"))
                    .isNull());
}

TEST_F(MemberCsvImporterTest, CancelLeavesWorkspaceUnchanged) {
    QByteArray big = "name,group\n";
    for (int i = 0; i < 2000; ++i)
        big += QStringLiteral("成员%1,大群\n").arg(i).toUtf8();
    MemberImportOptions options;
    options.progress = [](int percent) {
        return percent < 20;
    };
    const QString before = dump();
    auto report = MemberCsvImporter::run(ws.db(), write(QStringLiteral("big.csv"), big), options);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(dump(), before);
}

TEST_F(MemberCsvImporterTest, TenThousandRows) {
    QByteArray big = "name,handle,group,tags\n";
    for (int i = 0; i < 10000; ++i)
        big += QStringLiteral("成员%1,wx%1,群%2,标签%3\n").arg(i).arg(i % 6).arg(i % 10).toUtf8();
    auto report = MemberCsvImporter::run(ws.db(), write(QStringLiteral("10k.csv"), big));
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->membersCreated, 10000);
    EXPECT_EQ(count("memberships"), 10000);
    EXPECT_EQ(count("chat_groups"), 6);
    EXPECT_EQ(count("tags"), 10);
}

TEST_F(MemberCsvImporterTest, ExplicitMappingIsRememberedForTheHeader) {
    const QByteArray bytes = "col_a,col_b\nZoe,wx_zoe\n";
    const QString path = write(QStringLiteral("odd.csv"), bytes);
    auto guessed = MemberCsvImporter::preview(ws.db(), path);
    ASSERT_TRUE(guessed.ok());
    EXPECT_FALSE(guessed->remembered);
    EXPECT_FALSE(guessed->mapping.validate().ok());
    MemberImportOptions options;
    options.mapping = MemberCsvMapping{};
    options.mapping->columns = {{MemberField::Name, 0}, {MemberField::Handle, 1}};
    ASSERT_TRUE(MemberCsvImporter::run(ws.db(), path, options).ok());
    auto again = MemberCsvImporter::preview(ws.db(), path);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->remembered);
    EXPECT_EQ(again->mapping.column(MemberField::Handle), 1);
    ASSERT_EQ(again->rows.size(), 1);
    EXPECT_EQ(again->rows[0].at(0), QStringLiteral("Zoe"));
}
