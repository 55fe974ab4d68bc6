// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "trainer/TrainerWindow.h"

#include "SopUiFixture.h"
#include "pages/TodayPage.h"

#include <QSignalSpy>

using namespace qundesk;

using TrainerWindowTest = test::SopUiFixture;

TEST_F(TrainerWindowTest, PlaysTheDemoCopyForwardOnASimulatedClock) {
    MainWindow window(language);
    open(window);
    const QString own = window.workspace().database()->path();
    {
        TrainerWindow trainer;
        QSignalSpy ready(&trainer, &TrainerWindow::ready);
        trainer.start();
        ASSERT_TRUE(ready.wait(120000));
        ASSERT_TRUE(trainer.isReady());
        const QString copy = trainer.workspace().database()->path();
        EXPECT_NE(copy, own) << "never the user's workspace";
        EXPECT_FALSE(WorkspaceController().recentWorkspaces().contains(copy));
        EXPECT_FALSE(trainer.today()->tasks().isEmpty()) << "the demo has tasks due";

        const QDateTime start = trainer.clock();
        trainer.addDay();
        EXPECT_EQ(trainer.clock(), start.addDays(1));
        EXPECT_EQ(time::now(), start.addDays(1)) << "QunDesk's clock is the simulated one";
        const QDateTime before = trainer.clock();
        trainer.nextTask();
        EXPECT_GT(trainer.clock(), before);
        for (const sop::AgendaTask& t : trainer.today()->tasks())
            EXPECT_LE(t.dueDay, time::localDay(trainer.clock(), QTimeZone("Asia/Shanghai")));
        trainer.setPlaying(true);
        trainer.setPlaying(false);
        EXPECT_EQ(window.workspace().database()->path(), own);
    }
    EXPECT_LT(std::abs(time::now().secsTo(QDateTime::currentDateTimeUtc())), 5)
        << "closing the trainer gives the real clock back";
}
