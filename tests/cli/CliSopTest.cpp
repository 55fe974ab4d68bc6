// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// sop list|apply|preview, export|import sop, task list|done|skip through the real qundesk-cli.
#include "CliRunner.h"
#include "CliTestWorkspace.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "model/Member.h"
#include "services/MembershipService.h"
#include "services/SopService.h"
#include "store/GroupStore.h"
#include "store/MemberStore.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace qundesk;
using test::CliRunner;

namespace {

QStringList base(const QString& ws) {
    return {QStringLiteral("--db"), ws, QStringLiteral("--json")};
}

// A workspace with the group 新人群, two members who joined it just now and a three-step
// onboarding SOP ("新人破冰": day 0 in the group, day 1 and day 3 in private).
void prepare(const QString& path) {
    test::makeWorkspace(path, {QStringLiteral("新人群")});
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    Database& d = **db;
    const qint64 group = (*GroupStore(d).findByName(QStringLiteral("新人群")))->id;
    QList<qint64> ids;
    for (const QString& name : {QStringLiteral("小白"), QStringLiteral("阿花")}) {
        Member m;
        m.displayName = name;
        ids << MemberStore(d).create(m).value();
    }
    ASSERT_TRUE(MembershipService::addToGroup(d, ids, group).ok());
    SopTemplate t;
    t.name = QStringLiteral("新人破冰");
    t.targetKind = QStringLiteral("group");
    t.anchor = QStringLiteral("join");
    const auto step = [](const QString& title, int day, const QString& channel) {
        SopStep s;
        s.title = title;
        s.dayOffset = day;
        s.channel = channel;
        s.windowStart = QTime(0, 0); // due at the start of its day: today's is due now
        s.windowEnd = QTime(21, 0);
        s.script = QStringLiteral("{nickname}，欢迎加入{group}！");
        return s;
    };
    t.steps = {step(QStringLiteral("欢迎"), 0, QStringLiteral("group")),
               step(QStringLiteral("私聊"), 1, QStringLiteral("private")),
               step(QStringLiteral("回访"), 3, QStringLiteral("private"))};
    ASSERT_TRUE(SopService::saveTemplate(d, t).ok());
}

int touches(const QString& path) {
    auto db = Database::open(path);
    return sql::scalar((*db)->connection(), QStringLiteral("SELECT COUNT(*) FROM touches"))
        ->toInt();
}

} // namespace

TEST(CliSop, ApplyListTasksAndWorkThroughThem) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("w.qundesk"));
    prepare(ws);
    const auto list = cli.run(base(ws) + QStringList{QStringLiteral("sop"), QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray sops = list.json().value(QStringLiteral("sops")).toArray();
    ASSERT_EQ(sops.size(), 1);
    EXPECT_EQ(sops.at(0).toObject().value(QStringLiteral("steps")).toInt(), 3);

    const QStringList apply = base(ws) + QStringList{QStringLiteral("sop"), QStringLiteral("apply"),
                                                     QStringLiteral("新人破冰"),
                                                     QStringLiteral("--group"),
                                                     QStringLiteral("新人群")};
    const auto applied = cli.run(apply);
    ASSERT_EQ(applied.exitCode, 0) << applied.err.toStdString();
    EXPECT_EQ(applied.json().value(QStringLiteral("tasks")).toInt(), 6);
    const auto again = cli.run(apply);
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.json().value(QStringLiteral("reused")).toBool());
    EXPECT_EQ(again.json().value(QStringLiteral("tasks")).toInt(), 0) << "applying twice adds none";

    const auto due = cli.run(base(ws) + QStringList{QStringLiteral("task"), QStringLiteral("list")});
    ASSERT_EQ(due.exitCode, 0) << due.err.toStdString();
    const QJsonArray tasks = due.json().value(QStringLiteral("tasks")).toArray();
    ASSERT_EQ(tasks.size(), 2) << "today's welcome for both";
    const QJsonObject first = tasks.at(0).toObject();
    for (const char* key : {"id", "due", "member", "group", "sop", "step", "script"})
        EXPECT_TRUE(first.contains(QString::fromLatin1(key))) << key;
    EXPECT_EQ(first.value(QStringLiteral("group")).toString(), QStringLiteral("新人群"));
    EXPECT_EQ(first.value(QStringLiteral("script")).toString(),
              first.value(QStringLiteral("member")).toString() + QStringLiteral("，欢迎加入新人群！"));
    const QString id = QString::number(first.value(QStringLiteral("id")).toInteger());
    const QString other = QString::number(tasks.at(1).toObject().value(QStringLiteral("id")).toInteger());

    EXPECT_EQ(cli.run(base(ws) + QStringList{QStringLiteral("task"), QStringLiteral("done"), id})
                  .exitCode,
              0);
    EXPECT_EQ(touches(ws), 1) << "done records the touch";
    EXPECT_EQ(cli.run(base(ws) + QStringList{QStringLiteral("task"), QStringLiteral("done"), id})
                  .exitCode,
              1)
        << "a task is done once";
    EXPECT_EQ(cli.run(base(ws) + QStringList{QStringLiteral("task"), QStringLiteral("skip"), other})
                  .exitCode,
              2)
        << "a skip needs its reason";
    EXPECT_EQ(cli.run(base(ws) + QStringList{QStringLiteral("task"), QStringLiteral("skip"), other,
                                             QStringLiteral("--reason"), QStringLiteral("已在群里聊过")})
                  .exitCode,
              0);
    const auto after = cli.run(base(ws) + QStringList{QStringLiteral("task"), QStringLiteral("list")});
    EXPECT_TRUE(after.json().value(QStringLiteral("tasks")).toArray().isEmpty());
    const auto later = cli.run(base(ws) + QStringList{QStringLiteral("task"), QStringLiteral("list"),
                                                      QStringLiteral("--due"),
                                                      QStringLiteral("2099-01-01")});
    EXPECT_EQ(later.json().value(QStringLiteral("tasks")).toArray().size(), 4);
    EXPECT_EQ(cli.run(base(ws) + QStringList{QStringLiteral("task"), QStringLiteral("list"),
                                             QStringLiteral("--due"), QStringLiteral("tomorrow")})
                  .exitCode,
              2);
}

