// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "pages/ImportPage.h"

#include "TempWorkspace.h"
#include "UiFixture.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "dialogs/ImportReportDialog.h"
#include "dialogs/MemberImportDialog.h"
#include "pages/ImportHistoryView.h"
#include "shell/JobRunner.h"
#include "shell/WorkspaceController.h"
#include "store/MemberStore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <atomic>

using namespace qundesk;

namespace {

struct ImportWorkspace {
    test::TempWorkspace ws;
    WorkspaceController controller;
    std::unique_ptr<ImportPage> page;

    ImportWorkspace() {
        EXPECT_TRUE(controller.open(ws.path()).ok());
        controller.jobs().waitForIdle(); // the day's refresh
        page = std::make_unique<ImportPage>(controller);
    }
    QString write(const QString& name, const QByteArray& bytes) {
        QFile file(ws.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }
    int members() { return MemberStore(*controller.database()).count().value(); }
    QVariant value(const QString& sql) {
        auto v = sql::scalar(controller.database()->connection(), sql);
        EXPECT_TRUE(v.ok());
        return v ? *v : QVariant();
    }
};

} // namespace

using ImportPageTest = test::UiFixture;

TEST_F(ImportPageTest, PreviewsMapsAndImportsOnAWorkerThread) {
    ImportWorkspace w;
    const QString csv =
        w.write(QStringLiteral("members.csv"), "\xEF\xBB\xBFname,handle,group,city,remark\n"
                                               "Alice,alice_w,Tea lovers,Shanghai,likes oolong\n"
                                               "Bob,bob_w,Tea lovers,Beijing,\n"
                                               ",,Tea lovers,Nowhere,no name\n"
                                               "Carol,carol_w,,Shenzhen,first order soon\n");
    chosenFiles << csv;
    int notified = 0;
    QObject::connect(&w.controller, &WorkspaceController::dataChanged, [&] { ++notified; });
    w.page->chooseMemberFile();
    auto* dialog = w.page->findChild<MemberImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("encodingLabel"))
                    ->text()
                    .contains(QStringLiteral("UTF-8")));
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("previewTable"));
    EXPECT_EQ(table->rowCount(), 1 + 4);
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("Alice"));

    // The city column is guessed; the operator ignores it and maps "remark" to notes.
    QComboBox* city = dialog->mappingCombo(3);
    ASSERT_NE(city, nullptr);
    EXPECT_EQ(city->currentData().toInt(), int(MemberField::City));
    city->setCurrentIndex(0);
    QComboBox* remark = dialog->mappingCombo(4);
    remark->setCurrentIndex(remark->findData(int(MemberField::Notes)));
    dialog->findChild<QComboBox*>(QStringLiteral("defaultGroupCombo"))
        ->setEditText(QStringLiteral("Walk-ins"));
    // The row without a name refuses the file; the operator agrees to skip it.
    answer = QMessageBox::Yes;
    dialog->accept();

    QTRY_VERIFY_WITH_TIMEOUT(w.page->findChild<ImportReportDialog*>() != nullptr, 20000);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.at(0).title, QStringLiteral("Skip invalid rows"));
    EXPECT_TRUE(messages.at(0).text.contains(QStringLiteral("members.csv")))
        << messages.at(0).text.toStdString();
    EXPECT_TRUE(messages.at(0).informativeText.contains(QStringLiteral("Line 4")))
        << messages.at(0).informativeText.toStdString();
    const ImportReport& report = w.page->findChild<ImportReportDialog*>()->report();
    EXPECT_EQ(report.imported, 3);
    EXPECT_EQ(report.membersCreated, 3);
    EXPECT_EQ(report.groupsCreated, 2);
    EXPECT_EQ(report.skipped, 1);
    ASSERT_EQ(report.errors.size(), 1);
    EXPECT_EQ(report.errors.at(0).line, 4);
    EXPECT_TRUE(
        w.page->findChild<ImportReportDialog*>()->errorsText().startsWith(QStringLiteral("4\t")));
    EXPECT_EQ(notified, 1);

    EXPECT_EQ(w.members(), 3);
    EXPECT_EQ(
        w.value(QStringLiteral("SELECT COUNT(*) FROM members WHERE city IS NOT NULL")).toInt(), 0);
    EXPECT_EQ(w.value(QStringLiteral("SELECT notes FROM members WHERE display_name = 'Alice'"))
                  .toString(),
              QStringLiteral("likes oolong"));
    EXPECT_EQ(
        w.value(QStringLiteral("SELECT g.name FROM memberships ms JOIN chat_groups g ON g.id = "
                               "ms.group_id JOIN members m ON m.id = ms.member_id WHERE "
                               "m.display_name = 'Carol'"))
            .toString(),
        QStringLiteral("Walk-ins"));
    ASSERT_EQ(w.page->history()->list()->topLevelItemCount(), 1) << "the import is listed";
    EXPECT_EQ(w.page->history()->list()->topLevelItem(0)->text(3), QStringLiteral("3"));
}

