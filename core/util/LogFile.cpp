// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace qundesk {

LogFile::LogFile(QString path, qint64 maxBytes, int keptFiles)
    : m_path(std::move(path))
    , m_maxBytes(std::max<qint64>(maxBytes, 1))
    , m_keptFiles(std::max(keptFiles, 1)) {}

QString LogFile::rotatedPath(int n) const {
    return m_path + u'.' + QString::number(n);
}

QString LogFile::defaultFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("logs"));
}

QString LogFile::defaultPath() {
    return QDir(defaultFolder()).filePath(QStringLiteral("qundesk.log"));
}

bool LogFile::append(const QString& line) {
    const QByteArray bytes = line.toUtf8() + '\n';
    const QMutexLocker lock(&m_mutex);
    if (!m_file.isOpen() && !openLocked())
        return false;
    if (m_size > 0 && m_size + bytes.size() > m_maxBytes) {
        rotateLocked();
        if (!openLocked())
            return false;
    }
    const qint64 written = m_file.write(bytes);
    m_file.flush();
    if (written > 0)
        m_size += written;
    return written == bytes.size();
}

bool LogFile::openLocked() {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    m_size = m_file.size();
    return true;
}

// path.(kept-1) is dropped, each older file moves one number up, the current one becomes path.1.
void LogFile::rotateLocked() {
    m_file.close();
    if (m_keptFiles == 1) {
        QFile::remove(m_path);
        return;
    }
    QFile::remove(rotatedPath(m_keptFiles - 1));
    for (int n = m_keptFiles - 2; n >= 1; --n)
        QFile::rename(rotatedPath(n), rotatedPath(n + 1));
    QFile::rename(m_path, rotatedPath(1));
}

namespace {

struct HandlerState {
    QMutex mutex;
    std::shared_ptr<LogFile> file;
    QtMessageHandler previous = nullptr;
};

HandlerState& handlerState() {
    static HandlerState state;
    return state;
}

QLatin1String levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return QLatin1String("debug");
    case QtInfoMsg:
        return QLatin1String("info");
    case QtWarningMsg:
        return QLatin1String("warning");
    case QtCriticalMsg:
        return QLatin1String("critical");
    case QtFatalMsg:
        return QLatin1String("fatal");
    }
    return QLatin1String("?");
}

void writeMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    std::shared_ptr<LogFile> file;
    QtMessageHandler previous = nullptr;
    {
        HandlerState& state = handlerState();
        const QMutexLocker lock(&state.mutex);
        file = state.file;
        previous = state.previous;
    }
    // A warning raised while writing the log (QFile's own) must not come back here.
    thread_local bool writing = false;
    if (file && !writing) {
        writing = true;
        const QString category = QString::fromLatin1(context.category ? context.category : "");
        file->append(QStringLiteral("%1 %2 %3: %4")
                         .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                              levelName(type), category, message));
        writing = false;
    }
    if (previous)
        previous(type, context, message);
}

} // namespace

LogFileHandler::LogFileHandler(std::shared_ptr<LogFile> file) {
    HandlerState& state = handlerState();
    const QMutexLocker lock(&state.mutex);
    Q_ASSERT(!state.file);
    state.file = std::move(file);
    state.previous = qInstallMessageHandler(writeMessage);
}

LogFileHandler::~LogFileHandler() {
    HandlerState& state = handlerState();
    const QMutexLocker lock(&state.mutex);
    qInstallMessageHandler(state.previous);
    state.file.reset();
    state.previous = nullptr;
}

} // namespace qundesk
