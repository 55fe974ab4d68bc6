// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/Schema.h"
#include "db/Sql.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

class CalendarStep : public ::testing::Test {
protected:
    void SetUp() override {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("calstep"));
        m_db.setDatabaseName(m_dir.filePath(QStringLiteral("step.sqlite")));
        ASSERT_TRUE(m_db.open());
    }
    void TearDown() override {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("calstep"));
    }
    void exec(const char* statement) {
        auto r = sql::exec(m_db, QString::fromUtf8(statement));
        ASSERT_TRUE(r.ok()) << statement << ": " << r.error().message.toStdString();
    }
    QVariant scalar(const char* statement) {
        return sql::scalar(m_db, QString::fromUtf8(statement)).value();
    }

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

} // namespace

TEST_F(CalendarStep, StepSevenAddsOwnerAttachmentsAndOccurrenceOverridesKeepingRows) {
    for (int v = 1; v <= 6; ++v)
        ASSERT_TRUE(schema::applyStep(m_db, v).ok());
    exec("INSERT INTO content_items (id, uid, title, starts_at, rrule, created_at, updated_at) "
         "VALUES (1, 'u1', '早安', '2026-05-04T08:00', 'FREQ=DAILY', 'x', 'x')");
    exec("INSERT INTO content_exceptions (item_id, original_start, status) VALUES (1, "
         "'2026-05-05T08:00', 'skipped')");
    ASSERT_TRUE(schema::applyStep(m_db, 7).ok());
    EXPECT_EQ(scalar("PRAGMA user_version").toInt(), 7);

    EXPECT_EQ(scalar("SELECT title FROM content_items").toString(), QStringLiteral("早安"));
    EXPECT_TRUE(scalar("SELECT owner FROM content_items").isNull());
    EXPECT_TRUE(scalar("SELECT attachments FROM content_items").isNull());
    EXPECT_EQ(scalar("SELECT status FROM content_exceptions").toString(),
              QStringLiteral("skipped"));
    EXPECT_TRUE(scalar("SELECT duration_min FROM content_exceptions").isNull());
    exec("UPDATE content_exceptions SET title = '改期', body = 'b', duration_min = 15");
    EXPECT_FALSE(
        sql::exec(m_db, QStringLiteral("UPDATE content_exceptions SET duration_min = -3")).ok());
    EXPECT_EQ(scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'idx_content_start'").toInt(),
              1);
}
