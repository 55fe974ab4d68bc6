// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "export/FileSave.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace qundesk::filesave {

namespace {

Error cannotWrite(const QString& path, const QString& why) {
    return Error{QCoreApplication::translate("FileSave", "Cannot write the file: %1").arg(why),
                 path, 0};
}

// Writes all of `data`; false (with the device's error) when the system refuses the rest.
bool writeFully(QSaveFile& out, const char* data, qint64 size) {
    while (size > 0) {
        const qint64 n = out.write(data, size);
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

// flush() first: QSaveFile::commit() misses a failure of the last buffered write.
Status finish(QSaveFile& out, bool written, const QString& path) {
    if (written && out.flush() && out.commit())
        return {};
    const QString why = out.errorString();
    out.cancelWriting();
    return cannotWrite(path, why);
}

} // namespace

Status writeAll(const QString& path, const QByteArray& bytes) {
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite(path, out.errorString());
    return finish(out, writeFully(out, bytes.constData(), bytes.size()), path);
}

Status copyFrom(const QString& source, const QString& path) {
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return cannotWrite(path, in.errorString());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return cannotWrite(path, out.errorString());
    bool written = true;
    while (written && !in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty()) {
            out.cancelWriting();
            return cannotWrite(path, in.errorString());
        }
        written = writeFully(out, chunk.constData(), chunk.size());
    }
    return finish(out, written, path);
}

} // namespace qundesk::filesave
