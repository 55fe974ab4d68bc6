// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The Import page's order card: preview with invalid rows marked, the "N rows will be skipped —
// continue?" question, the import as a job, and the buyers' stages afterwards.
#include "TempWorkspace.h"
#include "UiFixture.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "dialogs/ImportReportDialog.h"
#include "dialogs/OrderImportDialog.h"
#include "import/MemberCsvImporter.h"
#include "pages/ImportPage.h"
#include "shell/JobRunner.h"
#include "shell/WorkspaceController.h"
#include "util/Time.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace qundesk;

namespace {

class OrderImportPageTest : public test::UiFixture {
protected:
    void SetUp() override {
        test::UiFixture::SetUp();
        time::setFixedNow(QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc()));
        ASSERT_TRUE(controller.open(ws.path()).ok());
        controller.jobs().waitForIdle(); // the day's refresh
        auto members = MemberCsvImporter::run(
            *controller.database(), write(QStringLiteral("m.csv"), "name,handle,group,joined\n"
                                                                   "Alice,alice_w,Tea,2026-01-02\n"
                                                                   "Bob,bob_w,Tea,2026-01-03\n"));
        ASSERT_TRUE(members.ok());
        page = std::make_unique<ImportPage>(controller);
    }
    void TearDown() override {
        page.reset();
        controller.close();
        time::setFixedNow({});
        test::UiFixture::TearDown();
    }
    QString write(const QString& name, const QByteArray& bytes) {
        QFile file(ws.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }
    QVariant value(const QString& statement) {
        auto v = sql::scalar(controller.database()->connection(), statement);
        EXPECT_TRUE(v.ok());
        return v ? *v : QVariant();
    }

    test::TempWorkspace ws;
    WorkspaceController controller;
    std::unique_ptr<ImportPage> page;
};

} // namespace

TEST_F(OrderImportPageTest, PreviewsAsksAboutInvalidRowsAndImports) {
    const QString csv = write(QStringLiteral("orders.csv"), "order_id,date,member,amount,product\n"
                                                            "S1,2026-03-01,Alice,128,Tea set\n"
                                                            "S2,2026-02-30,Bob,20,Cup\n"
                                                            "S3,2026-03-02,alice_w?,5,Cup\n"
                                                            "S4,2026-03-03,Bob,35.5,Oolong\n");
    chosenFiles << csv;
    auto* button = page->findChild<QPushButton*>(QStringLiteral("importOrdersButton"));
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isEnabled());
    button->click();
    auto* dialog = page->findChild<OrderImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("previewTable"));
    EXPECT_EQ(table->rowCount(), 1 + 4);
    EXPECT_EQ(dialog->mappingCombo(3)->currentData().toInt(), int(OrderField::Amount));
    // The impossible date is marked in the preview; the unknown buyer only the import finds.
    EXPECT_EQ(dialog->invalidPreviewRows(), 1);
    EXPECT_FALSE(table->item(2, 1)->toolTip().isEmpty());
    EXPECT_TRUE(table->item(1, 1)->toolTip().isEmpty());
    EXPECT_TRUE(
        dialog->findChild<QLabel*>(QStringLiteral("invalidRowsLabel"))->isVisibleTo(dialog));
    // Unmapping the amount leaves the mapping incomplete: the dialog says so.
    dialog->mappingCombo(3)->setCurrentIndex(0);
    EXPECT_TRUE(
        dialog->findChild<QLabel*>(QStringLiteral("mappingProblemLabel"))->isVisibleTo(dialog));
    dialog->mappingCombo(3)->setCurrentIndex(
        dialog->mappingCombo(3)->findData(int(OrderField::Amount)));

    answer = QMessageBox::Yes; // "2 rows will be skipped — continue?"
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(page->findChild<ImportReportDialog*>() != nullptr, 20000);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.at(0).title, QStringLiteral("Skip invalid rows"));
    EXPECT_TRUE(messages.at(0).text.contains(QStringLiteral("2 rows of orders.csv")))
        << messages.at(0).text.toStdString();
    EXPECT_TRUE(messages.at(0).informativeText.contains(QStringLiteral("Line 3")));
    EXPECT_TRUE(messages.at(0).informativeText.contains(QStringLiteral("Line 4")));
    const ImportReport& report = page->findChild<ImportReportDialog*>()->report();
    EXPECT_EQ(report.imported, 2);
    EXPECT_EQ(report.skipped, 2);
    EXPECT_EQ(value(QStringLiteral("SELECT SUM(amount_cents) FROM orders")).toLongLong(), 16350);
    // The buyers' stages followed their orders.
    EXPECT_EQ(
        value(QStringLiteral("SELECT COUNT(*) FROM member_status WHERE stage = 'mature'")).toInt(),
        2);
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM imports WHERE kind = 'orders'")).toInt(),
              1);
}

TEST_F(OrderImportPageTest, DecliningToSkipChangesNothing) {
    chosenFiles << write(QStringLiteral("bad.csv"), "date,member,amount\n2026-03-01,Nobody,1\n");
    page->chooseOrderFile();
    auto* dialog = page->findChild<OrderImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    answer = QMessageBox::No;
    bool finished = false;
    QObject::connect(page.get(), &ImportPage::importFinished, [&] { finished = true; });
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(finished && messages.size() == 1, 20000);
    controller.jobs().waitForIdle();
    EXPECT_EQ(page->findChild<ImportReportDialog*>(), nullptr);
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 0);
    EXPECT_EQ(value(QStringLiteral("SELECT COUNT(*) FROM imports WHERE kind = 'orders'")).toInt(),
              0);
}