TEST_F(ImportPageTest, AFileWithoutANameColumnIsRefusedAndChangesNothing) {
    ImportWorkspace w;
    const QString csv = w.write(QStringLiteral("no-names.csv"), "colour,size\nred,3\nblue,4\n");
    chosenFiles << csv;
    w.page->chooseMemberFile();
    auto* dialog = w.page->findChild<MemberImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(
        dialog->findChild<QLabel*>(QStringLiteral("mappingProblemLabel"))->text().isEmpty());
    dialog->accept();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.at(0).text.startsWith(QStringLiteral("no-names.csv:1:")))
        << messages.at(0).text.toStdString();
    EXPECT_EQ(messages.at(0).icon, QMessageBox::Critical);
    EXPECT_FALSE(w.page->isImporting());
    EXPECT_EQ(w.members(), 0);
    EXPECT_EQ(w.value(QStringLiteral("SELECT COUNT(*) FROM chat_groups")).toInt(), 0);
}

TEST_F(ImportPageTest, BrokenQuotingIsReportedWithFileAndLine) {
    ImportWorkspace w;
    const QString csv =
        w.write(QStringLiteral("broken.csv"), "name,city\nAlice,Shanghai\n\"Bob,Beijing\n");
    w.page->previewFile(csv);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.at(0).text.startsWith(QStringLiteral("broken.csv")))
        << messages.at(0).text.toStdString();
    EXPECT_EQ(w.page->findChild<MemberImportDialog*>(), nullptr);
    EXPECT_EQ(w.members(), 0);
}

TEST_F(ImportPageTest, CancellingAtTheFirstProgressAddsNothing) {
    ImportWorkspace w;
    QByteArray bytes = "name,handle,group\n";
    for (int i = 0; i < 20000; ++i)
        bytes += QStringLiteral("Member %1,h%1,Big group\n").arg(i).toUtf8();
    const QString csv = w.write(QStringLiteral("big.csv"), bytes);

    // At the first progress point the worker waits while the GUI thread presses Cancel.
    std::atomic<int> progressCalls{0};
    ImportPage* page = w.page.get();
    QObject::connect(
        &w.controller.jobs(), &JobRunner::progressed, &w.controller.jobs(),
        [&progressCalls, page](const QString&, double) {
            if (progressCalls++ != 0)
                return;
            QProgressDialog* progress = page->progressDialog();
            QMetaObject::invokeMethod(
                progress, [progress] { progress->findChild<QPushButton*>()->click(); },
                Qt::BlockingQueuedConnection);
        },
        Qt::DirectConnection);
    chosenFiles << csv;
    w.page->chooseMemberFile();
    auto* dialog = w.page->findChild<MemberImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->accept();
    ASSERT_TRUE(w.page->isImporting());
    EXPECT_TRUE(w.controller.jobs().isWriting()) << "the window's edits wait meanwhile";
    QTRY_VERIFY_WITH_TIMEOUT(!w.page->isImporting(), 60000);
    EXPECT_TRUE(w.page->lastImportCancelled());
    EXPECT_FALSE(w.controller.jobs().isWriting());
    EXPECT_EQ(progressCalls.load(), 1);
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.at(0).text.contains(QStringLiteral("nothing was changed")))
        << messages.at(0).text.toStdString();
    EXPECT_EQ(w.page->findChild<ImportReportDialog*>(), nullptr);
    EXPECT_EQ(w.members(), 0);
    EXPECT_EQ(w.value(QStringLiteral("SELECT COUNT(*) FROM chat_groups")).toInt(), 0);
}
