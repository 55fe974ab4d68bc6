// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The Analytics page in the real main window: a chat imported on the Import page shows in the
// charts and key figures; definitions, hover values and exports of a chart.
#include "pages/AnalyticsPage.h"

#include "TempWorkspace.h"
#include "UiFixture.h"
#include "charts/ChartPanel.h"
#include "charts/HeatMapView.h"
#include "dialogs/ChatImportDialog.h"
#include "dialogs/ImportReportDialog.h"
#include "dialogs/MetricGlossaryDialog.h"
#include "pages/AnalyticsFilterBar.h"
#include "pages/ImportPage.h"
#include "pages/KpiTile.h"
#include "shell/JobRunner.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceActions.h"
#include "shell/WorkspaceController.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace qundesk;

namespace {

QString chatFixture(const char* name) {
    return QStringLiteral(QUNDESK_FIXTURES_DIR "/chat/") + QString::fromUtf8(name);
}

class AnalyticsPageTest : public test::UiFixture {
protected:
    void SetUp() override {
        UiFixture::SetUp();
        language.apply(QStringLiteral("en"));
        ws.close();
        ASSERT_TRUE(window.actions().open(ws.path()));
        window.workspace().jobs().waitForIdle();
        window.setCurrentPage(PageId::Analytics);
        page = qobject_cast<AnalyticsPage*>(window.page(PageId::Analytics));
        ASSERT_NE(page, nullptr);
        window.workspace().jobs().waitForIdle();
    }

    // Sets the period and waits for its figures.
    void showPeriod(const QDate& from, const QDate& to) {
        QSignalSpy updated(page, &AnalyticsPage::dashboardUpdated);
        page->filters()->setPeriod(from, to);
        window.workspace().jobs().waitForIdle();
        ASSERT_GE(updated.size(), 1);
    }

    void importOnTheImportPage(const char* fixture) {
        auto* import = qobject_cast<ImportPage*>(window.page(PageId::Import));
        ASSERT_NE(import, nullptr);
        import->previewChatFile(chatFixture(fixture));
        auto* dialog = import->findChild<ChatImportDialog*>();
        ASSERT_NE(dialog, nullptr);
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(import->findChild<ImportReportDialog*>() != nullptr, 20000);
        import->findChild<ImportReportDialog*>()->close();
        window.workspace().jobs().waitForIdle();
    }

    LanguageManager language;
    test::TempWorkspace ws;
    MainWindow window{language};
    AnalyticsPage* page = nullptr;
};

const QDate kFrom(2024, 3, 12);
const QDate kTo(2024, 3, 16);

} // namespace

TEST_F(AnalyticsPageTest, ReplacesThePlaceholderWithChartsAndTiles) {
    EXPECT_EQ(page->objectName(), QStringLiteral("analyticsPage"));
    EXPECT_EQ(page->charts().size(), 14);
    for (ChartPanel* chart : page->charts()) {
        EXPECT_FALSE(chart->title().isEmpty()) << chart->objectName().toStdString();
        EXPECT_NE(chart->findChild<QToolButton*>(QStringLiteral("chartDefinitionButton")), nullptr);
    }
    EXPECT_NE(page->tile(QStringLiteral("messagesTile")), nullptr);
    // The default period: the last 30 days up to today.
    const AnalyticsQuery q = page->filters()->query();
    EXPECT_EQ(q.groupId, 0);
    EXPECT_EQ(q.from.daysTo(q.to), 29);
}

