// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// Chart tables as the page draws and exports them, from the hand-worked Berlin workspace.
#include "AnalyticsFixture.h"
#include "analytics/DashboardCharts.h"

#include <QFile>

using namespace qundesk;
using namespace qundesk::test;

namespace {

class ChartTableTest : public AnalyticsFixture {
protected:
    AnalyticsDashboard dashboard(qint64 group, const char* from, const char* to) {
        auto d = AnalyticsDashboard::compute(db(), {group, day(from), day(to)});
        EXPECT_TRUE(d.ok()) << d.error().toString().toStdString();
        return d.ok() ? *d : AnalyticsDashboard{};
    }

    QString csvOf(const ChartTable& table) {
        const QString path = ws.filePath(QStringLiteral("chart.csv"));
        EXPECT_TRUE(table.writeCsv(path).ok());
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "Excel needs the byte-order mark";
        return QString::fromUtf8(bytes.mid(3));
    }
};

} // namespace

TEST_F(ChartTableTest, MessagesPerDayExportExactlyWhatIsDrawn) {
    const ChartTable t = DashboardCharts::messages(dashboard(kAlpha, "2026-03-28", "2026-03-30"));
    EXPECT_EQ(t.categories, (QStringList{QStringLiteral("2026-03-28"), QStringLiteral("2026-03-29"),
                                         QStringLiteral("2026-03-30")}));
    ASSERT_EQ(t.series.size(), 1);
    EXPECT_EQ(t.series.at(0).values, (QList<double>{0, 4, 2}));
    EXPECT_EQ(csvOf(t), QStringLiteral("Day,Messages\r\n2026-03-28,0\r\n2026-03-29,4\r\n"
                                       "2026-03-30,2\r\n"));
}

// Week 14's cohort has no week +1 yet: an empty cell, not 0 %.
TEST_F(ChartTableTest, RetentionLeavesWeeksToComeEmpty) {
    const ChartTable t = DashboardCharts::retention(dashboard(kAlpha, "2026-03-23", "2026-04-05"));
    ASSERT_EQ(t.categories.size(), 2);
    ASSERT_EQ(t.series.size(), 2);
    EXPECT_TRUE(t.percent);
    EXPECT_EQ(t.cellText(1, 0), QStringLiteral("50.0%"));
    EXPECT_EQ(t.cellText(1, 1), QString());
    const QStringList lines = csvOf(t).split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines.at(1).endsWith(QStringLiteral(",100,50"))) << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(2).endsWith(QStringLiteral(",100,"))) << lines.at(2).toStdString();
}

TEST_F(ChartTableTest, HeatMapRowsAreWeekdaysAndColumnsHours) {
    const ChartTable t = DashboardCharts::heatMap(dashboard(kAlpha, "2026-03-27", "2026-04-02"));
    ASSERT_EQ(t.categories.size(), 7);
    ASSERT_EQ(t.series.size(), 24);
    EXPECT_EQ(t.series.at(3).values.at(6), 1); // Sunday 03:00, just after the jump
    EXPECT_EQ(t.series.at(2).values.at(6), 0); // Sunday 02:00 did not exist
    EXPECT_FALSE(t.isEmpty());
    EXPECT_TRUE(DashboardCharts::heatMap(dashboard(kAlpha, "2026-04-03", "2026-04-04")).isEmpty());
}

TEST_F(ChartTableTest, FunnelAndRevenueTables) {
    const AnalyticsDashboard d = dashboard(0, "2026-03-29", "2026-04-02");
    const ChartTable funnel = DashboardCharts::funnel(d);
    EXPECT_EQ(funnel.series.at(0).values, (QList<double>{6, 6, 5, 1}));
    const ChartTable byGroup = DashboardCharts::funnelByGroup(d);
    EXPECT_EQ(byGroup.categories, (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    ASSERT_EQ(byGroup.series.size(), 4);
    EXPECT_EQ(byGroup.series.at(2).values, (QList<double>{3, 2})); // buyers
    const ChartTable revenue = DashboardCharts::revenueByGroup(d);
    EXPECT_EQ(revenue.series.at(0).values, (QList<double>{85.0, 300.0}));
    EXPECT_EQ(DashboardCharts::referrers(d).categories.size(), 2);
}
