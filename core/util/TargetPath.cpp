// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/TargetPath.h"

#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

namespace qundesk {

namespace {

enum class Kind { Missing, Regular, Folder, Special };

struct Identity {
    Kind kind = Kind::Missing;
    quint64 device = 0;
    quint64 inode = 0;
};

// stat() follows symbolic links: the kind and identity of what a path finally names.
Identity identify(const QString& path) {
    Identity id;
#ifdef Q_OS_WIN
    const QFileInfo info(path);
    if (!info.exists())
        return id;
    id.kind = info.isDir() ? Kind::Folder : info.isFile() ? Kind::Regular : Kind::Special;
    return id; // no inode: sameFile() compares canonical paths
#else
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return id;
    id.device = quint64(st.st_dev);
    id.inode = quint64(st.st_ino);
    if (S_ISREG(st.st_mode))
        id.kind = Kind::Regular;
    else if (S_ISDIR(st.st_mode))
        id.kind = Kind::Folder;
    else
        id.kind = Kind::Special;
    return id;
#endif
}

// The absolute path with every symbolic link resolved, also for a file that does not exist
// yet (its folder resolved, its name kept). Empty when the folder does not exist.
QString resolved(const QString& path) {
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return {};
    return QDir(folder).filePath(info.fileName());
}

Error notAFile(Kind kind, const QString& path) {
    if (kind == Kind::Folder)
        return Error{TargetPath::tr("This is a folder, not a file."), path, 0};
    return Error{TargetPath::tr("This is a device, a pipe or a socket, not a regular file."), path,
                 0};
}

} // namespace

QStringList TargetPath::workspaceFiles(const QString& workspace) {
    if (workspace.isEmpty())
        return {};
    QStringList files;
    for (const QString& base : {QFileInfo(workspace).absoluteFilePath(), resolved(workspace)}) {
        if (base.isEmpty() || files.contains(base))
            continue;
        files << base << base + QStringLiteral("-wal") << base + QStringLiteral("-shm")
              << base + QStringLiteral("-journal") << base + QStringLiteral(".lock");
    }
    return files;
}

bool TargetPath::sameFile(const QString& a, const QString& b) {
    const Identity x = identify(a);
    const Identity y = identify(b);
    if (x.kind == Kind::Missing || y.kind == Kind::Missing)
        return false;
    if (x.inode != 0 && x.device == y.device && x.inode == y.inode)
        return true;
    return resolved(a) == resolved(b);
}

Result<QString> TargetPath::forWriting(const QString& target, const QString& workspace,
                                       Existing existing) {
    if (target.isEmpty())
        return Error{tr("No file name was given."), {}, 0};
    if (target == QLatin1String("-"))
        return Error{tr("“-” (standard output) is not supported here; give a file name."), target,
                     0};
    const QFileInfo info(target);
    if (info.isSymLink() && !info.exists())
        return Error{tr("This is a link to a file that does not exist; give the file's own name."),
                     target, 0};
    const QString path = resolved(target);
    if (path.isEmpty())
        return Error{
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())),
            target, 0};
    const Identity id = identify(path);
    if (id.kind == Kind::Folder || id.kind == Kind::Special)
        return notAFile(id.kind, target);

    const QStringList own = workspaceFiles(workspace);
    for (const QString& file : own) {
        if (path != file && path != resolved(file) && !sameFile(path, file))
            continue;
        const bool itself = path == resolved(workspace) || sameFile(path, workspace);
        return Error{itself ? tr("This is the open workspace; choose another file so it is not "
                                 "overwritten.")
                            : tr("This file belongs to the open workspace (its journal or lock "
                                 "file); choose another file."),
                     target, 0};
    }
    if (id.kind == Kind::Regular) {
        if (existing == Existing::Refuse)
            return Error{tr("The file already exists; choose a new name so nothing is "
                            "overwritten."),
                         target, 0};
        const QFileInfo file(path);
        if (!file.isWritable() || !file.permissions().testFlag(QFile::WriteOwner))
            return Error{tr("The file is read-only; it was left unchanged."), target, 0};
    }
    return path;
}

Status TargetPath::forReading(const QString& source) {
    if (source.isEmpty())
        return Error{tr("No file name was given."), {}, 0};
    if (source == QLatin1String("-"))
        return Error{tr("“-” (standard input) is not supported here; give a file name."), source,
                     0};
    const Identity id = identify(source);
    if (id.kind == Kind::Missing)
        return Error{QFileInfo(source).isSymLink()
                         ? tr("This is a link to a file that does not exist.")
                         : tr("The file does not exist."),
                     source, 0};
    if (id.kind != Kind::Regular)
        return notAFile(id.kind, source);
    if (!QFileInfo(source).isReadable())
        return Error{tr("The file cannot be read (no permission)."), source, 0};
    return {};
}

} // namespace qundesk
