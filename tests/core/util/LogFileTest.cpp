// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/LogFile.h"

#include "LogCapture.h"
#include "util/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <thread>

using namespace qundesk;

namespace {

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList lines(const QString& path) {
    QStringList result = QString::fromUtf8(contents(path)).split(u'\n');
    if (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

// Nine characters and a newline: ten bytes a line.
QString tenByteLine(int n) {
    return QStringLiteral("line-%1").arg(n, 4, 10, QLatin1Char('0'));
}

class LogFileTest : public ::testing::Test {
protected:
    QString logPath() const { return m_dir.filePath(QStringLiteral("logs/qundesk.log")); }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(LogFileTest, WritesEachLineAndCreatesTheFolder) {
    LogFile log(logPath());
    ASSERT_TRUE(log.append(QStringLiteral("first")));
    ASSERT_TRUE(log.append(QStringLiteral("second 第二")));
    EXPECT_EQ(contents(logPath()), QByteArray("first\nsecond 第二\n"));
    EXPECT_FALSE(QFileInfo::exists(log.rotatedPath(1)));
}

TEST_F(LogFileTest, ContinuesAnExistingFile) {
    LogFile(logPath()).append(QStringLiteral("before"));
    LogFile(logPath()).append(QStringLiteral("after"));
    EXPECT_EQ(lines(logPath()), (QStringList{QStringLiteral("before"), QStringLiteral("after")}));
}

TEST_F(LogFileTest, StartsANewFileBeforePassingTheSize) {
    LogFile log(logPath(), 100, 3);
    for (int n = 0; n < 10; ++n)
        ASSERT_TRUE(log.append(tenByteLine(n)));
    EXPECT_EQ(QFileInfo(logPath()).size(), 100) << "exactly at the size: no rotation yet";
    EXPECT_FALSE(QFileInfo::exists(log.rotatedPath(1)));

    ASSERT_TRUE(log.append(tenByteLine(10)));
    EXPECT_EQ(lines(logPath()), QStringList{tenByteLine(10)});
    EXPECT_EQ(QFileInfo(log.rotatedPath(1)).size(), 100);
    EXPECT_EQ(lines(log.rotatedPath(1)).constFirst(), tenByteLine(0));
}

TEST_F(LogFileTest, KeepsTheNewestFilesOnly) {
    LogFile log(logPath(), 100, 3);
    for (int n = 0; n < 55; ++n) // files of lines 0-9, 10-19, …, 50-54
        ASSERT_TRUE(log.append(tenByteLine(n)));
    EXPECT_EQ(lines(logPath()).constFirst(), tenByteLine(50));
    EXPECT_EQ(lines(log.rotatedPath(1)).constFirst(), tenByteLine(40));
    EXPECT_EQ(lines(log.rotatedPath(2)).constFirst(), tenByteLine(30));
    EXPECT_FALSE(QFileInfo::exists(log.rotatedPath(3)));
    EXPECT_EQ(QDir(QFileInfo(logPath()).path()).entryList(QDir::Files).size(), 3);
}

TEST_F(LogFileTest, OneKeptFileStartsAfreshAtTheSize) {
    LogFile log(logPath(), 100, 1);
    for (int n = 0; n < 25; ++n)
        ASSERT_TRUE(log.append(tenByteLine(n)));
    EXPECT_EQ(lines(logPath()).constFirst(), tenByteLine(20));
    EXPECT_EQ(QDir(QFileInfo(logPath()).path()).entryList(QDir::Files).size(), 1);
}

TEST_F(LogFileTest, ALineLongerThanTheSizeGetsAFileOfItsOwn) {
    LogFile log(logPath(), 100, 3);
    log.append(QStringLiteral("short"));
    const QString longLine(150, u'x');
    log.append(longLine);
    EXPECT_EQ(lines(logPath()), QStringList{longLine});
    EXPECT_EQ(lines(log.rotatedPath(1)), QStringList{QStringLiteral("short")});
    log.append(QStringLiteral("next"));
    EXPECT_EQ(lines(logPath()), QStringList{QStringLiteral("next")});
}

TEST_F(LogFileTest, TwoThreadsWritingAtOnceLoseAndTearNoLine) {
    constexpr int kLines = 5000;
    LogFile log(logPath(), 4096, 200); // room for every line, with dozens of rotations
    const auto writer = [&log](char name) {
        for (int n = 0; n < kLines; ++n)
            log.append(QStringLiteral("thread %1 line %2 end")
                           .arg(QString(QChar::fromLatin1(name)), QString::number(n)));
    };
    std::thread a(writer, 'a');
    std::thread b(writer, 'b');
    a.join();
    b.join();

    // Oldest file first: path.N … path.1, then path.
    QStringList all;
    int files = 0;
    for (int n = 199; n >= 1; --n) {
        if (!QFileInfo::exists(log.rotatedPath(n)))
            continue;
        ++files;
        EXPECT_LE(QFileInfo(log.rotatedPath(n)).size(), 4096);
        all += lines(log.rotatedPath(n));
    }
    all += lines(logPath());
    EXPECT_GT(files, 20);
    ASSERT_EQ(all.size(), 2 * kLines);
    const QRegularExpression shape(QStringLiteral("^thread ([ab]) line (\\d+) end$"));
    QHash<QString, int> next{{QStringLiteral("a"), 0}, {QStringLiteral("b"), 0}};
    for (const QString& line : all) {
        const QRegularExpressionMatch match = shape.match(line);
        ASSERT_TRUE(match.hasMatch()) << line.toStdString();
        EXPECT_EQ(match.captured(2).toInt(), next[match.captured(1)]++) << "in order per thread";
    }
}

TEST_F(LogFileTest, TheHandlerWritesWhatTheRulesLetThroughAndPassesItOn) {
    auto log = std::make_shared<LogFile>(logPath());
    test::LogCapture before; // stands for the handler that was there (stderr)
    {
        const LogFileHandler handler(log);
        qCWarning(lcDb) << "cannot open" << 42;
        qCDebug(lcImport) << "off by default";
        QLoggingCategory::setFilterRules(QStringLiteral("qundesk.import.debug=true"));
        qCDebug(lcImport) << "turned up";
        QLoggingCategory::setFilterRules(QString());
    }
    qCWarning(lcUi) << "after the handler is gone";

    const QStringList written = lines(logPath());
    ASSERT_EQ(written.size(), 2) << contents(logPath()).toStdString();
    const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (\\w+) ([\\w.]+): (.*)$"));
    const QRegularExpressionMatch first = shape.match(written.at(0));
    ASSERT_TRUE(first.hasMatch()) << written.at(0).toStdString();
    EXPECT_EQ(first.captured(1), QStringLiteral("warning"));
    EXPECT_EQ(first.captured(2), QStringLiteral("qundesk.db"));
    EXPECT_EQ(first.captured(3), QStringLiteral("cannot open 42"));
    EXPECT_TRUE(written.at(1).endsWith(QStringLiteral(" debug qundesk.import: turned up")));

    EXPECT_EQ(before.texts("qundesk.db", QtWarningMsg),
              QStringList{QStringLiteral("cannot open 42")});
    EXPECT_EQ(before.texts("qundesk.ui", QtWarningMsg),
              QStringList{QStringLiteral("after the handler is gone")});
}

TEST_F(LogFileTest, TheDefaultFileLiesInTheApplicationDataFolder) {
    EXPECT_EQ(LogFile::defaultPath(),
              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                  QStringLiteral("/logs/qundesk.log"));
    EXPECT_TRUE(LogFile::defaultPath().contains(QStringLiteral(".qttest"))) << "test mode";
}
