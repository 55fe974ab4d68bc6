// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include "../UiFixture.h"
#include "TempWorkspace.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "model/Member.h"
#include "services/MembershipService.h"
#include "services/SopService.h"
#include "shell/JobRunner.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceActions.h"
#include "shell/WorkspaceController.h"
#include "store/GroupStore.h"
#include "store/MemberStore.h"
#include "store/SettingsStore.h"
#include "util/Time.h"

namespace qundesk::test {

// A workspace with the group 新人群 and two members who joined it just now, and helpers to add
// an SOP whose first step is due at once; opened in a real main window by open().
class SopUiFixture : public UiFixture {
protected:
    void SetUp() override {
        UiFixture::SetUp();
        language.apply(QStringLiteral("en"));
        Group g;
        g.name = QStringLiteral("新人群");
        g.operatorName = QStringLiteral("阿珍");
        groupId = GroupStore(ws.db()).create(g).value();
        for (const QString& name : {QStringLiteral("小白"), QStringLiteral("阿花")}) {
            Member m;
            m.displayName = name;
            members << MemberStore(ws.db()).create(m).value();
        }
        ASSERT_TRUE(MembershipService::addToGroup(ws.db(), members, groupId).ok());
    }

    static SopStep step(const QString& title, int day, const QString& channelKey) {
        SopStep s;
        s.title = title;
        s.dayOffset = day;
        s.channel = channelKey;
        s.windowStart = QTime(0, 0); // due from the start of its day
        s.windowEnd = QTime(21, 0);
        s.script = QStringLiteral("{nickname}，欢迎加入{group}！我是{operator}");
        return s;
    }
    // Saves and applies a two-step onboarding SOP to the group: today's welcome for both.
    void applyOnboarding() {
        SopTemplate t;
        t.name = QStringLiteral("新人破冰");
        t.targetKind = QStringLiteral("group");
        t.anchor = QStringLiteral("join");
        t.steps = {step(QStringLiteral("欢迎"), 0, QStringLiteral("private")),
                   step(QStringLiteral("回访"), 3, QStringLiteral("private"))};
        auto id = SopService::saveTemplate(ws.db(), t);
        ASSERT_TRUE(id.ok());
        ASSERT_TRUE(SopService::apply(ws.db(), id.value(), QStringLiteral("group"), groupId).ok());
    }
    void open(MainWindow& window) {
        ws.close();
        ASSERT_TRUE(window.actions().open(ws.path()));
        window.workspace().jobs().waitForIdle();
    }
    int count(MainWindow& window, const QString& statement) {
        return sql::scalar(window.workspace().database()->connection(), statement)->toInt();
    }

    LanguageManager language;
    TempWorkspace ws;
    qint64 groupId = 0;
    QList<qint64> members;
};

} // namespace qundesk::test
