// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "sop/SopStats.h"

#include "SopFixture.h"
#include "services/SopTaskService.h"

using namespace qundesk;
using namespace qundesk::test;

namespace {

class SopStatsTest : public SopFixture {};

} // namespace

// Worked by hand. The SOP starts on 2 May for 阿一, 阿二 and 阿三 (each a member run, step 1
// on 2 May, step 2 on 4 May, step 3 on 22 May). By 10 May steps 1 and 2 are due for all
// three (6 tasks); step 3 for nobody. Done: 阿一 1 and 2, 阿二 1 (阿二's 2 skipped,
// 阿三's open) -> step 1 2/3, step 2 1/3, step 3 0/0, the SOP 3/6.
// Conversion: 阿一 ordered after joining, 阿二 not, 阿三 only before joining -> 1 of 3.
// Comparable (same group, joined in May, never targeted): 阿四 ordered, 阿五 not -> 1 of 2.
// 阿六 joined in April: not comparable.
TEST_F(SopStatsTest, CompletionAndConversionMatchTheHandCount) {
    const qint64 a1 = addMember(QStringLiteral("阿一"), day(5, 2));
    const qint64 a2 = addMember(QStringLiteral("阿二"), day(5, 3));
    const qint64 a3 = addMember(QStringLiteral("阿三"), day(5, 4));
    const qint64 a4 = addMember(QStringLiteral("阿四"), day(5, 5));
    addMember(QStringLiteral("阿五"), day(5, 6));
    const qint64 a6 = addMember(QStringLiteral("阿六"), day(4, 20));
    addOrder(a1, local(day(5, 6), 12));
    addOrder(a3, local(day(4, 20), 12));
    addOrder(a4, local(day(5, 7), 12));
    addOrder(a6, local(day(5, 7), 12));

    SopTemplate t;
    t.name = QStringLiteral("三步");
    t.anchor = QStringLiteral("start");
    t.steps = {step(QStringLiteral("一"), 0, QStringLiteral("group")),
               step(QStringLiteral("二"), 2, QStringLiteral("group")),
               step(QStringLiteral("三"), 20, QStringLiteral("group"))};
    const qint64 sop = save(t);
    QHash<qint64, QList<SopTask>> byMember;
    for (qint64 m : {a1, a2, a3}) {
        const auto applied = apply(sop, QStringLiteral("member"), m, day(5, 2));
        byMember.insert(m, tasks(applied.runId));
        ASSERT_EQ(byMember.value(m).size(), 3);
    }
    ASSERT_TRUE(SopTaskService::done(ws.db(), byMember[a1].at(0).id).ok());
    ASSERT_TRUE(SopTaskService::done(ws.db(), byMember[a1].at(1).id).ok());
    ASSERT_TRUE(SopTaskService::done(ws.db(), byMember[a2].at(0).id).ok());
    ASSERT_TRUE(SopTaskService::skip(ws.db(), byMember[a2].at(1).id, QStringLiteral("没回")).ok());

    auto completion = sop::SopStats::completion(ws.db(), sop, time::now());
    ASSERT_TRUE(completion.ok());
    ASSERT_EQ(completion->steps.size(), 3);
    EXPECT_EQ(completion->steps.at(0).done, 2);
    EXPECT_EQ(completion->steps.at(0).due, 3);
    EXPECT_EQ(completion->steps.at(1).done, 1);
    EXPECT_EQ(completion->steps.at(1).due, 3);
    EXPECT_EQ(completion->steps.at(2).due, 0);
    EXPECT_EQ(completion->done, 3);
    EXPECT_EQ(completion->due, 6);
    EXPECT_DOUBLE_EQ(completion->rate(), 0.5);

    auto conversion = sop::SopStats::conversion(ws.db(), sop);
    ASSERT_TRUE(conversion.ok());
    EXPECT_EQ(conversion->targeted, 3);
    EXPECT_EQ(conversion->targetedBuyers, 1);
    EXPECT_EQ(conversion->comparable, 2);
    EXPECT_EQ(conversion->comparableBuyers, 1);
    EXPECT_DOUBLE_EQ(conversion->comparableRate(), 0.5);
}
