// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// One writer at a time: a service waits for another connection's write lock, then fails with
// the workspace named in words; reports read one snapshot.
#include "ServicesFixture.h"
#include "db/Transaction.h"
#include "db/WorkspaceBusy.h"
#include "services/GroupService.h"
#include "services/MemberService.h"

#include <QSqlError>

#include <gtest/gtest.h>

using namespace qundesk;

namespace {

class BusyWorkspaceTest : public test::ServicesFixture {
protected:
    void SetUp() override {
        ServicesFixture::SetUp();
        auto other = ws.db().openAnother();
        ASSERT_TRUE(other.ok());
        writer = std::move(other).value();
    }
    void holdWriteLock() {
        ASSERT_TRUE(sql::exec(writer->connection(), QStringLiteral("BEGIN IMMEDIATE")).ok());
        ASSERT_TRUE(sql::exec(writer->connection(),
                              QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')"))
                        .ok());
    }
    void release() {
        ASSERT_TRUE(sql::exec(writer->connection(), QStringLiteral("ROLLBACK")).ok());
    }

    std::unique_ptr<Database> writer; // another program's connection
};

} // namespace

TEST_F(BusyWorkspaceTest, AServiceWaitsThenNamesTheBusyWorkspace) {
    ASSERT_TRUE(ws.db().setBusyTimeout(100).ok());
    holdWriteLock();
    NewMemberInput in;
    in.name = QStringLiteral("王%1");
    in.groupId = groupId;
    auto id = MemberService::create(ws.db(), in);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().file, ws.path());
    EXPECT_EQ(id.error().toString(),
              ws.path() + QStringLiteral(": the workspace is busy — another program is writing "
                                         "to it; try again when it has finished"));
    release();
    EXPECT_EQ(count(QStringLiteral("members")), 0);
    EXPECT_TRUE(MemberService::create(ws.db(), in).ok()) << "free again: the write goes through";
}

TEST_F(BusyWorkspaceTest, EveryWriteTransactionTakesTheLockAtOnce) {
    // A deferred BEGIN would start and fail only at its first write, half-way through a
    // service; BEGIN IMMEDIATE fails (or waits) before anything is done.
    ASSERT_TRUE(ws.db().setBusyTimeout(0).ok());
    holdWriteLock();
    Transaction tx(ws.db().connection());
    EXPECT_FALSE(tx.isActive());
    EXPECT_EQ(tx.beginError().file, ws.path());
    release();
    Transaction again(ws.db().connection());
    EXPECT_TRUE(again.isActive());
}

TEST_F(BusyWorkspaceTest, ABusyAutocommitWriteIsNamedToo) {
    ASSERT_TRUE(ws.db().setBusyTimeout(0).ok());
    holdWriteLock();
    auto q = sql::exec(ws.db().connection(),
                       QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')"));
    ASSERT_FALSE(q.ok());
    EXPECT_EQ(q.error().toString(), busy::busyError(ws.path()).toString());
    release();
}

TEST_F(BusyWorkspaceTest, TheEnvironmentOverridesTheTimeout) {
    EXPECT_EQ(busy::timeoutMs(busy::kWindowTimeoutMs), busy::kWindowTimeoutMs);
    qputenv(busy::kTimeoutEnv, "1234");
    EXPECT_EQ(busy::timeoutMs(busy::kWindowTimeoutMs), 1234);
    EXPECT_EQ(busy::timeoutMs(), 1234);
    qputenv(busy::kTimeoutEnv, "not a number");
    EXPECT_EQ(busy::timeoutMs(busy::kCliTimeoutMs), busy::kCliTimeoutMs);
    qunsetenv(busy::kTimeoutEnv);
    EXPECT_EQ(busy::timeoutMs(), busy::kDefaultTimeoutMs);
}

TEST_F(BusyWorkspaceTest, AReadSnapshotSeesOneStateOfTheWorkspace) {
    const auto groups = [this] {
        return sql::scalar(ws.db().connection(), QStringLiteral("SELECT COUNT(*) FROM chat_groups"))
            ->toInt();
    };
    {
        const ReadSnapshot snapshot(ws.db().connection());
        ASSERT_TRUE(snapshot.isActive());
        EXPECT_EQ(groups(), 1);
        Group g;
        g.name = QStringLiteral("written meanwhile");
        ASSERT_TRUE(GroupService::create(*writer, g).ok()) << "readers never block the writer";
        EXPECT_EQ(groups(), 1) << "the snapshot does not move";
    }
    EXPECT_EQ(groups(), 2);
}

TEST_F(BusyWorkspaceTest, AReadSnapshotInsideATransactionDoesNothing) {
    Transaction tx(ws.db().connection());
    ASSERT_TRUE(tx.isActive());
    const ReadSnapshot snapshot(ws.db().connection());
    EXPECT_FALSE(snapshot.isActive());
    EXPECT_TRUE(tx.commit().ok());
}
