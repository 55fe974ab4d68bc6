// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "Version.h"
#include "pages/PageCatalog.h"
#include "shell/JobRunner.h"
#include "shell/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/Theme.h"
#include "shell/WorkspaceActions.h"
#include "shell/WorkspaceController.h"
#include "util/LogCategories.h"
#include "util/LogFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QSysInfo>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace qundesk;

namespace {

// Renders the window to `file` once the event loop has laid it out and the jobs that bring
// its data (the day's refresh, the group health) have ended, then quits (README screenshots).
// Exits 1 when the image cannot be written.
void scheduleScreenshot(MainWindow& window, const QString& file) {
    QTimer::singleShot(600, &window, [&window, file] {
        window.workspace().jobs().waitForIdle();
        QTimer::singleShot(100, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "qundesk: cannot write %s\n", qPrintable(file));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
}

} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(kOrganizationDomain));
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QGuiApplication::setApplicationDisplayName(QString::fromLatin1(kApplicationName));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.qundesk.QunDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/qundesk.svg")));

    // Messages also go to <AppDataLocation>/logs/qundesk.log (Help ▸ Open log folder), as
    // QT_LOGGING_RULES lets them through.
    const LogFileHandler logFile(std::make_shared<LogFile>(LogFile::defaultPath()));
    qCInfo(lcUi, "QunDesk %s starting (Qt %s, %s)", kVersion, qVersion(),
           qPrintable(QSysInfo::prettyProductName()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop workbench for chat-group operators"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("main", "Open the workspace at PATH."),
        QStringLiteral("PATH"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo workspace (created when missing)."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Interface language: en, zh_CN or zh_TW."),
        QStringLiteral("LANG"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QCoreApplication::translate("main", "Start on a page: today, groups, members, calendar, "
                                            "sop, analytics or import."),
        QStringLiteral("NAME"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save the window to a PNG FILE and quit."),
        QStringLiteral("FILE"));
    parser.addOptions({dbOption, demoOption, langOption, pageOption, screenshotOption});
    parser.process(app);

    applyTheme(app);
    LanguageManager language;
    const QString chosen =
        parser.isSet(langOption) ? parser.value(langOption) : LanguageManager::storedChoice();
    language.apply(chosen);

    MainWindow window(language);
    const bool screenshot = parser.isSet(screenshotOption);
    if (screenshot)
        window.resize(1280, 800);
    else
        window.restoreLayout();
    if (parser.isSet(pageOption)) {
        const auto page = PageCatalog::fromKey(parser.value(pageOption));
        if (!page) {
            std::fprintf(stderr, "qundesk: unknown page %s\n",
                         qPrintable(parser.value(pageOption)));
            return 2;
        }
        window.setCurrentPage(*page);
    }
    window.show();

    // Workspaces open once the window is visible, so an error message has a parent to sit on.
    if (parser.isSet(dbOption))
        window.actions().open(parser.value(dbOption));
    else if (parser.isSet(demoOption))
        window.actions().openDemo();
    else
        window.actions().openInitial();

    // Once the event loop runs, the window with its first page is on screen.
    QTimer::singleShot(0, &window, [&sinceStart] {
        qCInfo(lcPerf, "window ready %lld ms after start", sinceStart.elapsed());
    });
    if (screenshot)
        scheduleScreenshot(window, parser.value(screenshotOption));
    return QApplication::exec();
}
