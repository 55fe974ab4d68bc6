// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The Import page's chat card: preview, choices and an import on the window's job runner.
#include "TempWorkspace.h"
#include "UiFixture.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "dialogs/ChatImportDialog.h"
#include "dialogs/ImportReportDialog.h"
#include "pages/ImportHistoryView.h"
#include "pages/ImportPage.h"
#include "shell/JobRunner.h"
#include "shell/WorkspaceController.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace qundesk;

namespace {

QString chatFixture(const char* name) {
    return QStringLiteral(QUNDESK_FIXTURES_DIR "/chat/") + QString::fromUtf8(name);
}

struct ChatWorkspace {
    test::TempWorkspace ws;
    WorkspaceController controller;
    std::unique_ptr<ImportPage> page;

    ChatWorkspace() {
        EXPECT_TRUE(controller.open(ws.path()).ok());
        controller.jobs().waitForIdle(); // the day's refresh
        page = std::make_unique<ImportPage>(controller);
    }
    QVariant value(const QString& statement) {
        auto v = sql::scalar(controller.database()->connection(), statement);
        EXPECT_TRUE(v.ok());
        return v ? *v : QVariant();
    }
    void exec(const QString& statement) {
        EXPECT_TRUE(sql::exec(controller.database()->connection(), statement).ok());
    }
};

} // namespace

using ChatImportPageTest = test::UiFixture;

TEST_F(ChatImportPageTest, PreviewsAWhatsAppExportAndImportsItIntoTheChosenGroup) {
    ChatWorkspace w;
    auto* button = w.page->findChild<QPushButton*>(QStringLiteral("importChatButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_TRUE(button->isEnabled());
    chosenFiles << chatFixture("whatsapp-android-en.txt");
    button->click();
    auto* dialog = w.page->findChild<ChatImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("chatFormatLabel"))
                    ->text()
                    .contains(QStringLiteral("WhatsApp")));
    auto* preview = dialog->findChild<QTableWidget*>(QStringLiteral("chatPreviewTable"));
    ASSERT_EQ(preview->rowCount(), 5);
    EXPECT_EQ(preview->item(0, 0)->text(), QStringLiteral("2024-03-12 09:05"));
    EXPECT_EQ(preview->item(0, 1)->text(), QStringLiteral("Alice Wang"));
    auto* order = dialog->findChild<QComboBox*>(QStringLiteral("dateOrderCombo"));
    EXPECT_EQ(order->currentData().toInt(), int(DateOrder::DMY));
    auto* authors = dialog->findChild<QTableWidget*>(QStringLiteral("authorTable"));
    EXPECT_GE(authors->rowCount(), 5);
    EXPECT_EQ(authors->item(0, 1)->text(), QStringLiteral("A new member"));
    auto* group = dialog->findChild<QComboBox*>(QStringLiteral("groupCombo"));
    EXPECT_EQ(group->currentText(), QStringLiteral("whatsapp-android-en"));
    group->setEditText(QStringLiteral("Tea lovers"));
    dialog->accept();

    QTRY_VERIFY_WITH_TIMEOUT(w.page->findChild<ImportReportDialog*>() != nullptr, 20000);
    EXPECT_TRUE(messages.isEmpty()) << messages.value(0).text.toStdString();
    const ImportReport& report = w.page->findChild<ImportReportDialog*>()->report();
    EXPECT_EQ(report.imported, 5);
    EXPECT_EQ(report.joins, 6);
    EXPECT_EQ(report.leaves, 2);
    EXPECT_EQ(w.value(QStringLiteral("SELECT COUNT(*) FROM messages m JOIN chat_groups g ON "
                                     "g.id = m.group_id WHERE g.name = 'Tea lovers'"))
                  .toInt(),
              5);
    ASSERT_EQ(w.page->history()->list()->topLevelItemCount(), 1) << "the import is listed";
}

