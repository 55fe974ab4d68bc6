// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "CliContext.h"

#include "db/Backup.h"
#include "db/Database.h"
#include "rules/TimeZoneChange.h"
#include "store/SettingsStore.h"

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

CliContext::~CliContext() {
    m_scratch.reset(); // closed before its folder goes
}

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

Result<Database*> CliContext::reportDatabase() {
    auto db = database(Open::ReadOnly);
    if (!db || !m_zoneOverride)
        return db;
    if (m_scratch)
        return m_scratch.get();
    if (SettingsStore(**db).timeZone().id() == m_zoneOverride->id())
        return db;
    const auto failed = [this](const Error& error) {
        return Error{tr("Cannot read the workspace in the time zone %1: %2")
                         .arg(QString::fromUtf8(m_zoneOverride->id()), error.message),
                     m_workspacePath, 0};
    };
    m_scratchDir = std::make_unique<QTemporaryDir>();
    if (!m_scratchDir->isValid())
        return failed(Error{m_scratchDir->errorString(), {}, 0});
    const QString copy = m_scratchDir->filePath(QStringLiteral("read-in-zone.qundesk"));
    if (auto status = Backup::backupWorkspace(**db, copy); !status)
        return failed(status.error());
    auto scratch = Database::open(copy);
    if (!scratch)
        return failed(scratch.error());
    if (auto status = changeTimeZone(**scratch, *m_zoneOverride); !status)
        return failed(status.error());
    m_scratch = std::move(scratch).value();
    return m_scratch.get();
}

void CliContext::closeDatabase() {
    m_scratch.reset();
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
