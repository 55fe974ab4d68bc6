// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace qundesk::test {

// Records every Qt message that its category lets through while alive (from any thread) instead
// of printing it, then puts the previous message handler back. One at a time.
class LogCapture {
public:
    struct Entry {
        QtMsgType type = QtDebugMsg;
        QString category;
        QString text;
    };

    LogCapture() {
        current() = this;
        m_previous = qInstallMessageHandler(&LogCapture::record);
    }
    ~LogCapture() {
        qInstallMessageHandler(m_previous);
        current() = nullptr;
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    QList<Entry> entries() const {
        const QMutexLocker lock(&m_mutex);
        return m_entries;
    }
    // The messages of `category` at `type`, in order.
    QStringList texts(const char* category, QtMsgType type) const {
        QStringList texts;
        for (const Entry& entry : entries())
            if (entry.type == type && entry.category == QLatin1String(category))
                texts.append(entry.text);
        return texts;
    }

private:
    static LogCapture*& current() {
        static LogCapture* instance = nullptr;
        return instance;
    }
    static void record(QtMsgType type, const QMessageLogContext& context, const QString& text) {
        LogCapture* self = current();
        if (!self)
            return;
        const QMutexLocker lock(&self->m_mutex);
        self->m_entries.append(
            {type, QString::fromLatin1(context.category ? context.category : ""), text});
    }

    mutable QMutex m_mutex;
    QList<Entry> m_entries;
    QtMessageHandler m_previous = nullptr;
};

} // namespace qundesk::test
