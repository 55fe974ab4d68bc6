// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// import members, export members, report members and report lifecycle, run through the real
// qundesk-cli against the CLI contract.
#include "CliRunner.h"
#include "TempWorkspace.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "import/CsvReader.h"

#include <QFile>
#include <QJsonArray>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace qundesk;
using qundesk::test::CliRun;
using qundesk::test::CliRunner;

namespace {

const QString kGroup = QStringLiteral("新人福利群");

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

qint64 memberCount(const QString& ws) {
    return countOf(ws, QStringLiteral("SELECT COUNT(*) FROM members"));
}

QJsonObject memberNamed(const QJsonArray& members, const QString& name) {
    for (const auto& m : members) {
        if (m.toObject().value(QStringLiteral("name")).toString() == name)
            return m.toObject();
    }
    return {};
}

// Imports the Chinese fixture (BOM, quoted newline, full-width tag separators, a bad date).
// Its one invalid row is skipped (--skip-invalid).
CliRun importFixture(const CliRunner& cli, const QString& ws) {
    const QString csv = test::copyFixture(QStringLiteral("members/members-zh-bom.csv"), cli.dir());
    return cli.run(base(ws) + QStringList{QStringLiteral("import"), QStringLiteral("members"), csv,
                                          QStringLiteral("--skip-invalid")});
}

} // namespace

TEST(CliMember, ImportReportsExactCountsAndTheBadDateLine) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    const CliRun run = importFixture(cli, ws);
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(QStringLiteral("imported")).toInt(-1), 3);
    EXPECT_EQ(json.value(QStringLiteral("duplicates")).toInt(-1), 0);
    EXPECT_EQ(json.value(QStringLiteral("skipped")).toInt(-1), 1);
    EXPECT_EQ(json.value(QStringLiteral("members_created")).toInt(-1), 3);
    EXPECT_EQ(json.value(QStringLiteral("groups_created")).toInt(-1), 1);
    EXPECT_EQ(json.value(QStringLiteral("tags_created")).toInt(-1), 3); // VIP, 宝妈, 复购
    const QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
    ASSERT_EQ(errors.size(), 1);
    // Line 7: the header, a record over two lines, a blank line, then 赵六's row.
    EXPECT_EQ(errors.at(0).toObject().value(QStringLiteral("line")).toInt(), 7);
    EXPECT_TRUE(errors.at(0)
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("not-a-date")));
    EXPECT_EQ(memberCount(ws), 3);
    // The quoted newline is kept inside the note, the referrer (by name) is linked.
    EXPECT_EQ(countOf(ws, QStringLiteral("SELECT COUNT(*) FROM members WHERE notes LIKE "
                                         "'第一行%第二行' AND instr(notes, char(10)) > 0")),
              1);
    EXPECT_EQ(countOf(ws, QStringLiteral("SELECT COUNT(*) FROM members m JOIN members r ON "
                                         "r.id = m.referrer_id WHERE r.display_name = '张三'")),
              2);

    const CliRun again = importFixture(cli, ws);
    ASSERT_EQ(again.exitCode, 0) << again.err.constData();
    EXPECT_EQ(again.json().value(QStringLiteral("imported")).toInt(-1), 0);
    EXPECT_EQ(again.json().value(QStringLiteral("duplicates")).toInt(-1), 3);
    EXPECT_EQ(again.json().value(QStringLiteral("members_created")).toInt(-1), 0);
    EXPECT_EQ(memberCount(ws), 3);
}

TEST(CliMember, ImportAsTextListsTheRowErrors) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    const QString csv = test::copyFixture(QStringLiteral("members/members-zh-bom.csv"), cli.dir());
    const CliRun run = cli.run({QStringLiteral("--db"), ws, QStringLiteral("import"),
                                QStringLiteral("members"), csv, QStringLiteral("--skip-invalid")});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QString text = QString::fromUtf8(run.out);
    EXPECT_TRUE(text.contains(QStringLiteral("Imported rows"))) << run.out.constData();
    EXPECT_TRUE(text.contains(QStringLiteral("Skipped"))) << run.out.constData();
    EXPECT_TRUE(text.contains(QStringLiteral("Line 7:"))) << run.out.constData();
}

