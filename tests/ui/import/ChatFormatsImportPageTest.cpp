// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// The Import page's chat card with the CSV and Discord formats: the file filter, the detected
// format, the column choice of a generic CSV, and refused files offered again without their
// invalid rows.
#include "TempWorkspace.h"
#include "UiFixture.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "dialogs/ChatImportDialog.h"
#include "dialogs/FileDialogs.h"
#include "dialogs/ImportReportDialog.h"
#include "pages/ImportPage.h"
#include "shell/JobRunner.h"
#include "shell/WorkspaceController.h"
#include "store/SettingsStore.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace qundesk;

namespace {

QString chatFixture(const char* name) {
    return QStringLiteral(QUNDESK_FIXTURES_DIR "/chat/") + QString::fromUtf8(name);
}

struct Workspace {
    test::TempWorkspace ws;
    WorkspaceController controller;
    std::unique_ptr<ImportPage> page;

    Workspace() {
        EXPECT_TRUE(controller.open(ws.path()).ok());
        controller.jobs().waitForIdle(); // the day's refresh
        page = std::make_unique<ImportPage>(controller);
    }
    int count(const QString& statement) {
        auto v = sql::scalar(controller.database()->connection(), statement);
        return v ? v->toInt() : -1;
    }
};

// Picks the item with `data` in `combo` as a click does (activated: the preview is read again).
void choose(QComboBox* combo, int data) {
    ASSERT_NE(combo, nullptr);
    const int index = combo->findData(data);
    ASSERT_GE(index, 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

} // namespace

using ChatFormatsImportPageTest = test::UiFixture;

TEST_F(ChatFormatsImportPageTest, TheFileDialogOffersCsvAndAWeChatExportImports) {
    Workspace w;
    ASSERT_TRUE(
        SettingsStore(*w.controller.database()).setTimeZone(QTimeZone("Asia/Shanghai")).ok());
    QString filter;
    FileDialogs::setHook([&](FileDialogs::Mode, const QString&, const QString& f) {
        filter = f;
        return chatFixture("wechat-memotrace-gb18030.csv");
    });
    w.page->findChild<QPushButton*>(QStringLiteral("importChatButton"))->click();
    EXPECT_TRUE(filter.contains(QStringLiteral("*.csv"))) << filter.toStdString();
    auto* dialog = w.page->findChild<ChatImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("chatFormatLabel"))
                    ->text()
                    .contains(QStringLiteral("WeChat")));
    EXPECT_TRUE(dialog->findChild<QComboBox*>(QStringLiteral("dateOrderCombo"))->isHidden());
    EXPECT_TRUE(dialog->findChild<QWidget*>(QStringLiteral("chatCsvColumns"))->isHidden());
    auto* preview = dialog->findChild<QTableWidget*>(QStringLiteral("chatPreviewTable"));
    ASSERT_EQ(preview->rowCount(), 7);
    EXPECT_EQ(preview->item(0, 0)->text(), QStringLiteral("2024-03-12 09:05")); // Shanghai
    EXPECT_EQ(preview->item(0, 1)->text(), QStringLiteral("李老师"));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(w.page->findChild<ImportReportDialog*>() != nullptr, 20000);
    EXPECT_TRUE(messages.isEmpty()) << messages.value(0).text.toStdString();
    EXPECT_EQ(w.page->findChild<ImportReportDialog*>()->report().imported, 7);
    EXPECT_EQ(w.count(QStringLiteral("SELECT COUNT(*) FROM chat_groups WHERE platform = "
                                     "'wechat'")),
              1);
}

TEST_F(ChatFormatsImportPageTest, AGenericCsvWithoutKnownHeadersIsMappedInThePreview) {
    Workspace w;
    w.page->previewChatFile(chatFixture("chat-unmapped.csv"));
    auto* dialog = w.page->findChild<ChatImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->findChild<QWidget*>(QStringLiteral("chatCsvColumns"))->isHidden());
    auto* preview = dialog->findChild<QTableWidget*>(QStringLiteral("chatPreviewTable"));
    EXPECT_EQ(preview->rowCount(), 0);
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("chatProblemLabel"));
    EXPECT_FALSE(problem->text().isEmpty());
    dialog->accept(); // no columns yet: refused
    EXPECT_FALSE(w.page->isImporting());

    choose(dialog->findChild<QComboBox*>(QStringLiteral("csvTimeColumn")), 0);
    choose(dialog->findChild<QComboBox*>(QStringLiteral("csvAuthorColumn")), 1);
    choose(dialog->findChild<QComboBox*>(QStringLiteral("csvTextColumn")), 2);
    choose(dialog->findChild<QComboBox*>(QStringLiteral("csvAuthorIdColumn")), 3);
    // Read year first, "03.05.2024" is no date: no messages until the order is day first.
    EXPECT_EQ(preview->rowCount(), 0);
    choose(dialog->findChild<QComboBox*>(QStringLiteral("dateOrderCombo")), int(DateOrder::DMY));
    ASSERT_EQ(preview->rowCount(), 2);
    EXPECT_EQ(preview->item(1, 1)->text(), QStringLiteral("Ben"));
    EXPECT_EQ(preview->item(1, 2)->text(), QStringLiteral("hi"));
    const ChatImportOptions options = dialog->options();
    EXPECT_EQ(options.csvMapping.toSpec(), QStringLiteral("time=1,author=2,text=3,author_id=4"));

    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(w.page->findChild<ImportReportDialog*>() != nullptr, 20000);
    EXPECT_EQ(w.page->findChild<ImportReportDialog*>()->report().imported, 2);
    EXPECT_EQ(w.count(QStringLiteral("SELECT COUNT(*) FROM member_identities WHERE "
                                     "platform_uid = 'b2'")),
              1);
}

TEST_F(ChatFormatsImportPageTest, AChatWithAnInvalidRowIsOfferedWithoutIt) {
    Workspace w;
    answer = QMessageBox::Yes;
    w.page->previewChatFile(chatFixture("chat-bad-date.csv"));
    auto* dialog = w.page->findChild<ChatImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    dialog->accept();
    // Refused first (nothing stored), then asked about and imported without the invalid row.
    QTRY_VERIFY_WITH_TIMEOUT(w.page->findChild<ImportReportDialog*>() != nullptr, 20000);
    ASSERT_FALSE(messages.isEmpty());
    EXPECT_TRUE(messages.first().informativeText.contains(QStringLiteral("3")))
        << messages.first().informativeText.toStdString();
    EXPECT_EQ(w.page->findChild<ImportReportDialog*>()->report().imported, 2);
    EXPECT_EQ(w.count(QStringLiteral("SELECT COUNT(*) FROM messages")), 2);
}

TEST_F(ChatFormatsImportPageTest, ADiscordExportShowsItsFormatAndChannel) {
    Workspace w;
    w.page->previewChatFile(chatFixture("discord.json"));
    auto* dialog = w.page->findChild<ChatImportDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->findChild<QLabel*>(QStringLiteral("chatFormatLabel"))
                    ->text()
                    .contains(QStringLiteral("DiscordChatExporter JSON")));
    EXPECT_EQ(dialog->findChild<QComboBox*>(QStringLiteral("groupCombo"))->currentText(),
              QStringLiteral("Tea Lovers / general"));
    EXPECT_EQ(dialog->findChild<QTableWidget*>(QStringLiteral("chatPreviewTable"))->rowCount(), 3);
    EXPECT_TRUE(dialog->findChild<QWidget*>(QStringLiteral("sourceZonePicker"))->isHidden());
}
