// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The weekly report PDF: painted from its data model into a valid PDF with its pages, written
// whole or not at all (never over the workspace), and File ▸ Export weekly report… in the window.
#include "WeeklyReportPdf.h"

#include "TempWorkspace.h"
#include "UiFixture.h"
#include "WeeklyReportExport.h"
#include "db/Sql.h"
#include "shell/JobRunner.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceActions.h"
#include "shell/WorkspaceController.h"
#include "util/Time.h"

#include <QAction>
#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace qundesk;

namespace {

// The number of page objects a PDF holds ("/Type /Page", not "/Pages").
int pageObjects(const QByteArray& pdf) {
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    return int(QString::fromLatin1(pdf).count(page));
}

void expectPdf(const QByteArray& bytes, int pages) {
    EXPECT_TRUE(bytes.startsWith("%PDF-1.")) << bytes.left(16).toStdString();
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
    EXPECT_EQ(pageObjects(bytes), pages);
}

WeeklyReportData sample(int groups) {
    WeeklyReportData data;
    data.monday = QDate(2026, 11, 23);
    data.currency = QStringLiteral("CNY");
    data.zoneId = QStringLiteral("Asia/Shanghai");
    for (int g = 0; g < groups; ++g) {
        WeeklyGroupKpis k;
        k.groupId = g + 1;
        k.name = QStringLiteral("宝妈交流群 %1").arg(g + 1);
        k.messages = {700 + g, 650};
        k.activeMembers = {40, 44};
        k.members = {120, 118};
        k.joins = {5, 0};
        k.leaves = {1, 2};
        k.buyers = {3, 1};
        k.revenueCents = {128000, 0};
        k.messagesPerDay = {90, 120, 80, 100, 110, 90, 110 + g};
        k.activePerDay = {20, 25, 18, 22, 24, 19, 21};
        data.groups << k;
    }
    for (int i = 0; i < 10; ++i)
        data.topContributors.append(
            {i + 1, QStringLiteral("成员%1").arg(i), QStringLiteral("VIP群"), 100 - i, {}});
    data.newLurkers.append({99, QStringLiteral("新人"), QStringLiteral("VIP群"), 0, data.monday});
    data.newLurkersTotal = 1;
    return data;
}

} // namespace

TEST(WeeklyReportPdfTest, PaintsAValidPdfWithItsPages) {
    QBuffer small;
    small.open(QIODevice::WriteOnly);
    auto pages = WeeklyReportPdf::write(sample(1), &small);
    ASSERT_TRUE(pages.ok()) << pages.error().toString().toStdString();
    EXPECT_GE(*pages, 2); // the figures, then the charts and lists
    expectPdf(small.data(), *pages);
    // Seven groups' figures need more pages than one group's.
    QBuffer big;
    big.open(QIODevice::WriteOnly);
    auto more = WeeklyReportPdf::write(sample(7), &big);
    ASSERT_TRUE(more.ok());
    EXPECT_GT(*more, *pages);
    expectPdf(big.data(), *more);
}

TEST(WeeklyReportPdfTest, ChangesAreSignedWithPercentages) {
    EXPECT_EQ(WeeklyReportPdf::change(110, 100), QStringLiteral("+10 (+10.0%)"));
    EXPECT_EQ(WeeklyReportPdf::change(75, 100), QStringLiteral("−25 (−25.0%)"));
    EXPECT_EQ(WeeklyReportPdf::change(4, 0), QStringLiteral("+4 (new)"));
    EXPECT_EQ(WeeklyReportPdf::change(7, 7), QStringLiteral("0"));
}

TEST(WeeklyReportExportTest, WritesTheFileWholeAndNeverOverTheWorkspace) {
    test::TempWorkspace ws;
    ASSERT_TRUE(sql::exec(ws.db().connection(),
                          QStringLiteral("INSERT INTO chat_groups (name, platform, created_at) "
                                         "VALUES ('Tea', 'wechat', '2026-01-01T00:00:00Z')"))
                    .ok());
    const QString path = ws.filePath(QStringLiteral("week.pdf"));
    auto written = WeeklyReportExport::write(ws.db(), QDate(2026, 11, 23), path);
    ASSERT_TRUE(written.ok()) << written.error().toString().toStdString();
    EXPECT_EQ(written->data.groups.size(), 1);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    expectPdf(file.readAll(), written->pages);

    const QByteArray before = [&] {
        QFile w(ws.path());
        return w.open(QIODevice::ReadOnly) ? w.readAll() : QByteArray();
    }();
    auto refused = WeeklyReportExport::write(ws.db(), QDate(2026, 11, 23), ws.path());
    EXPECT_FALSE(refused.ok()); // not a .pdf, and the workspace besides
    QFile::link(ws.path(), ws.filePath(QStringLiteral("link.pdf")));
    EXPECT_FALSE(
        WeeklyReportExport::write(ws.db(), {}, ws.filePath(QStringLiteral("link.pdf"))).ok());
    QFile after(ws.path());
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), before);
}

using WeeklyReportWindowTest = test::UiFixture;

TEST_F(WeeklyReportWindowTest, FileMenuExportsTheLastFullWeekAsAJob) {
    time::setFixedNow(QDateTime(QDate(2026, 12, 3), QTime(4, 0), QTimeZone::utc()));
    LanguageManager language;
    language.apply(QStringLiteral("en"));
    test::TempWorkspace ws;
    test::seedGroups(ws.db(), {QStringLiteral("VIP会员群")}, {12});
    ws.close();
    {
        MainWindow window(language);
        ASSERT_TRUE(window.actions().open(ws.path()));
        window.workspace().jobs().waitForIdle();
        auto* action = window.findChild<QAction*>(QStringLiteral("exportWeeklyReportAction"));
        ASSERT_NE(action, nullptr);
        EXPECT_EQ(action->text(), QStringLiteral("Export &weekly report…"));
        const QString target = ws.filePath(QStringLiteral("report")); // ".pdf" is added
        chosenFiles << target;
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 20000);
        EXPECT_EQ(messages.first().title, QStringLiteral("Weekly report written"));
        EXPECT_TRUE(messages.first().text.contains(QStringLiteral("2026-W48")))
            << messages.first().text.toStdString();
        QFile file(target + QStringLiteral(".pdf"));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_TRUE(file.readAll().startsWith("%PDF-"));
    }
    time::setFixedNow({});
}
