// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The member import matches and writes rows a chunk (1,000 rows) at a time and looks the
// workspace up only for keys its filter may hold: a duplicate must be found whether its first
// row is in the same chunk, an earlier chunk, an earlier import, or differs only in case.
#include "TempWorkspace.h"
#include "db/Sql.h"
#include "import/KeyFilter.h"
#include "import/MemberCsvImporter.h"
#include "import/MemberCsvMapping.h"
#include "model/Group.h"
#include "model/Member.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

class MemberImportChunksTest : public ::testing::Test {
protected:
    QString write(const QString& name, const QByteArray& bytes) {
        return ws.writeFile(name, bytes);
    }
    qint64 scalar(const QString& statement) {
        return sql::scalar(ws.db().connection(), statement)->toLongLong();
    }
    Result<ImportReport> run(const QByteArray& csv) {
        return MemberCsvImporter::run(ws.db(), write(QStringLiteral("m.csv"), csv));
    }
    // Runs with a progress callback that counts its calls and answers `carryOn`.
    Result<ImportReport> runCounting(const QByteArray& csv, bool carryOn, int* calls) {
        MemberImportOptions options;
        options.progress = [calls, carryOn](int) {
            ++*calls;
            return carryOn;
        };
        return MemberCsvImporter::run(ws.db(), write(QStringLiteral("m.csv"), csv), options);
    }

    test::TempWorkspace ws;
};

TEST_F(MemberImportChunksTest, DuplicatesAcrossChunksAreOnePerson) {
    QByteArray csv = "name,handle,group,phone,tags\n";
    for (int i = 0; i < 2500; ++i)
        csv += QStringLiteral("成员%1,wx%1,群%2,139%3,标签%4\n")
                   .arg(i)
                   .arg(i % 3)
                   .arg(i, 8, 10, QLatin1Char('0'))
                   .arg(i % 4)
                   .toUtf8();
    // Row 2502 repeats member 10's handle (first chunk), 2503 member 1200's phone (second
    // chunk), 2504 member 2400's name in its group (third chunk, same chunk as itself).
    csv += "别名,wx10,群1,,新标签\n";
    csv += "另一个名字,,群2,13900001200,\n";
    csv += "成员2400,,群0,,\n";
    auto report = run(csv);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->membersCreated, 2500);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM members")), 2500);
    // Member 10 (in 群1 already) got the new tag; member 1200 (in 群0) joined 群2.
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM member_tags mt JOIN tags t ON t.id = "
                                    "mt.tag_id WHERE t.name = '新标签'")),
              1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE member_id = (SELECT "
                                    "id FROM members WHERE display_name = '成员1200')")),
              2);
    EXPECT_EQ(report->duplicates, 1) << "成员2400 in 群0 again";
    EXPECT_EQ(report->imported, 2502);
}

TEST_F(MemberImportChunksTest, SecondImportFindsEveryoneOfTheFirst) {
    QByteArray csv = "name,handle,group\n";
    for (int i = 0; i < 1500; ++i)
        csv += QStringLiteral("Member %1,h%1,G\n").arg(i).toUtf8();
    ASSERT_TRUE(run(csv).ok());
    // The same people: by handle, and by name in the group with other letter case.
    QByteArray again = "name,handle,group\n";
    for (int i = 0; i < 1500; ++i) {
        again += (i % 2 == 0 ? QStringLiteral("X,h%1,G\n") : QStringLiteral("MEMBER %1,,G\n"))
                     .arg(i)
                     .toUtf8();
    }
    auto report = run(again);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->membersCreated, 0);
    EXPECT_EQ(report->duplicates, 1500);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM members")), 1500);
}

