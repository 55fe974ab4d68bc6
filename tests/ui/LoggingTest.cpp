// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
// What the window logs: errors it shows, with where they were shown, and the Help menu's way to
// the log folder.
#include "LogCapture.h"
#include "TempWorkspace.h"
#include "UiFixture.h"
#include "dialogs/MessageBoxes.h"
#include "shell/LanguageManager.h"
#include "shell/MainMenus.h"
#include "shell/MainWindow.h"
#include "shell/WorkspaceActions.h"
#include "util/LogFile.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QUrl>

using namespace qundesk;

namespace {

// Stands in for the desktop's file manager: records the URLs QDesktopServices is asked to open.
class UrlRecorder : public QObject {
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.append(url); }
};

class LoggingTest : public test::UiFixture {
protected:
    void SetUp() override {
        UiFixture::SetUp();
        language.apply(QStringLiteral("en"));
    }

    LanguageManager language;
};

} // namespace

TEST_F(LoggingTest, AnErrorShownToTheUserIsLoggedWithWhereAndWhat) {
    QDialog dialog;
    dialog.setObjectName(QStringLiteral("memberDetailDialog"));
    QWidget field(&dialog);
    const test::LogCapture log;
    MessageBoxes::error(&field, QStringLiteral("Cannot save"),
                        QStringLiteral("The workspace 王%1.qundesk is read-only."),
                        QStringLiteral("attempt to write a readonly database"));

    ASSERT_EQ(messages.size(), 1) << "shown as well as logged";
    const QStringList warnings = log.texts("qundesk.ui", QtWarningMsg);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.first(),
              QStringLiteral("Error shown in QDialog \"memberDetailDialog\": "
                             "Cannot save | The workspace 王%1.qundesk is "
                             "read-only. | attempt to write a readonly database"));
}

TEST_F(LoggingTest, QuestionsAndInformationStayOutOfTheLogByDefault) {
    const test::LogCapture log;
    MessageBoxes::information(nullptr, QStringLiteral("Done"), QStringLiteral("42 members"));
    MessageBoxes::ask(nullptr, QStringLiteral("Delete?"), QStringLiteral("Delete Ann?"));
    EXPECT_EQ(messages.size(), 2);
    EXPECT_TRUE(log.entries().isEmpty());
}

TEST_F(LoggingTest, TheWindowsOpenErrorReachesTheLogFile) {
    test::TempWorkspace ws;
    const QString bogus = ws.writeFile(QStringLiteral("notes.qundesk"), "not a database\n");
    auto file = std::make_shared<LogFile>(ws.filePath(QStringLiteral("logs/qundesk.log")));
    {
        const test::LogCapture quiet; // keeps stderr clean; the file handler passes on to it
        const LogFileHandler handler(file);
        MainWindow window(language);
        EXPECT_FALSE(window.actions().open(bogus));
    }
    QFile written(file->path());
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral(" warning qundesk.ui: Error shown in "
                                             "qundesk::MainWindow \"mainWindow\": ")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("notes.qundesk"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Open another workspace?"))) << "with the reason";
}

TEST_F(LoggingTest, HelpMenuOpensTheLogFolder) {
    MainWindow window(language);
    auto* action = window.findChild<QAction*>(QStringLiteral("openLogFolderAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_TRUE(window.menus().helpMenu->actions().contains(action));
    EXPECT_EQ(action->text(), QStringLiteral("Open &log folder"));

    UrlRecorder fileManager;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &fileManager, "open");
    action->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));

    ASSERT_EQ(fileManager.urls.size(), 1);
    EXPECT_EQ(fileManager.urls.first(), QUrl::fromLocalFile(LogFile::defaultFolder()));
    EXPECT_TRUE(QFileInfo(LogFile::defaultFolder()).isDir()) << "made when missing";
    EXPECT_TRUE(messages.isEmpty());
}

#include "LoggingTest.moc"
