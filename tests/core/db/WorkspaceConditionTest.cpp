// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/WorkspaceCondition.h"

#include "TempWorkspace.h"
#include "db/Database.h"
#include "import/MemberCsvImporter.h"

#include <QSqlError>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {
QSqlError nativeError(int code) {
    return QSqlError(QStringLiteral("driver text"), QStringLiteral("database text"),
                     QSqlError::StatementError, QString::number(code));
}
} // namespace

TEST(WorkspaceCondition, NamesTheWorkspaceAndSaysWhatIsWrongInWords) {
    const QString ws = QStringLiteral("/data/运营.qundesk");
    const auto readOnly = workspacecondition::classify(nativeError(8), ws);
    ASSERT_TRUE(readOnly.has_value());
    EXPECT_TRUE(readOnly->aboutWorkspace);
    EXPECT_EQ(readOnly->file, ws);
    EXPECT_TRUE(readOnly->message.contains(QStringLiteral("read-only")));
    EXPECT_FALSE(readOnly->message.contains(QStringLiteral("Database error")));

    // Extended codes keep the primary code in their low byte: SQLITE_READONLY_DBMOVED (8 | 4<<8).
    EXPECT_TRUE(workspacecondition::classify(nativeError(8 | (4 << 8)), ws)
                    ->message.contains(QStringLiteral("read-only")));
    EXPECT_TRUE(workspacecondition::classify(13, ws)->message.contains(QStringLiteral("disk is full")));
    EXPECT_TRUE(workspacecondition::classify(11, ws)->message.contains(QStringLiteral("damaged")));
    EXPECT_TRUE(workspacecondition::classify(26, ws)->message.contains(QStringLiteral("damaged")));
    EXPECT_TRUE(workspacecondition::classify(5, ws)->message.contains(QStringLiteral("busy")));
    EXPECT_TRUE(workspacecondition::classify(6, ws)->aboutWorkspace);
    // A constraint (19) or a plain SQL error (1) is the statement's own problem.
    EXPECT_FALSE(workspacecondition::classify(19, ws).has_value());
    EXPECT_FALSE(workspacecondition::classify(nativeError(1), ws).has_value());
    EXPECT_FALSE(workspacecondition::classify(QSqlError(), ws).has_value());
    EXPECT_TRUE(workspacecondition::classify(13, QStringLiteral(":memory:"))->file.isEmpty());
}

TEST(WorkspaceCondition, AnImportDoesNotBlameItsLineForTheWorkspace) {
    Error full = *workspacecondition::classify(13, QStringLiteral("/data/ws.qundesk"));
    const Error kept = workspacecondition::at(full, QStringLiteral("members.csv"), 3);
    EXPECT_EQ(kept.file, QStringLiteral("/data/ws.qundesk"));
    EXPECT_EQ(kept.line, 0);
    const Error row = workspacecondition::at(Error{QStringLiteral("bad"), {}, 0},
                                             QStringLiteral("members.csv"), 3);
    EXPECT_EQ(row.toString(), QStringLiteral("members.csv:3: bad"));
}

TEST(WorkspaceCondition, ImportIntoAReadOnlyWorkspaceNamesTheWorkspace) {
    test::TempWorkspace ws;
    const QString csv = ws.writeFile(QStringLiteral("ok.csv"), "name,group\nA,G\nB,G\nC,G\n");
    ws.close();
    auto readOnly = Database::open(ws.path(), Database::Access::ReadOnly);
    ASSERT_TRUE(readOnly.ok()) << readOnly.error().toString().toStdString();
    auto report = MemberCsvImporter::run(**readOnly, csv);
    ASSERT_FALSE(report.ok());
    const Error& e = report.error();
    EXPECT_TRUE(e.aboutWorkspace) << e.toString().toStdString();
    EXPECT_EQ(e.file, ws.path()) << e.toString().toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("read-only"))) << e.toString().toStdString();
    EXPECT_FALSE(e.toString().contains(QStringLiteral("ok.csv"))) << e.toString().toStdString();
}