TEST_F(MemberImportChunksTest, ReferrerByUserIdOnAnyPlatformAfterTheFirstChunk) {
    QByteArray csv = "name,handle,platform,group,referrer\n";
    csv += "带路人,tg_guide,telegram,G,\n";
    for (int i = 0; i < 1200; ++i)
        csv += QStringLiteral("成员%1,wx%1,wechat,G,\n").arg(i).toUtf8();
    csv += "新人,wx_new,wechat,G,tg_guide\n";
    csv += "新人二,wx_new2,wechat,G,成员1100\n";
    auto report = run(csv);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_TRUE(report->errors.isEmpty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM members m JOIN members r ON r.id = "
                                    "m.referrer_id WHERE (m.display_name = '新人' AND "
                                    "r.display_name = '带路人') OR (m.display_name = '新人二' "
                                    "AND r.display_name = '成员1100')")),
              2);
}

TEST_F(MemberImportChunksTest, NamesMatchWhateverTheirLettersCase) {
    ASSERT_TRUE(run("name,group\nÉlodie,G\nДмитрий,G\n").ok());
    // Again in the group, without a group, and as a referrer, in other letter case.
    auto report = run("name,group,referrer\nélodie,G,\nдмитрий,,\nNew,G,ÉLODIE\n");
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->membersCreated, 1) << "only New";
    EXPECT_EQ(report->duplicates, 2);
    EXPECT_TRUE(report->errors.isEmpty());
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM members m JOIN members r ON r.id = "
                                    "m.referrer_id WHERE m.display_name = 'New' AND "
                                    "r.display_name = 'Élodie'")),
              1);
}

TEST_F(MemberImportChunksTest, AFoundMembersOtherNameHoldsForTheWholeFile) {
    ASSERT_TRUE(run("name,phone,group\nBob,123,G\n").ok());
    // Row 2 finds Bob by phone and puts him in H as "Robert"; the last row, a chunk later,
    // says "Robert" in H again.
    QByteArray csv = "name,phone,group\nRobert,123,H\n";
    for (int i = 0; i < 1100; ++i)
        csv += QStringLiteral("成员%1,,G\n").arg(i).toUtf8();
    csv += "Robert,,H\n";
    auto report = run(csv);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->membersCreated, 1100);
    EXPECT_EQ(report->duplicates, 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM members WHERE display_name = 'Robert'")),
              0);
}

TEST_F(MemberImportChunksTest, ABrokenLineChunksLaterFailsTheWholeFileAtThatLine) {
    // The rows are read ahead on their own thread: chunks already written are rolled back, and
    // skipped rows of those chunks do not hide the error.
    QByteArray csv = "name,group,joined\n";
    for (int i = 0; i < 2500; ++i)
        csv += QStringLiteral("成员%1,G,%2\n")
                   .arg(i)
                   .arg(i % 100 == 0 ? QStringLiteral("not a date") : QStringLiteral("2026-01-02"))
                   .toUtf8();
    csv += "\"open,G,\n";
    auto report = run(csv);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().line, 2502);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM members")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM chat_groups")), 0);
}

TEST_F(MemberImportChunksTest, CancellingAfterTheFirstChunkStopsReadingAndChangesNothing) {
    QByteArray csv = "name,group\n";
    for (int i = 0; i < 20000; ++i)
        csv += QStringLiteral("成员%1,G\n").arg(i).toUtf8();
    int calls = 0;
    auto report = runCounting(csv, false, &calls);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM members")), 0);
    // The workspace is free for the next import.
    auto again = run("name,group\nA,G\n");
    ASSERT_TRUE(again.ok()) << again.error().toString().toStdString();
    EXPECT_EQ(again->membersCreated, 1);
}

TEST_F(MemberImportChunksTest, SkippedRowsComeInChunksToo) {
    // A file whose rows are all skipped still arrives a chunk at a time: the progress moves,
    // a cancel is seen, and the skipped rows' reasons are not all held at once.
    QByteArray csv = "name,group,joined\n";
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("成员%1,G,not a date\n").arg(i).toUtf8();
    int calls = 0;
    auto report = runCounting(csv, true, &calls);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->skipped, 3000);
    EXPECT_TRUE(report->rejected);
    EXPECT_GE(calls, 3);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM members")), 0);
}

