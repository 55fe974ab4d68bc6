// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "db/WorkspaceCondition.h"

#include "db/WorkspaceBusy.h"

#include <QCoreApplication>
#include <QSqlError>

namespace qundesk::workspacecondition {

namespace {
// SQLite's primary result codes (sqlite3.h); extended codes keep them in the low byte.
enum SqliteCode {
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoError = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kNotADatabase = 26,
};

QString wordsFor(int primary) {
    switch (primary) {
    case kReadOnly:
        return QCoreApplication::translate(
            "Workspace", "the workspace is read-only: QunDesk cannot write to the file or to its "
                         "folder");
    case kFull:
        return QCoreApplication::translate(
            "Workspace", "the disk is full; free some space and try again (nothing was changed)");
    case kCorrupt:
    case kNotADatabase:
        return QCoreApplication::translate(
            "Workspace", "the workspace is damaged; run a check (qundesk-cli check) and restore "
                         "the latest backup");
    case kIoError:
    case kCantOpen:
        return QCoreApplication::translate(
            "Workspace", "the workspace cannot be read or written (a disk or file system error)");
    default:
        return {};
    }
}
} // namespace

std::optional<Error> classify(int sqliteCode, const QString& workspacePath) {
    const int primary = sqliteCode & 0xff;
    const QString path = workspacePath == QLatin1String(":memory:") ? QString() : workspacePath;
    if (primary == kBusy || primary == kLocked)
        return busy::busyError(path);
    const QString words = wordsFor(primary);
    if (words.isEmpty())
        return std::nullopt;
    Error worded{words, path, 0};
    worded.aboutWorkspace = true;
    return worded;
}

std::optional<Error> classify(const QSqlError& error, const QString& workspacePath) {
    if (error.type() == QSqlError::NoError)
        return std::nullopt;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return std::nullopt;
    return classify(code, workspacePath);
}

Error at(const Error& error, const QString& file, qint64 line) {
    if (error.aboutWorkspace)
        return error;
    return Error{error.message, file, line};
}

} // namespace qundesk::workspacecondition
