// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "SopBenchmarkWorkspace.h"

#include "DemoBenchmarkWorkspace.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

namespace qundesk::bench {

SopStep welcomeStep(int day, const QString& channelKey) {
    SopStep s;
    s.title = QStringLiteral("第%1天").arg(day);
    s.dayOffset = day;
    s.channel = channelKey;
    s.windowStart = QTime(0, 0);
    s.windowEnd = QTime(21, 0);
    s.script = QStringLiteral("{nickname}，欢迎加入{group}！我是{operator}，今天是{date}");
    return s;
}

std::unique_ptr<Database> groupOfNewcomers(int members, qint64& groupId) {
    auto db = Database::open(freshWorkspacePath());
    if (!db)
        return nullptr;
    const QSqlDatabase c = (*db)->connection();
    const QString now = time::toStorage(time::now());
    (void)SettingsStore(**db).setTimeZone(QTimeZone("Asia/Shanghai"));
    (void)sql::exec(c,
                    QStringLiteral("INSERT INTO chat_groups (name, created_at) VALUES ('g', "
                                   ":now)"),
                    {{QStringLiteral(":now"), now}});
    groupId = sql::scalar(c, QStringLiteral("SELECT id FROM chat_groups"))->toLongLong();
    (void)sql::exec(c, QStringLiteral("BEGIN"));
    for (int i = 0; i < members; ++i) {
        auto q = sql::exec(c,
                           QStringLiteral("INSERT INTO members (display_name, created_at, "
                                          "updated_at) VALUES (:n, :now, :now)"),
                           {{QStringLiteral(":n"), QStringLiteral("成员%1").arg(i)},
                            {QStringLiteral(":now"), now}});
        (void)sql::exec(c,
                        QStringLiteral("INSERT INTO memberships (group_id, member_id, "
                                       "joined_at) VALUES (:g, :m, :now)"),
                        {{QStringLiteral(":g"), groupId},
                         {QStringLiteral(":m"), q->lastInsertId()},
                         {QStringLiteral(":now"), now}});
    }
    (void)sql::exec(c, QStringLiteral("COMMIT"));
    return std::move(db).value();
}

} // namespace qundesk::bench