TEST_F(MemberImportChunksTest, ReferencesHoldAndForeignKeysAreCheckedAgainAfterwards) {
    // The import writes without SQLite's row-by-row key checks; every reference must still hold,
    // and the connection checks keys again after a success and after a failure.
    QByteArray csv = "name,handle,group,tags,referrer\n";
    for (int i = 0; i < 2300; ++i)
        csv += QStringLiteral("成员%1,wx%1,群%2,标签%3;共同,%4\n")
                   .arg(i)
                   .arg(i % 5)
                   .arg(i % 7)
                   .arg(i > 0 && i % 10 == 0 ? QStringLiteral("成员%1").arg(i / 10) : QString())
                   .toUtf8();
    ASSERT_TRUE(run(csv).ok());
    ASSERT_TRUE(run("name,handle,group,tags\n别名,wx5,新群,新标签\n").ok());
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
    auto violations = sql::exec(ws.db().connection(), QStringLiteral("PRAGMA foreign_key_check"));
    ASSERT_TRUE(violations.ok());
    EXPECT_FALSE(violations->next()) << "a reference without its row";
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE member_id = (SELECT "
                                    "member_id FROM member_identities WHERE platform_uid = "
                                    "'wx5')")),
              2);

    ASSERT_FALSE(run("name,group\nA,G\n\"open,G\n").ok());
    EXPECT_EQ(scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
}

TEST(KeyFilter, NeverMissesAnAddedKeyAndRarelyClaimsAnother) {
    KeyFilter filter(20); // 1 Mi bits, 50,000 keys
    for (int i = 0; i < 50000; ++i)
        filter.add(KeyFilter::Kind::Name, QStringLiteral("key%1").arg(i));
    for (int i = 0; i < 50000; ++i)
        ASSERT_TRUE(filter.mayContain(KeyFilter::Kind::Name, QStringLiteral("key%1").arg(i))) << i;
    int claimed = 0;
    for (int i = 0; i < 50000; ++i)
        claimed +=
            filter.mayContain(KeyFilter::Kind::Name, QStringLiteral("other%1").arg(i)) ? 1 : 0;
    EXPECT_LT(claimed, 500) << "about 1 in 300 expected at this load";
    // The same strings as another kind of key, or split in two, are other keys.
    int otherKind = 0, split = 0;
    for (int i = 0; i < 50000; ++i) {
        otherKind +=
            filter.mayContain(KeyFilter::Kind::Phone, QStringLiteral("key%1").arg(i)) ? 1 : 0;
        split += filter.mayContain(KeyFilter::Kind::Name, QStringLiteral("key"), QString::number(i))
                     ? 1
                     : 0;
    }
    EXPECT_LT(otherKind, 500);
    EXPECT_LT(split, 500);
}

} // namespace

namespace {

TEST(MemberWords, EveryKeyOfTheModelIsUnderstoodAsItselfAndSynonymsToo) {
    for (const QString& key : sourceChannel::keys())
        EXPECT_EQ(memberwords::source(key.toUpper()), key);
    for (const QString& key : platform::keys())
        EXPECT_EQ(memberwords::platform(key), key);
    for (const QString& key : role::keys())
        EXPECT_EQ(memberwords::role(key), key);
    for (const QString& key : gender::keys())
        EXPECT_EQ(memberwords::gender(key), key);
    EXPECT_EQ(memberwords::source(QStringLiteral("Website")), QStringLiteral("website"));
    EXPECT_EQ(memberwords::source(QStringLiteral("小紅書")), QStringLiteral("xiaohongshu"));
    EXPECT_EQ(memberwords::platform(QStringLiteral("企微")), QStringLiteral("wecom"));
    EXPECT_EQ(memberwords::source(QStringLiteral("朋友圈广告")), QStringLiteral("朋友圈广告"))
        << "an unknown source is kept as written";
}

} // namespace
