// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "MembersFixture.h"

#include "db/Database.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "rules/MemberStatusUpdater.h"
#include "shell/JobRunner.h"
#include "store/GroupStore.h"
#include "util/Time.h"

#include <QTimeZone>

namespace qundesk::test {

void seedMembers(Database& db, int members) {
    Group group;
    group.name = QStringLiteral("宝妈群");
    ASSERT_TRUE(GroupStore(db).create(group).ok());
    const auto conn = db.connection();
    Transaction tx(conn);
    auto run = [&conn](const QString& statement, const QVariantMap& binds) {
        auto q = sql::exec(conn, statement, binds);
        ASSERT_TRUE(q.ok()) << q.error().toString().toStdString();
    };
    for (int i = 1; i <= members; ++i) {
        const QVariantMap id{{QStringLiteral(":id"), i}};
        run(QStringLiteral("INSERT INTO members (id, display_name, notes, source_channel, "
                           "created_at, updated_at) VALUES (:id, :name, :notes, :source, "
                           "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
            {{QStringLiteral(":id"), i},
             {QStringLiteral(":name"), QStringLiteral("成员%1").arg(i, 4, 10, QLatin1Char('0'))},
             {QStringLiteral(":notes"), i == 2 ? QStringLiteral("想买奶粉") : QVariant()},
             {QStringLiteral(":source"),
              i % 2 == 0 ? QStringLiteral("douyin") : QStringLiteral("taobao")}});
        run(QStringLiteral("INSERT INTO member_identities (member_id, platform, platform_uid, "
                           "handle) VALUES (:id, 'wechat', :uid, :handle)"),
            {{QStringLiteral(":id"), i},
             {QStringLiteral(":uid"), QStringLiteral("u%1").arg(i)},
             {QStringLiteral(":handle"), QStringLiteral("wx_%1").arg(i)}});
        run(QStringLiteral("INSERT INTO memberships (group_id, member_id, joined_at) VALUES "
                           "(1, :id, '2026-01-01T00:00:00Z')"),
            id);
        if (i % 3 == 0)
            run(QStringLiteral("INSERT INTO member_day_activity (group_id, member_id, day, "
                               "messages) VALUES (1, :id, '2026-02-27', 2)"),
                id);
        if (i % 5 == 0)
            run(QStringLiteral("INSERT INTO orders (member_id, group_id, ordered_at, "
                               "amount_cents, created_at) VALUES (:id, 1, "
                               "'2026-02-20T00:00:00Z', 12900, '2026-02-20T00:00:00Z')"),
                id);
    }
    ASSERT_TRUE(tx.commit().ok());
    auto updated = MemberStatusUpdater::recompute(db);
    ASSERT_TRUE(updated.ok()) << updated.error().toString().toStdString();
}

qint64 sqlCount(const Database& db, const QString& statement) {
    auto v = sql::scalar(db.connection(), statement, {}, 0);
    EXPECT_TRUE(v.ok());
    return v.ok() ? v->toLongLong() : -1;
}

void MembersFixture::SetUp() {
    UiFixture::SetUp();
    time::setFixedNow(QDateTime(QDate(2026, 3, 1), QTime(4, 0), QTimeZone::utc()));
}

void MembersFixture::TearDown() {
    time::setFixedNow({});
    UiFixture::TearDown();
}

void MembersFixture::open(int members) {
    seedMembers(ws.db(), members);
    ws.close();
    auto opened = workspace.open(ws.path());
    ASSERT_TRUE(opened.ok()) << opened.error().toString().toStdString();
    workspace.jobs().waitForIdle(); // the day's refresh
}

} // namespace qundesk::test