// The end-to-end check: import a WhatsApp export on the Import page, see the series.
TEST_F(AnalyticsPageTest, AChatImportedOnTheImportPageChangesTheCharts) {
    showPeriod(kFrom, kTo);
    ChartPanel* messagesChart = page->chart(QStringLiteral("messagesChart"));
    ASSERT_NE(messagesChart, nullptr);
    EXPECT_TRUE(messagesChart->showsEmptyNote());
    EXPECT_EQ(page->tile(QStringLiteral("messagesTile"))->valueText(), QStringLiteral("0"));

    QSignalSpy updated(page, &AnalyticsPage::dashboardUpdated);
    importOnTheImportPage("whatsapp-android-en.txt");
    window.setCurrentPage(PageId::Analytics);
    QTRY_VERIFY_WITH_TIMEOUT(updated.size() >= 1, 20000);
    window.workspace().jobs().waitForIdle();

    // 12 March: the welcome; 13 March: 好的 twice and a photo; 16 March: Erin.
    EXPECT_FALSE(messagesChart->showsEmptyNote());
    EXPECT_EQ(messagesChart->drawnValues(), (QList<QList<double>>{{1, 3, 0, 0, 1}}));
    EXPECT_EQ(page->tile(QStringLiteral("messagesTile"))->valueText(), QStringLiteral("5"));
    // The imported group is offered in the filter, and choosing it keeps the numbers.
    QComboBox* groups = page->filters()->groupBox();
    ASSERT_EQ(groups->count(), 2);
    EXPECT_EQ(groups->itemText(1), QStringLiteral("whatsapp-android-en"));
    QSignalSpy again(page, &AnalyticsPage::dashboardUpdated);
    groups->setCurrentIndex(1);
    window.workspace().jobs().waitForIdle();
    ASSERT_GE(again.size(), 1);
    EXPECT_EQ(messagesChart->drawnValues(), (QList<QList<double>>{{1, 3, 0, 0, 1}}));
    // Growth: joins on the 12th (Bob, Carol) and the 14th (Dan, Erin, Frank, Gina); Carol
    // leaves and Dan is removed on the 15th.
    const QList<QList<double>> growth = page->chart(QStringLiteral("growthChart"))->drawnValues();
    ASSERT_EQ(growth.size(), 3);
    EXPECT_EQ(growth.at(1), (QList<double>{0, 0, 0, 2, 0}));
}

TEST_F(AnalyticsPageTest, DefinitionHoverAndExports) {
    importOnTheImportPage("whatsapp-android-en.txt");
    showPeriod(kFrom, kTo);
    ChartPanel* heat = page->chart(QStringLiteral("heatMapChart"));
    ASSERT_NE(heat, nullptr);
    heat->findChild<QToolButton*>(QStringLiteral("chartDefinitionButton"))->click();
    ASSERT_NE(page->glossary(), nullptr);
    EXPECT_TRUE(page->glossary()->isVisible());
    EXPECT_EQ(page->glossary()->shownEntry(), int(MetricGlossaryDialog::PostingHours));
    page->glossary()->close();

    // Hovering a cell of the grid names it and its value: Wednesday 10:00 had three messages.
    window.resize(1400, 1000);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* grid = heat->findChild<HeatMapView*>(QStringLiteral("chartGrid"));
    ASSERT_NE(grid, nullptr);
    QTest::qWait(20);
    EXPECT_TRUE(heat->hoverText().isEmpty());
    QPoint wednesdayTen;
    for (int y = 0; y < grid->height() && wednesdayTen.isNull(); y += 2)
        for (int x = 0; x < grid->width() && wednesdayTen.isNull(); x += 2)
            if (grid->cellAt({x, y}) == std::pair(2, 10))
                wednesdayTen = {x + 3, y + 3};
    ASSERT_FALSE(wednesdayTen.isNull());
    QTest::mouseMove(grid, wednesdayTen);
    QTRY_VERIFY(!heat->hoverText().isEmpty());
    EXPECT_TRUE(heat->hoverText().contains(QStringLiteral("10")))
        << heat->hoverText().toStdString();
    EXPECT_TRUE(heat->hoverText().endsWith(QStringLiteral(": 3")))
        << heat->hoverText().toStdString();

    // CSV and PNG of the messages chart, through the (recorded) file dialog.
    ChartPanel* messagesChart = page->chart(QStringLiteral("messagesChart"));
    const QString csv = ws.filePath(QStringLiteral("messages.csv"));
    const QString png = ws.filePath(QStringLiteral("messages.png"));
    chosenFiles << csv << png;
    messagesChart->findChild<QToolButton*>(QStringLiteral("chartCsvButton"))->click();
    messagesChart->findChild<QToolButton*>(QStringLiteral("chartPngButton"))->click();
    EXPECT_TRUE(messages.isEmpty());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.startsWith(QStringLiteral("\uFEFFDay,Messages\r\n"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2024-03-13,3\r\n")));
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), 6);
    const QImage image(png);
    EXPECT_FALSE(image.isNull());
    EXPECT_GT(image.width(), 100);
}