TEST(CliMember, AnInvalidRowRefusesTheFileWithOneLineAndChangesNothing) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    const QString csv = test::copyFixture(QStringLiteral("members/members-zh-bom.csv"), cli.dir());
    const CliRun text = cli.run(
        {QStringLiteral("--db"), ws, QStringLiteral("import"), QStringLiteral("members"), csv});
    EXPECT_EQ(text.exitCode, 1);
    ASSERT_EQ(text.errLines().size(), 1) << text.err.constData();
    const QString line = text.errLines().constFirst();
    EXPECT_TRUE(line.contains(QStringLiteral("members-zh-bom.csv: 1 invalid row"))) << text.err.constData();
    EXPECT_TRUE(line.contains(QStringLiteral("line 7"))) << text.err.constData();
    EXPECT_TRUE(line.contains(QStringLiteral("nothing imported"))) << text.err.constData();
    EXPECT_TRUE(line.contains(QStringLiteral("--skip-invalid"))) << text.err.constData();
    EXPECT_EQ(memberCount(ws), 0);
    EXPECT_EQ(countOf(ws, QStringLiteral("SELECT COUNT(*) FROM imports")), 0);

    const CliRun json = cli.run(base(ws) + QStringList{QStringLiteral("import"),
                                                       QStringLiteral("members"), csv});
    EXPECT_EQ(json.exitCode, 1);
    const QJsonObject report = json.json();
    EXPECT_EQ(report.value(QStringLiteral("ok")).toBool(true), false);
    EXPECT_EQ(report.value(QStringLiteral("rejected")).toBool(), true);
    EXPECT_EQ(report.value(QStringLiteral("imported")).toInt(-1), 0);
    EXPECT_EQ(report.value(QStringLiteral("skipped")).toInt(-1), 1);
    ASSERT_EQ(report.value(QStringLiteral("errors")).toArray().size(), 1);
    EXPECT_EQ(report.value(QStringLiteral("errors")).toArray().at(0).toObject().value(
                  QStringLiteral("line")).toInt(), 7);
}

TEST(CliMember, ImportsGb18030IntoTheGivenGroup) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    QStringEncoder gb("GB18030");
    ASSERT_TRUE(gb.isValid());
    const QByteArray bytes = gb.encode(QStringLiteral("姓名,手机,城市,标签\r\n"
                                                      "陈小明,13900000001,广州,老客户\r\n"
                                                      "林美丽,13900000002,深圳,新客户；宝妈\r\n"));
    ASSERT_FALSE(gb.hasError());
    const QString csv = cli.filePath(QStringLiteral("gb.csv"));
    test::writeFile(csv, bytes);
    const CliRun run =
        cli.run(base(ws) + QStringList{QStringLiteral("import"), QStringLiteral("members"), csv,
                                       QStringLiteral("--group"), kGroup,
                                       QStringLiteral("--platform"), QStringLiteral("wecom")});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_EQ(run.json().value(QStringLiteral("imported")).toInt(-1), 2);
    EXPECT_EQ(run.json().value(QStringLiteral("tags_created")).toInt(-1), 3);
    EXPECT_EQ(run.json().value(QStringLiteral("group")).toString(), kGroup);
    EXPECT_EQ(countOf(ws, QStringLiteral("SELECT COUNT(*) FROM members WHERE city = '深圳' AND "
                                         "display_name = '林美丽'")),
              1);
    EXPECT_EQ(countOf(ws, QStringLiteral("SELECT COUNT(*) FROM chat_groups WHERE name = "
                                         "'新人福利群' AND platform = 'wecom'")),
              1);
}

