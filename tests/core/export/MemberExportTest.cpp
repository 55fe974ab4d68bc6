// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "export/MemberExport.h"

#include "../rules/RulesFixture.h"
#include "export/CsvWriter.h"
#include "store/MemberListQuery.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Three members with every kind of cell: Chinese text, a formula-like note, a quoted newline,
// tags, groups, a referrer, orders and a touch.
class MemberExportTest : public test::RulesFixture {
protected:
    void SetUp() override {
        RulesFixture::SetUp();
        member(1, QStringLiteral("2026-03-01T02:00:00Z"));
        member(2, QStringLiteral("2026-03-02T02:00:00Z"), 1);
        member(3, QStringLiteral("2026-06-15T02:00:00Z"), 0, 2);
        run(QStringLiteral(
            "UPDATE members SET display_name = '王小明', city = '上海', tier = 'gold', "
            "source_channel = 'douyin', phone = '13800000001' WHERE id = 1"));
        run(QStringLiteral(
            "UPDATE members SET display_name = '=HYPERLINK(\"x\")', notes = 'line one\n"
            "line two, with comma' WHERE id = 2"));
        run(QStringLiteral(
            "UPDATE members SET display_name = 'Amy Chen', notes = '-5 cups' WHERE id = 3"));
        run(QStringLiteral(
            "INSERT INTO member_identities (member_id, platform, platform_uid, handle) "
            "VALUES (1, 'wechat', 'wx_ming', 'wx_ming')"));
        run(QStringLiteral("INSERT INTO tags (id, name) VALUES (1, '宝妈'), (2, 'VIP')"));
        run(QStringLiteral("INSERT INTO member_tags (member_id, tag_id, created_at) VALUES (1, 1, "
                           "'x'), (1, 2, 'x')"));
        run(QStringLiteral("INSERT INTO touches (member_id, group_id, channel, touched_at) VALUES "
                           "(1, 1, 'private', '2026-06-17T12:00:00Z')"));
        active(1, test::kRulesToday.addDays(-1), 6);
        order(1, QStringLiteral("2026-05-01T02:00:00Z"), 19900);
        order(1, QStringLiteral("2026-06-01T02:00:00Z"), 5050);
        ASSERT_TRUE(recompute().ok());
    }
};

} // namespace

TEST(CsvWriter, NeutralisesFormulasAndQuotesWhatNeedsIt) {
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("=SUM(A1)")), QStringLiteral("'=SUM(A1)"));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("+86 138")), QStringLiteral("'+86 138"));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("\tx")), QStringLiteral("'\tx"));
    EXPECT_EQ(CsvWriter::neutralise(QStringLiteral("小明")), QStringLiteral("小明"));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("say \"hi\"")),
              QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CsvWriter::escape(QStringLiteral("plain")), QStringLiteral("plain"));
}

TEST_F(MemberExportTest, CsvMatchesGoldenFile) {
    const QString path = ws.filePath(QStringLiteral("members.csv"));
    auto written = MemberExport::write(ws.db(), MemberListFilter{}, path);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    EXPECT_EQ(written.value(), 3);
    const QByteArray actual = readAll(path);
    const QByteArray golden =
        readAll(QStringLiteral(QUNDESK_FIXTURES_DIR "/golden/members-export.csv"));
    if (qEnvironmentVariableIsSet("QUNDESK_UPDATE_GOLDEN")) {
        QFile out(QStringLiteral(QUNDESK_FIXTURES_DIR "/golden/members-export.csv"));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(actual);
    }
    ASSERT_FALSE(golden.isEmpty());
    EXPECT_TRUE(actual.startsWith("\xEF\xBB\xBF")) << "BOM for Excel";
    EXPECT_EQ(actual.toStdString(), golden.toStdString());
}

TEST_F(MemberExportTest, XlsxIsWrittenWhenAvailable) {
    if (!MemberExport::xlsxAvailable())
        GTEST_SKIP() << "built without libxlsxwriter";
    const QString path = ws.filePath(QStringLiteral("members.xlsx"));
    auto written = MemberExport::write(ws.db(), MemberListFilter{}, path);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    EXPECT_EQ(written.value(), 3);
    const QByteArray bytes = readAll(path);
    EXPECT_TRUE(bytes.startsWith("PK\x03\x04")) << "an xlsx is a zip";
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".part")));
}

TEST_F(MemberExportTest, UnknownExtensionAndUnwritablePathAreErrors) {
    EXPECT_FALSE(
        MemberExport::write(ws.db(), MemberListFilter{}, ws.filePath(QStringLiteral("m.txt")))
            .ok());
    auto r =
        MemberExport::write(ws.db(), MemberListFilter{}, QStringLiteral("/proc/qundesk/m.csv"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().file, QStringLiteral("/proc/qundesk/m.csv"));
}

TEST_F(MemberExportTest, ListQueryFiltersSearchesAndSorts) {
    const QDate today = test::kRulesToday;
    auto ids = [&](MemberListFilter f, MemberSort sort = MemberSort::Name, bool asc = true) {
        return MemberListQuery::ids(ws.db(), f, sort, asc, today).value();
    };
    EXPECT_EQ(ids({}).size(), 3);
    MemberListFilter search;
    search.search = QStringLiteral("wx_MING");
    EXPECT_EQ(ids(search), QList<qint64>{1}) << "handle, any case";
    search.search = QStringLiteral("line two");
    EXPECT_EQ(ids(search), QList<qint64>{2}) << "notes";
    search.search = QStringLiteral("100%");
    EXPECT_TRUE(ids(search).isEmpty()) << "% is literal";
    MemberListFilter group;
    group.groupId = 2;
    EXPECT_EQ(ids(group), QList<qint64>{3});
    MemberListFilter never;
    never.neverPosted = true;
    EXPECT_EQ(ids(never), (QList<qint64>{2, 3})) << "by name: \"=HYPERLINK\" before \"Amy\"";
    EXPECT_EQ(ids({}, MemberSort::Revenue, false).first(), 1);
    auto rows = MemberListQuery::rows(ws.db(), {3, 1});
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ(rows->at(0).name, QStringLiteral("Amy Chen"));
    EXPECT_EQ(rows->at(1).tags, QStringLiteral("宝妈, VIP"));
    EXPECT_EQ(rows->at(1).orders, 2);
    EXPECT_EQ(rows->at(1).revenueCents, 24950);
    EXPECT_TRUE(rows->at(1).lastTouch.isValid());
}