TEST_F(ChatImportPageTest, AnAmbiguousAuthorIsChosenInTheDialog) {
    ChatWorkspace w;
    for (int i = 0; i < 2; ++i)
        w.exec(QStringLiteral("INSERT INTO members (display_name, created_at, updated_at) VALUES "
                              "('Bob Li', 'x', 'x')"));
    w.page->previewChatFile(chatFixture("whatsapp-android-en.txt"));
    auto* dialog = w.page->findChild<ChatImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* choice = dialog->findChild<QComboBox*>(QStringLiteral("authorChoice"));
    ASSERT_NE(choice, nullptr);
    EXPECT_EQ(choice->count(), 3); // the two members and "a new member"
    dialog->accept();              // nothing chosen yet: refused
    EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("chatProblemLabel"))
                    ->text()
                    .contains(QStringLiteral("Bob Li")));
    EXPECT_EQ(w.page->isImporting(), false);
    choice->setCurrentIndex(1); // the second Bob Li
    const qint64 chosen = choice->currentData().toLongLong();
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(w.page->findChild<ImportReportDialog*>() != nullptr, 20000);
    EXPECT_EQ(
        w.value(QStringLiteral("SELECT COUNT(*) FROM messages WHERE member_id = %1").arg(chosen))
            .toInt(),
        2);
}

TEST_F(ChatImportPageTest, AFullTelegramExportAsksForTheChat) {
    ChatWorkspace w;
    w.page->previewChatFile(chatFixture("telegram-full.json"));
    auto* dialog = w.page->findChild<ChatImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    auto* chat = dialog->findChild<QComboBox*>(QStringLiteral("chatCombo"));
    EXPECT_EQ(chat->count(), 3);
    EXPECT_EQ(chat->currentIndex(), -1);
    dialog->accept(); // no chat yet
    EXPECT_FALSE(w.page->isImporting());
    chat->setCurrentIndex(1);
    emit chat->activated(1); // as a click does: the preview is read again
    auto* preview = dialog->findChild<QTableWidget*>(QStringLiteral("chatPreviewTable"));
    ASSERT_EQ(preview->rowCount(), 1);
    EXPECT_EQ(preview->item(0, 2)->text(), QStringLiteral("coffee"));
    EXPECT_EQ(dialog->findChild<QComboBox*>(QStringLiteral("groupCombo"))->currentText(),
              QStringLiteral("Coffee Club"));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(w.page->findChild<ImportReportDialog*>() != nullptr, 20000);
    EXPECT_EQ(w.value(QStringLiteral("SELECT name FROM chat_groups")).toString(),
              QStringLiteral("Coffee Club"));
}

// Not an assertion test: with QUNDESK_SCREENSHOT_DIR set, saves the Import page, the chat
// preview and the report for a person to look at.
TEST_F(ChatImportPageTest, SavesScreenshotsOfTheChatImport) {
    const QString dir = qEnvironmentVariable("QUNDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        GTEST_SKIP() << "set QUNDESK_SCREENSHOT_DIR to save screenshots";
    ChatWorkspace w;
    w.exec(QStringLiteral("INSERT INTO members (display_name, created_at, updated_at) VALUES "
                          "('Bob Li', 'x', 'x'), ('Bob Li', 'x', 'x')"));
    w.page->resize(1000, 760);
    w.page->show();
    EXPECT_TRUE(w.page->grab().save(dir + QStringLiteral("/import-page.png")));
    w.page->previewChatFile(chatFixture("whatsapp-ios-en.txt"));
    auto* dialog = w.page->findChild<ChatImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    QTest::qWait(100);
    EXPECT_TRUE(dialog->grab().save(dir + QStringLiteral("/chat-import-dialog.png")));
    dialog->findChild<QComboBox*>(QStringLiteral("authorChoice"))->setCurrentIndex(2);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(w.page->findChild<ImportReportDialog*>() != nullptr, 20000);
    QTest::qWait(100);
    EXPECT_TRUE(w.page->findChild<ImportReportDialog*>()->grab().save(
        dir + QStringLiteral("/chat-import-report.png")));
    EXPECT_TRUE(w.page->grab().save(dir + QStringLiteral("/import-page-after.png")));
}