TEST(CliMember, MalformedCsvFailsWithOneLineAndChangesNothing) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    ASSERT_EQ(importFixture(cli, ws).exitCode, 0);
    const qint64 groups = countOf(ws, QStringLiteral("SELECT COUNT(*) FROM chat_groups"));

    const QString bad = cli.filePath(QStringLiteral("bad.csv"));
    test::writeFile(bad, "name,handle,group\nAnn,ann1,Other\nBo,bo2,Other\n\"Cy,cy3,Other\n"
                         "Di,di4,Other\n");
    const CliRun run =
        cli.run(base(ws) + QStringList{QStringLiteral("import"), QStringLiteral("members"), bad});
    EXPECT_NE(run.exitCode, 0);
    ASSERT_EQ(run.errLines().size(), 1) << run.err.constData();
    EXPECT_TRUE(run.errLines().constFirst().contains(QStringLiteral("bad.csv:4:")))
        << run.err.constData();
    EXPECT_EQ(memberCount(ws), 3);
    EXPECT_EQ(countOf(ws, QStringLiteral("SELECT COUNT(*) FROM chat_groups")), groups);

    const CliRun check = cli.run(base(ws) + QStringList{QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.err.constData();
}

TEST(CliMember, UnreadableFilesFailAsAWhole) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    ASSERT_EQ(importFixture(cli, ws).exitCode, 0);

    const QString noName = cli.filePath(QStringLiteral("noname.csv"));
    test::writeFile(noName, "colour,size\nred,3\n");
    const CliRun run = cli.run(
        base(ws) + QStringList{QStringLiteral("import"), QStringLiteral("members"), noName});
    EXPECT_NE(run.exitCode, 0);
    ASSERT_EQ(run.errLines().size(), 1) << run.err.constData();
    EXPECT_TRUE(run.errLines().constFirst().contains(QStringLiteral("noname.csv:1:")));

    const CliRun missing =
        cli.run(base(ws) + QStringList{QStringLiteral("import"), QStringLiteral("members"),
                                       cli.filePath(QStringLiteral("absent.csv"))});
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_EQ(missing.errLines().size(), 1);
    EXPECT_TRUE(missing.errLines().constFirst().contains(QStringLiteral("absent.csv")));
    EXPECT_EQ(memberCount(ws), 3);
}

TEST(CliMember, ExportWritesACsvWithBomAndOneRecordPerMember) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    ASSERT_EQ(importFixture(cli, ws).exitCode, 0);
    const QString out = cli.filePath(QStringLiteral("members.csv"));
    const CliRun run =
        cli.run(base(ws) + QStringList{QStringLiteral("export"), QStringLiteral("members"), out,
                                       QStringLiteral("--group"), kGroup});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_EQ(run.json().value(QStringLiteral("members")).toInt(-1), 3);
    EXPECT_EQ(run.json().value(QStringLiteral("file")).toString(), out);

    const QByteArray bytes = test::fileBytes(out);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    // Records, not physical lines: 张三's note holds a newline inside quotes.
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, QStringLiteral("members.csv"));
    ASSERT_TRUE(reader.open().ok());
    int records = 0;
    for (;;) {
        auto next = reader.next();
        ASSERT_TRUE(next.ok()) << next.error().toString().toStdString();
        if (!next->has_value())
            break;
        ++records;
    }
    EXPECT_EQ(records, 3 + 1);

    const CliRun segment = cli.run(
        base(ws) + QStringList{QStringLiteral("export"), QStringLiteral("members"),
                               cli.filePath(QStringLiteral("s.csv")), QStringLiteral("--segment"),
                               QStringLiteral("never_posted")});
    ASSERT_EQ(segment.exitCode, 0) << segment.err.constData();
    EXPECT_EQ(segment.json().value(QStringLiteral("members")).toInt(-1), 3);

    const CliRun unknown = cli.run(
        base(ws) + QStringList{QStringLiteral("export"), QStringLiteral("members"),
                               cli.filePath(QStringLiteral("u.csv")), QStringLiteral("--segment"),
                               QStringLiteral("no such segment")});
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_EQ(unknown.errLines().size(), 1);
}

