// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "export/FileSave.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace qundesk;

namespace {

QByteArray contentOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

#ifdef Q_OS_UNIX
// Files may not grow beyond `bytes` while it lives: a write past it is cut short (EFBIG), as a
// full disk cuts it (ENOSPC).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    bool m_ok = false;
};
#endif

} // namespace

TEST(FileSaveTest, WritesAndCopiesWholeFiles) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    ASSERT_TRUE(filesave::writeAll(path, QByteArray(100000, 'x')).ok());
    EXPECT_EQ(contentOf(path).size(), 100000);
    const QString copy = dir.filePath(QStringLiteral("copy.xlsx"));
    ASSERT_TRUE(filesave::copyFrom(path, copy).ok());
    EXPECT_EQ(contentOf(copy), contentOf(path));
    const auto missing = filesave::copyFrom(dir.filePath(QStringLiteral("nope")), copy);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().file, copy);
}

#ifdef Q_OS_UNIX
// A write cut short (a full disk) fails the save and leaves the file that was there as it was;
// before, the copy of an .xlsx export committed the truncated file and reported success.
TEST(FileSaveTest, AShortWriteFailsAndKeepsTheFormerFile) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("members.xlsx"));
    const QString big = dir.filePath(QStringLiteral("big.bin"));
    ASSERT_TRUE(filesave::writeAll(path, QByteArray("former content")).ok());
    ASSERT_TRUE(filesave::writeAll(big, QByteArray(90000, 'y')).ok());
    Status copied;
    Status written;
    {
        FileSizeLimit limit(12288);
        ASSERT_TRUE(limit.ok());
        copied = filesave::copyFrom(big, path);
        written = filesave::writeAll(path, QByteArray(50000, 'z'));
    }
    ASSERT_FALSE(copied.ok());
    EXPECT_TRUE(copied.error().message.startsWith(QStringLiteral("Cannot write the file: ")))
        << copied.error().message.toStdString();
    EXPECT_NE(copied.error().message, QStringLiteral("Cannot write the file: Unknown error"));
    EXPECT_EQ(copied.error().file, path);
    EXPECT_FALSE(written.ok());
    EXPECT_EQ(contentOf(path), QByteArray("former content"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2) << "no temporary file is left";
}
#endif
