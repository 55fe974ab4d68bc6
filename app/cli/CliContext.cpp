// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliContext.h"

#include "db/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace qundesk::cli {

namespace {
void writeTo(std::FILE* stream, const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void writeOut(const QString& text) {
    writeTo(stdout, text);
}

void writeErr(const QString& text) {
    writeTo(stderr, text);
}

CliContext::CliContext(const QString& workspacePath, bool json)
    : m_workspacePath(workspacePath.isEmpty() ? QString()
                                              : QFileInfo(workspacePath).absoluteFilePath())
    , m_json(json) {}

CliContext::~CliContext() = default;

Result<Database*> CliContext::database(Open mode) {
    if (m_db)
        return m_db.get();
    const QFileInfo info(m_workspacePath);
    if (mode != Open::CreateIfMissing && !info.exists() && !info.isSymLink())
        return Error{tr("There is no workspace here yet; create one with “qundesk-cli demo” or by "
                        "starting QunDesk."),
                     m_workspacePath, 0};
    if (mode == Open::CreateIfMissing && !info.exists() && !QFileInfo(info.absolutePath()).isDir())
        return Error{tr("The folder %1 does not exist; create it first or correct --db.")
                         .arg(QDir::toNativeSeparators(info.absolutePath())),
                     m_workspacePath, 0};
    if (info.exists() && !info.isFile())
        return Error{info.isDir() ? tr("This is a folder, not a QunDesk workspace file.")
                                  : tr("This is a device, a pipe or a socket, not a QunDesk "
                                       "workspace file."),
                     m_workspacePath, 0};
    const Database::Access access = mode == Open::ReadOnly  ? Database::Access::ReadOnly
                                    : mode == Open::Inspect ? Database::Access::Inspect
                                                            : Database::Access::ReadWrite;
    auto db = Database::open(m_workspacePath, access);
    if (!db)
        return db.error();
    m_db = std::move(db).value();
    return m_db.get();
}

void CliContext::closeDatabase() {
    m_db.reset();
}

void CliContext::print(const QJsonObject& json, const QString& text) {
    m_printed = true;
    if (m_json) {
        writeOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) +
                 QLatin1Char('\n'));
        return;
    }
    writeOut(text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

Error CliContext::usage(const Error& error) {
    m_usage = true;
    return error;
}

int CliContext::fail(const Error& error, int exitCode) {
    // Scripts read one line per failure: multi-line messages (integrity problems) are joined.
    QString line = error.toString();
    line.replace(QLatin1String("\r\n"), QLatin1String("; "))
        .replace(QLatin1Char('\n'), QLatin1String("; "));
    writeErr(QStringLiteral("qundesk-cli: ") + line + QLatin1Char('\n'));
    if (m_json && !m_printed) {
        QJsonObject detail{{QStringLiteral("message"), error.message}};
        if (!error.file.isEmpty())
            detail.insert(QStringLiteral("file"), error.file);
        if (error.line > 0)
            detail.insert(QStringLiteral("line"), error.line);
        print({{QStringLiteral("ok"), false}, {QStringLiteral("error"), detail}}, {});
    }
    return exitCode;
}

} // namespace qundesk::cli
