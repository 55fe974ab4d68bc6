// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The member import writes new members' status rows itself (stage, fan level, facts, search
// text) and recomputes only the members a later row or a referral changed: what it leaves must
// be exactly what a full recompute finds.
#include "TempWorkspace.h"
#include "db/Sql.h"
#include "import/MemberCsvImporter.h"
#include "rules/MemberStatusUpdater.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

class MemberImportStatusTest : public ::testing::Test {
protected:
    Result<ImportReport> run(const QString& csv) {
        return MemberCsvImporter::run(ws.db(), ws.writeFile(QStringLiteral("m.csv"), csv.toUtf8()));
    }
    QString day(int daysAgo) const {
        return time::dayToStorage(time::today(SettingsStore(ws.db()).timeZone()).addDays(-daysAgo));
    }
    // Every member_status row but the day it was computed, as text.
    QString statusRows() {
        QString out;
        auto q = sql::exec(ws.db().connection(),
                           QStringLiteral("SELECT * FROM member_status ORDER BY member_id"));
        while (q.ok() && q->next()) {
            for (int i = 0; i < q->record().count(); ++i) {
                if (q->record().fieldName(i) != QLatin1String("computed_on"))
                    out += q->value(i).toString() + QLatin1Char('|');
            }
            out += QLatin1Char('\n');
        }
        return out;
    }
    qint64 scalar(const QString& statement) {
        return sql::scalar(ws.db().connection(), statement)->toLongLong();
    }
    // A full recompute (search text rebuilt) must find nothing to change.
    void expectFullRecomputeChangesNothing() {
        const QString before = statusRows();
        MemberStatusUpdater::Options options;
        options.today = time::today(SettingsStore(ws.db()).timeZone());
        auto written = MemberStatusUpdater::recompute(ws.db(), options);
        ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
        EXPECT_EQ(*written, 0);
        EXPECT_EQ(statusRows().toStdString(), before.toStdString());
    }

    mutable test::TempWorkspace ws;
};

TEST_F(MemberImportStatusTest, NewMembersGetTheStatusAFullRecomputeGives) {
    // Over two chunks: members with and without a group, handle, notes or phone; join dates
    // days and months back; names in mixed case; a member named again in a second group with
    // an earlier day (the same chunk and a later one); referrers.
    QString csv = QStringLiteral("name,handle,group,joined,notes,phone,referrer\n");
    for (int i = 0; i < 1500; ++i) {
        csv += QStringLiteral("Member%1,%2,%3,%4,%5,%6,%7\n")
                   .arg(i)
                   .arg(i % 3 == 0 ? QString() : QStringLiteral("WX%1").arg(i))
                   .arg(i % 5 == 0 ? QString() : QStringLiteral("群%1").arg(i % 4))
                   .arg(i % 7 == 0 ? QString() : day(i % 200))
                   .arg(i % 2 == 0 ? QStringLiteral("Likes Tea") : QString())
                   .arg(i % 4 == 0 ? QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0'))
                                   : QString())
                   .arg(i > 10 && i % 9 == 0 ? QStringLiteral("Member%1").arg(i / 9) : QString());
    }
    csv += QStringLiteral("Member1001,WX1001,群9,%1,,,\n").arg(day(400));
    csv += QStringLiteral("Member1,WX1,群8,%1,,,\n").arg(day(300));
    auto report = run(csv);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->membersCreated, 1500);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM member_status")), 1500);
    // The second stays moved those members' first day back.
    EXPECT_EQ(sql::scalar(ws.db().connection(),
                          QStringLiteral("SELECT s.first_joined_day FROM member_status s JOIN "
                                         "members m ON m.id = s.member_id WHERE m.display_name = "
                                         "'Member1001'"))
                  ->toString(),
              day(400));
    EXPECT_GT(scalar(QStringLiteral("SELECT MAX(referrals) FROM member_status")), 0);
    EXPECT_EQ(sql::scalar(ws.db().connection(),
                          QStringLiteral("SELECT search_text FROM member_status s JOIN members m "
                                         "ON m.id = s.member_id WHERE m.display_name = "
                                         "'Member4'"))
                  ->toString()
                  .toStdString(),
              "member4 likes tea 13900000004 wx4 member4");
    expectFullRecomputeChangesNothing();
}

TEST_F(MemberImportStatusTest, AFoundMemberGivenAGroupGetsItsFirstDay) {
    ASSERT_TRUE(run(QStringLiteral("name,handle\n小明,wx_ming\n")).ok());
    EXPECT_TRUE(sql::scalar(ws.db().connection(),
                            QStringLiteral("SELECT first_joined_day FROM member_status"))
                    ->isNull());
    auto report =
        run(QStringLiteral("name,handle,group,joined\n小明,wx_ming,宝妈群,%1\n").arg(day(3)));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->membersCreated, 0);
    EXPECT_EQ(sql::scalar(ws.db().connection(),
                          QStringLiteral("SELECT first_joined_day FROM member_status"))
                  ->toString(),
              day(3));
    expectFullRecomputeChangesNothing();
}

TEST_F(MemberImportStatusTest, ManyFoundMembersGivenAGroupAreRecomputedInOnePass) {
    // Past 500 changed members the import recomputes everyone in one pass instead of by id.
    QString first = QStringLiteral("name,handle\n"),
            second = QStringLiteral("name,handle,group,joined\n");
    for (int i = 0; i < 700; ++i) {
        first += QStringLiteral("成员%1,wx%1\n").arg(i);
        second += QStringLiteral("成员%1,wx%1,宝妈群,%2\n").arg(i).arg(day(i % 40));
    }
    ASSERT_TRUE(run(first).ok());
    auto report = run(second);
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(report->membersCreated, 0);
    EXPECT_EQ(report->joins, 700);
    EXPECT_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM member_status WHERE first_joined_day "
                                    "IS NULL")),
              0);
    expectFullRecomputeChangesNothing();
}

TEST_F(MemberImportStatusTest, AReferrerFoundInTheWorkspaceCountsTheReferral) {
    ASSERT_TRUE(run(QStringLiteral("name,handle\n王芳,wx_fang\n")).ok());
    auto report = run(QStringLiteral("name,referrer\n李娜,王芳\n赵敏,wx_fang\n"));
    ASSERT_TRUE(report.ok()) << report.error().toString().toStdString();
    EXPECT_EQ(sql::scalar(ws.db().connection(),
                          QStringLiteral("SELECT s.referrals FROM member_status s JOIN members m "
                                         "ON m.id = s.member_id WHERE m.display_name = '王芳'"))
                  ->toInt(),
              2);
    expectFullRecomputeChangesNothing();
}

} // namespace
