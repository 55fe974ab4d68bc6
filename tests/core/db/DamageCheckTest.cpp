// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/DamageCheck.h"

#include "DamagedWorkspace.h"
#include "TempWorkspace.h"
#include "db/Database.h"
#include "model/Member.h"
#include "store/MemberStore.h"

#include <QDateTime>
#include <QFile>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

void addMembers(Database& db, int n) {
    for (int i = 0; i < n; ++i) {
        Member m;
        m.displayName = QStringLiteral("成员%1").arg(i);
        ASSERT_TRUE(MemberStore(db).create(m).ok());
    }
}

} // namespace

TEST(DamageCheckTest, AnIntactWorkspaceHasNoDamage) {
    test::TempWorkspace ws;
    addMembers(ws.db(), 3);
    auto report = DamageCheck::run(ws.db(), true);
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->damaged());
    EXPECT_TRUE(report->tables.isEmpty());
}

TEST(DamageCheckTest, ADamagedTableIsNamedByTheQuickAndTheFullCheck) {
    test::TempWorkspace ws;
    addMembers(ws.db(), 3);
    ws.close();
    ASSERT_TRUE(test::damageTable(ws.path(), QStringLiteral("members")));
    auto db = Database::open(ws.path(), Database::Access::Inspect);
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    for (const bool quick : {true, false}) {
        auto report = DamageCheck::run(**db, quick);
        ASSERT_TRUE(report.ok());
        EXPECT_TRUE(report->damaged()) << quick;
        EXPECT_EQ(report->tables, QStringList{QStringLiteral("members")}) << quick;
        EXPECT_LE(report->problems.size(), 20);
        EXPECT_EQ(DamageCheck::describe(*report),
                  QStringLiteral("The workspace is damaged in the tables members."));
    }
}

TEST(DamageCheckTest, ProblemLinesNameTablesByIndexColumnAndRootPage) {
    test::TempWorkspace ws;
    const QStringList tables = DamageCheck::tablesOf(
        ws.db().connection(),
        {QStringLiteral("row 3 missing from index idx_messages_member"),
         QStringLiteral("NULL value in chat_groups.name"),
         QStringLiteral("Page 99999: never used"), QStringLiteral("*** in database main ***")});
    EXPECT_EQ(tables, QStringList({QStringLiteral("chat_groups"), QStringLiteral("messages")}));
}

TEST(DamageCheckTest, TheLatestBackupIsTheNewestOfTheWorkspacesOwn) {
    test::TempWorkspace ws;
    const auto touch = [&](const QString& name, int minutesAgo) {
        const QString path = ws.writeFile(name, "backup");
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadWrite));
        f.setFileTime(QDateTime::currentDateTime().addSecs(-60 * minutesAgo),
                      QFileDevice::FileModificationTime);
        return path;
    };
    EXPECT_TRUE(DamageCheck::latestBackup(ws.path(), {}).isEmpty());
    touch(QStringLiteral("workspace-20261101-0900.qundesk-backup"), 600);
    const QString newest = touch(QStringLiteral("workspace-20261201-0900.qundesk-backup"), 10);
    touch(QStringLiteral("other-20261202-0900.qundesk-backup"), 1); // another workspace's
    EXPECT_EQ(DamageCheck::latestBackup(ws.path(), {}), newest);
}
