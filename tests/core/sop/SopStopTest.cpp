// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "SopFixture.h"
#include "services/SopTaskService.h"

using namespace qundesk;
using namespace qundesk::test;

namespace {
class SopStop : public SopFixture {};
} // namespace

TEST_F(SopStop, StoppingARunDropsItsOpenTasksAndKeepsWhatWasDone) {
    addMember(QStringLiteral("甲"), day(5, 10));
    const auto applied = apply(save(onboarding()), QStringLiteral("group"), groupId);
    const QList<SopTask> list = tasks(applied.runId);
    ASSERT_EQ(list.size(), 3);
    ASSERT_TRUE(SopTaskService::done(ws.db(), list.at(0).id).ok());
    ASSERT_TRUE(SopService::stopRun(ws.db(), applied.runId).ok());
    EXPECT_EQ(tasks(applied.runId).size(), 1);
    EXPECT_EQ(tasks(applied.runId).first().status, QStringLiteral("done"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM sop_runs WHERE id = %1").arg(applied.runId))
                  .toString(),
              QStringLiteral("stopped"));
    // A newcomer of the group gets nothing from a stopped run; applying again starts a new one.
    addMember(QStringLiteral("乙"), day(5, 10));
    ASSERT_TRUE(SopService::refresh(ws.db()).ok());
    EXPECT_EQ(tasks(applied.runId).size(), 1);
}
