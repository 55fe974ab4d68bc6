// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

#include <memory>

namespace qundesk {

// A log file that rotates by size: `path` is the current file, path.1 the one before it, up to
// path.(keptFiles - 1); the oldest is deleted when a new one starts. Safe to share between
// threads: each line is written whole, in the order append() was called.
class LogFile {
public:
    static constexpr qint64 kDefaultMaxBytes = 1024 * 1024;
    static constexpr int kDefaultKeptFiles = 3; // the current file and two older ones

    explicit LogFile(QString path, qint64 maxBytes = kDefaultMaxBytes,
                     int keptFiles = kDefaultKeptFiles);
    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    // Appends `line` and a newline (UTF-8), flushed at once so a crash keeps it. Starts a new
    // file first when this line would take the current one past the size (a line longer than
    // the size gets a file of its own). False when the file cannot be written.
    bool append(const QString& line);

    QString path() const { return m_path; }
    // The older file number `n` (1 = the newest of them).
    QString rotatedPath(int n) const;

    // Where the window logs: <AppDataLocation>/logs/qundesk.log.
    static QString defaultFolder();
    static QString defaultPath();

private:
    bool openLocked();
    void rotateLocked();

    const QString m_path;
    const qint64 m_maxBytes;
    const int m_keptFiles;
    QMutex m_mutex;
    QFile m_file;
    qint64 m_size = 0;
};

// While alive, every Qt message that QT_LOGGING_RULES lets through is also appended to `file`
// as "time level category: text", then handed to the handler that was there before (stderr).
// One at a time; the destructor puts the previous handler back.
class LogFileHandler {
public:
    explicit LogFileHandler(std::shared_ptr<LogFile> file);
    ~LogFileHandler();
    LogFileHandler(const LogFileHandler&) = delete;
    LogFileHandler& operator=(const LogFileHandler&) = delete;
};

} // namespace qundesk
