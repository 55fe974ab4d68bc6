// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "TempWorkspace.h"
#include "db/Sql.h"
#include "store/GroupStore.h"
#include "store/SettingsStore.h"

#include <gtest/gtest.h>

namespace qundesk::test {

// A real temporary workspace (Asia/Shanghai) with one group, and helpers to count rows and to
// make one table refuse writes (a temporary trigger), so a test can fail a service half-way
// and check that nothing it did before stays.
class ServicesFixture : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(SettingsStore(ws.db()).setTimeZone(QTimeZone("Asia/Shanghai")).ok());
        Group g;
        g.name = QStringLiteral("老客群");
        auto id = GroupStore(ws.db()).create(g);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
        groupId = id.value();
    }
    void run(const QString& statement, const QVariantMap& binds = {}) {
        auto r = sql::exec(ws.db().connection(), statement, binds);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    }
    int count(const QString& table, const QString& where = QStringLiteral("1")) {
        auto n = sql::scalar(ws.db().connection(),
                             QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where));
        EXPECT_TRUE(n.ok());
        return n ? n->toInt() : -1;
    }
    QVariant scalar(const QString& statement) {
        auto v = sql::scalar(ws.db().connection(), statement);
        EXPECT_TRUE(v.ok());
        return v ? v.value() : QVariant();
    }
    // From now on every `event` (INSERT, UPDATE, DELETE) on `table` fails.
    void refuse(const QString& table, const QString& event = QStringLiteral("INSERT")) {
        run(QStringLiteral("CREATE TEMP TRIGGER refuse_%1_%2 BEFORE %2 ON %1 BEGIN SELECT "
                           "RAISE(ABORT, 'refused for the test'); END")
                .arg(table, event));
    }
    void allow(const QString& table, const QString& event = QStringLiteral("INSERT")) {
        run(QStringLiteral("DROP TRIGGER refuse_%1_%2").arg(table, event));
    }
    // Both ways a row can be written (the status pass upserts).
    void refuseWrites(const QString& table) {
        refuse(table, QStringLiteral("INSERT"));
        refuse(table, QStringLiteral("UPDATE"));
    }
    void allowWrites(const QString& table) {
        allow(table, QStringLiteral("INSERT"));
        allow(table, QStringLiteral("UPDATE"));
    }

    TempWorkspace ws;
    qint64 groupId = 0;
};

} // namespace qundesk::test