TEST(CliMember, ReportMembersListsNeverPostersWithNullLastMessage) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    ASSERT_EQ(importFixture(cli, ws).exitCode, 0);
    {
        // 张三 posts on two days in the group: 3 + 2 messages.
        auto db = Database::open(ws);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(
            sql::exec((*db)->connection(),
                      QStringLiteral("INSERT INTO member_day_activity (group_id, member_id, day, "
                                     "messages) SELECT g.id, m.id, d.day, d.n FROM chat_groups g, "
                                     "members m, (SELECT '2026-05-02' AS day, 3 AS n UNION ALL "
                                     "SELECT '2026-05-09', 2) d WHERE g.name = :g AND "
                                     "m.display_name = '张三'"),
                      {{QStringLiteral(":g"), kGroup}})
                .ok());
    }
    const CliRun run =
        cli.run(base(ws) + QStringList{QStringLiteral("report"), QStringLiteral("members"),
                                       QStringLiteral("--group"), kGroup});
    ASSERT_EQ(run.exitCode, 0) << run.err.constData();
    const QJsonArray members = run.json().value(QStringLiteral("members")).toArray();
    ASSERT_EQ(members.size(), 3);
    const QJsonObject poster = memberNamed(members, QStringLiteral("张三"));
    EXPECT_EQ(poster.value(QStringLiteral("messages")).toInt(-1), 5);
    EXPECT_EQ(poster.value(QStringLiteral("last_message")).toString(),
              QStringLiteral("2026-05-09"));
    EXPECT_EQ(poster.value(QStringLiteral("tags")).toArray(),
              QJsonArray({QStringLiteral("VIP"), QStringLiteral("宝妈")}));
    const QJsonObject silent = memberNamed(members, QStringLiteral("王五"));
    ASSERT_FALSE(silent.isEmpty());
    EXPECT_EQ(silent.value(QStringLiteral("messages")).toInt(-1), 0);
    EXPECT_TRUE(silent.value(QStringLiteral("last_message")).isNull());
    EXPECT_TRUE(silent.value(QStringLiteral("tags")).toArray().isEmpty());
    EXPECT_TRUE(silent.value(QStringLiteral("stage")).isString()); // computed after the import
    EXPECT_TRUE(silent.value(QStringLiteral("fan_level")).isString());

    const CliRun noGroup =
        cli.run(base(ws) + QStringList{QStringLiteral("report"), QStringLiteral("members"),
                                       QStringLiteral("--group"), QStringLiteral("Nowhere")});
    EXPECT_NE(noGroup.exitCode, 0);
    EXPECT_EQ(noGroup.errLines().size(), 1);
}

TEST(CliMember, ReportLifecycleReturnsAllFiveStages) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("ws.qundesk"));
    ASSERT_EQ(importFixture(cli, ws).exitCode, 0);
    for (const QStringList& extra :
         {QStringList{}, QStringList{QStringLiteral("--group"), kGroup}}) {
        const CliRun run = cli.run(
            base(ws) + QStringList{QStringLiteral("report"), QStringLiteral("lifecycle")} + extra);
        ASSERT_EQ(run.exitCode, 0) << run.err.constData();
        const QJsonArray stages = run.json().value(QStringLiteral("stages")).toArray();
        ASSERT_EQ(stages.size(), 5);
        QStringList keys;
        int total = 0;
        for (const auto& s : stages) {
            keys << s.toObject().value(QStringLiteral("stage")).toString();
            total += s.toObject().value(QStringLiteral("members")).toInt(-100);
        }
        EXPECT_EQ(keys, (QStringList{QStringLiteral("new"), QStringLiteral("growing"),
                                     QStringLiteral("mature"), QStringLiteral("extending"),
                                     QStringLiteral("declining")}));
        EXPECT_EQ(total, 3);
    }
}
