// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/TargetPath.h"

#include "TempWorkspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sys/stat.h>

using namespace qundesk;

namespace {

QString touch(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes = "x") {
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST(TargetPath, NewNameInAnExistingFolderIsWritable) {
    QTemporaryDir dir;
    auto target = TargetPath::forWriting(dir.filePath(QStringLiteral("new.csv")), {});
    ASSERT_TRUE(target.ok()) << target.error().toString().toStdString();
    EXPECT_EQ(*target,
              QDir(QFileInfo(dir.path()).canonicalFilePath()).filePath(QStringLiteral("new.csv")));
}

TEST(TargetPath, MissingFolderIsNamedAndNotCreated) {
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("no/such/folder/m.csv"));
    auto result = TargetPath::forWriting(target, {});
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("folder")));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
}

TEST(TargetPath, TheWorkspaceAndItsFilesAreRefusedByAnyName) {
    test::TempWorkspace ws;
    const QString workspace = ws.path();
    QTemporaryDir other;
    const QString link = other.filePath(QStringLiteral("link.csv"));
    ASSERT_TRUE(QFile::link(workspace, link));
    const QString hard = ws.filePath(QStringLiteral("hard.csv"));
    ASSERT_EQ(::link(QFile::encodeName(workspace).constData(), QFile::encodeName(hard).constData()),
              0);
    const QString dotted = ws.dir() + QStringLiteral("/./workspace.qundesk");
    for (const QString& target : {workspace, link, hard, dotted}) {
        auto result = TargetPath::forWriting(target, workspace);
        ASSERT_FALSE(result.ok()) << target.toStdString();
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("open workspace")))
            << result.error().message.toStdString();
    }
    for (const char* suffix : {"-wal", "-shm", "-journal", ".lock"}) {
        auto result = TargetPath::forWriting(workspace + QLatin1String(suffix), workspace);
        EXPECT_FALSE(result.ok()) << suffix;
    }
    // A workspace opened through a link: its real file is protected too.
    EXPECT_FALSE(TargetPath::forWriting(workspace, link).ok());
}

TEST(TargetPath, FoldersDevicesAndPipesAreRefused) {
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString linkToFifo = dir.filePath(QStringLiteral("via-link.csv"));
    ASSERT_TRUE(QFile::link(fifo, linkToFifo));
    const QString linkToNull = dir.filePath(QStringLiteral("null.csv"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/null"), linkToNull));
    for (const QString& target : {fifo, linkToFifo, linkToNull, QStringLiteral("/dev/null")}) {
        auto result = TargetPath::forWriting(target, {});
        ASSERT_FALSE(result.ok()) << target.toStdString();
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("not a regular file")));
        EXPECT_EQ(result.error().file, target);
    }
    auto folder = TargetPath::forWriting(dir.path(), {});
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().message.contains(QStringLiteral("folder")));
    EXPECT_FALSE(TargetPath::forWriting(QStringLiteral("-"), {}).ok());
    const QString dangling = dir.filePath(QStringLiteral("dangling.csv"));
    ASSERT_TRUE(QFile::link(dir.filePath(QStringLiteral("gone/x.csv")), dangling));
    EXPECT_FALSE(TargetPath::forWriting(dangling, {}).ok());
}

TEST(TargetPath, LinkToARegularFileResolvesToThatFile) {
    QTemporaryDir dir;
    const QString real = touch(dir, QStringLiteral("real.csv"));
    const QString link = dir.filePath(QStringLiteral("link.csv"));
    ASSERT_TRUE(QFile::link(real, link));
    auto target = TargetPath::forWriting(link, {});
    ASSERT_TRUE(target.ok());
    EXPECT_EQ(*target, QFileInfo(real).canonicalFilePath());
}

TEST(TargetPath, ReadOnlyAndExistingFilesAreRefusedWhenAsked) {
    QTemporaryDir dir;
    const QString readOnly = touch(dir, QStringLiteral("ro.xlsx"));
    ASSERT_TRUE(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ReadGroup));
    auto result = TargetPath::forWriting(readOnly, {});
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("read-only")));

    const QString existing = touch(dir, QStringLiteral("b.qundesk"));
    EXPECT_TRUE(TargetPath::forWriting(existing, {}).ok());
    auto refused = TargetPath::forWriting(existing, {}, TargetPath::Existing::Refuse);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("already exists")));
}

TEST(TargetPath, ReadingNamesWhatTheSourceIs) {
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Status missing = TargetPath::forReading(dir.filePath(QStringLiteral("none.csv")));
    const Status folder = TargetPath::forReading(dir.path());
    const Status pipe = TargetPath::forReading(fifo);
    const Status dash = TargetPath::forReading(QStringLiteral("-"));
    ASSERT_FALSE(missing.ok());
    ASSERT_FALSE(folder.ok());
    ASSERT_FALSE(pipe.ok());
    ASSERT_FALSE(dash.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("does not exist")));
    EXPECT_TRUE(folder.error().message.contains(QStringLiteral("folder")));
    EXPECT_TRUE(pipe.error().message.contains(QStringLiteral("pipe")));
    EXPECT_TRUE(dash.error().message.contains(QStringLiteral("standard input")));
    EXPECT_TRUE(TargetPath::forReading(touch(dir, QStringLiteral("ok.csv"))).ok());
}
