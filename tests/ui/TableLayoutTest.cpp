// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The Groups and Members tables in the default 1280×800 window, on the demo workspace: no
// column is squeezed below what its header needs, only the last one stretches, and what does
// not fit scrolls sideways.
#include "TempWorkspace.h"
#include "UiFixture.h"
#include "demo/DemoWorkspace.h"
#include "pages/GroupsPage.h"
#include "pages/MembersPage.h"
#include "shell/JobRunner.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"
#include "shell/WorkspaceActions.h"
#include "shell/WorkspaceController.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace qundesk;

namespace {

class TableLayoutTest : public test::UiFixture {
protected:
    void SetUp() override {
        UiFixture::SetUp();
        applyTheme(*qApp); // the window's style sheet: bold, padded header sections
        ASSERT_TRUE(DemoWorkspace::generate(ws.db()).ok());
        ws.close();
        ASSERT_TRUE(window.actions().open(ws.path()));
        window.workspace().jobs().waitForIdle();
        window.resize(1280, 800);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    void TearDown() override {
        qApp->setStyleSheet(QString());
        UiFixture::TearDown();
    }

    QTableView* show(PageId id) {
        window.setCurrentPage(id);
        QWidget* page = window.page(id);
        auto* table = id == PageId::Groups ? qobject_cast<GroupsPage*>(page)->table()
                                           : qobject_cast<MembersPage*>(page)->table();
        QCoreApplication::processEvents();
        return table;
    }

    // Every column at least as wide as its header asks; none but the last stretches.
    static void expectNothingSqueezed(QTableView* table) {
        QHeaderView* header = table->horizontalHeader();
        const int last = header->count() - 1;
        for (int c = 0; c < header->count(); ++c) {
            if (c < last) {
                EXPECT_NE(header->sectionResizeMode(c), QHeaderView::Stretch) << c;
            }
            EXPECT_GE(header->sectionSize(c), header->sectionSizeHint(c))
                << table->model()->headerData(c, Qt::Horizontal).toString().toStdString();
        }
        EXPECT_NE(table->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    }

    static bool scrollsSideways(QTableView* table) {
        return table->horizontalHeader()->length() > table->viewport()->width() &&
               table->horizontalScrollBar()->maximum() > 0;
    }

    test::TempWorkspace ws;
    LanguageManager language;
    MainWindow window{language};
};

} // namespace

TEST_F(TableLayoutTest, GroupsAndMembersScrollSidewaysInEnglish) {
    language.apply(QStringLiteral("en"));
    QTableView* groups = show(PageId::Groups);
    expectNothingSqueezed(groups);
    EXPECT_TRUE(scrollsSideways(groups));
    QTableView* members = show(PageId::Members);
    expectNothingSqueezed(members);
    EXPECT_TRUE(scrollsSideways(members));
}

TEST_F(TableLayoutTest, GroupsAndMembersKeepTheirColumnsInChinese) {
    language.apply(QStringLiteral("zh_CN"));
    expectNothingSqueezed(show(PageId::Groups));
    QTableView* members = show(PageId::Members);
    expectNothingSqueezed(members);
    EXPECT_TRUE(scrollsSideways(members));
    language.apply(QStringLiteral("en"));
}
