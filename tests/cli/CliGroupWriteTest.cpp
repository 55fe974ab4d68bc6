// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// group add and group archive: thin callers of GroupService, through the real qundesk-cli.
#include "CliRunner.h"
#include "db/Database.h"
#include "db/Sql.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace qundesk;
using test::CliRunner;

namespace {
QStringList base(const QString& ws) {
    return {QStringLiteral("--db"), ws, QStringLiteral("--json")};
}
} // namespace

TEST(CliGroupWrite, AddCreatesTheWorkspaceAndTheGroupThenRefusesADuplicate) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("new.qundesk"));
    const auto run =
        cli.run(base(ws) + QStringList{QStringLiteral("group"), QStringLiteral("add"),
                                       QStringLiteral("王%1群"), QStringLiteral("--platform"),
                                       QStringLiteral("Telegram"), QStringLiteral("--capacity"),
                                       QStringLiteral("200")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject group = run.json().value(QStringLiteral("group")).toObject();
    EXPECT_EQ(group.value(QStringLiteral("name")).toString(), QStringLiteral("王%1群"));
    EXPECT_EQ(group.value(QStringLiteral("platform")).toString(), QStringLiteral("telegram"));
    EXPECT_EQ(group.value(QStringLiteral("capacity")).toInt(), 200);

    const auto again =
        cli.run(base(ws) + QStringList{QStringLiteral("group"), QStringLiteral("add"),
                                       QStringLiteral("王%1群")});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(again.errLines().size(), 1);
    const auto bad = cli.run(
        base(ws) + QStringList{QStringLiteral("group"), QStringLiteral("add"), QStringLiteral("x"),
                               QStringLiteral("--purpose"), QStringLiteral("party")});
    EXPECT_EQ(bad.exitCode, 1);
    const auto list =
        cli.run(base(ws) + QStringList{QStringLiteral("group"), QStringLiteral("list")});
    EXPECT_EQ(list.json().value(QStringLiteral("groups")).toArray().size(), 1);
}

TEST(CliGroupWrite, ArchiveAndUndo) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("w.qundesk"));
    ASSERT_EQ(cli.run(base(ws) + QStringList{QStringLiteral("group"), QStringLiteral("add"),
                                             QStringLiteral("Deals")})
                  .exitCode,
              0);
    const auto status = [&] {
        auto db = Database::open(ws);
        return sql::scalar((*db)->connection(), QStringLiteral("SELECT status FROM chat_groups"))
            ->toString();
    };
    const auto archived =
        cli.run(base(ws) + QStringList{QStringLiteral("group"), QStringLiteral("archive"),
                                       QStringLiteral("Deals")});
    ASSERT_EQ(archived.exitCode, 0) << archived.err.toStdString();
    EXPECT_TRUE(archived.json().value(QStringLiteral("archived")).toBool());
    EXPECT_EQ(status(), QStringLiteral("archived"));
    ASSERT_EQ(cli.run(base(ws) + QStringList{QStringLiteral("group"), QStringLiteral("archive"),
                                             QStringLiteral("Deals"), QStringLiteral("--undo")})
                  .exitCode,
              0);
    EXPECT_EQ(status(), QStringLiteral("active"));
    EXPECT_EQ(cli.run(base(ws) + QStringList{QStringLiteral("group"), QStringLiteral("archive"),
                                             QStringLiteral("Nope")})
                  .exitCode,
              1);
}
