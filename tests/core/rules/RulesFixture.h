// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "TempWorkspace.h"
#include "db/Sql.h"
#include "rules/MemberStatusUpdater.h"
#include "store/SettingsStore.h"

#include <gtest/gtest.h>

namespace qundesk::test {

inline const QDate kRulesToday(2026, 6, 18);

// A workspace in Asia/Shanghai with group 1, and helpers that write members, activity and
// orders with plain SQL, so rule tests depend on the schema alone.
class RulesFixture : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(SettingsStore(ws.db()).setTimeZone(QTimeZone("Asia/Shanghai")).ok());
        run(QStringLiteral("INSERT INTO chat_groups (id, name, created_at) VALUES (1, 'g', "
                           "'2026-01-01T00:00:00Z'), (2, 'h', '2026-01-01T00:00:00Z')"));
    }
    void run(const QString& statement, const QVariantMap& binds = {}) {
        auto r = sql::exec(ws.db().connection(), statement, binds);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    }
    void member(qint64 id, const QString& joinedUtc, qint64 referrer = 0, qint64 group = 1) {
        run(QStringLiteral("INSERT INTO members (id, display_name, referrer_id, created_at, "
                           "updated_at) VALUES (:id, :name, :ref, 'x', 'x')"),
            {{QStringLiteral(":id"), id},
             {QStringLiteral(":name"), QStringLiteral("成员%1").arg(id)},
             {QStringLiteral(":ref"), sql::nullIfNoId(referrer)}});
        run(QStringLiteral("INSERT INTO memberships (group_id, member_id, joined_at) VALUES (:g, "
                           ":id, :joined)"),
            {{QStringLiteral(":g"), group},
             {QStringLiteral(":id"), id},
             {QStringLiteral(":joined"), joinedUtc}});
    }
    void set(qint64 id, const char* column, const QVariant& value) {
        run(QStringLiteral("UPDATE members SET %1 = :v WHERE id = :id").arg(QLatin1String(column)),
            {{QStringLiteral(":v"), value}, {QStringLiteral(":id"), id}});
    }
    void active(qint64 id, const QDate& day, int messages = 1, qint64 group = 1) {
        run(QStringLiteral("INSERT INTO member_day_activity (group_id, member_id, day, messages) "
                           "VALUES (:g, :id, :day, :n)"),
            {{QStringLiteral(":g"), group},
             {QStringLiteral(":id"), id},
             {QStringLiteral(":day"), day.toString(Qt::ISODate)},
             {QStringLiteral(":n"), messages}});
    }
    void order(qint64 id, const QString& atUtc, int cents) {
        run(QStringLiteral("INSERT INTO orders (member_id, group_id, ordered_at, amount_cents, "
                           "created_at) VALUES (:id, 1, :at, :cents, 'x')"),
            {{QStringLiteral(":id"), id},
             {QStringLiteral(":at"), atUtc},
             {QStringLiteral(":cents"), cents}});
    }
    QVariant status(qint64 id, const char* column) {
        return sql::scalar(ws.db().connection(),
                           QStringLiteral("SELECT %1 FROM member_status WHERE member_id = :id")
                               .arg(QLatin1String(column)),
                           {{QStringLiteral(":id"), id}})
            .value();
    }
    Result<int> recompute(const QDate& day = kRulesToday) {
        MemberStatusUpdater::Options o;
        o.today = day;
        return MemberStatusUpdater::recompute(ws.db(), o);
    }

    TempWorkspace ws;
};

} // namespace qundesk::test