TEST(CliSop, ApplyNeedsExactlyOneTargetAndAKnownSop) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("w.qundesk"));
    prepare(ws);
    const QStringList sop = base(ws) + QStringList{QStringLiteral("sop"), QStringLiteral("apply")};
    EXPECT_EQ(cli.run(sop + QStringList{QStringLiteral("新人破冰")}).exitCode, 2);
    EXPECT_EQ(cli.run(sop + QStringList{QStringLiteral("新人破冰"), QStringLiteral("--group"),
                                        QStringLiteral("新人群"), QStringLiteral("--member"),
                                        QStringLiteral("小白")})
                  .exitCode,
              2);
    const auto unknown = cli.run(sop + QStringList{QStringLiteral("没有"), QStringLiteral("--group"),
                                                   QStringLiteral("新人群")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(QString::fromUtf8(unknown.err).contains(QStringLiteral("sop list")));
    const auto member = cli.run(sop + QStringList{QStringLiteral("新人破冰"), QStringLiteral("--member"),
                                                  QStringLiteral("小白"), QStringLiteral("--start"),
                                                  QStringLiteral("2030-01-01")});
    ASSERT_EQ(member.exitCode, 0) << member.err.toStdString();
    EXPECT_EQ(member.json().value(QStringLiteral("targets")).toInt(), 1);
    EXPECT_EQ(member.json().value(QStringLiteral("tasks")).toInt(), 0)
        << "every step after their join day fell before the start: none is caught up";
}

TEST(CliSop, PreviewShowsTheTimelineOfAMemberJoiningThatDay) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("w.qundesk"));
    prepare(ws);
    const auto run = cli.run(base(ws) + QStringList{QStringLiteral("sop"), QStringLiteral("preview"),
                                                    QStringLiteral("新人破冰"), QStringLiteral("--join"),
                                                    QStringLiteral("2026-05-03")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray timeline = run.json().value(QStringLiteral("timeline")).toArray();
    ASSERT_EQ(timeline.size(), 3);
    EXPECT_EQ(timeline.at(0).toObject().value(QStringLiteral("day")).toString(),
              QStringLiteral("2026-05-03"));
    EXPECT_EQ(timeline.at(2).toObject().value(QStringLiteral("day")).toString(),
              QStringLiteral("2026-05-06"));
    EXPECT_EQ(timeline.at(0).toObject().value(QStringLiteral("warnings")).toArray().size(), 1)
        << "00:00 is in quiet hours";
    EXPECT_EQ(cli.run(base(ws) + QStringList{QStringLiteral("sop"), QStringLiteral("preview"),
                                             QStringLiteral("新人破冰")})
                  .exitCode,
              2);
}

TEST(CliSop, ExportAndImportBetweenWorkspaces) {
    CliRunner cli;
    const QString ws = cli.filePath(QStringLiteral("w.qundesk"));
    prepare(ws);
    const QString file = cli.filePath(QStringLiteral("sops.json"));
    const auto exported = cli.run(base(ws) + QStringList{QStringLiteral("export"), QStringLiteral("sop"),
                                                         file, QStringLiteral("--name"),
                                                         QStringLiteral("新人破冰")});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.json().value(QStringLiteral("exported")).toInt(), 1);

    const QString other = cli.filePath(QStringLiteral("other.qundesk"));
    const QStringList import = base(other) + QStringList{QStringLiteral("import"), QStringLiteral("sop"), file};
    const auto first = cli.run(import);
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.json().value(QStringLiteral("imported")).toInt(), 1);
    const auto second = cli.run(import);
    EXPECT_EQ(second.json().value(QStringLiteral("imported")).toInt(), 0);
    EXPECT_EQ(second.json().value(QStringLiteral("duplicates")).toInt(), 1);

    const QString broken = cli.filePath(QStringLiteral("broken.json"));
    QFile f(broken);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"format\": \"qundesk-sop\",\n\"version\": 1,\n\"sops\": [ }");
    f.close();
    const auto bad = cli.run(base(other) + QStringList{QStringLiteral("import"), QStringLiteral("sop"), broken});
    EXPECT_EQ(bad.exitCode, 1);
    ASSERT_EQ(bad.errLines().size(), 1);
    EXPECT_TRUE(bad.errLines().first().contains(broken + QStringLiteral(":3: ")))
        << bad.errLines().first().toStdString();
    EXPECT_EQ(cli.run(base(ws) + QStringList{QStringLiteral("export"), QStringLiteral("sop"),
                                             cli.filePath(QStringLiteral("x.txt"))})
                  .exitCode,
              2);
}
