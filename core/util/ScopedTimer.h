// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QString>

namespace qundesk {

// Logs how long a scope took under lcPerf (qundesk.perf) when it ends: a debug line always
// (QT_LOGGING_RULES="qundesk.perf.debug=true" shows them), an info line when it took
// `slowMs` or more, so a user's log shows what made the window slow.
class ScopedTimer {
public:
    explicit ScopedTimer(QString what, qint64 slowMs = 100);
    ~ScopedTimer();
    ScopedTimer(const ScopedTimer&) = delete;
    ScopedTimer& operator=(const ScopedTimer&) = delete;

    qint64 elapsedMs() const { return m_timer.elapsed(); }

private:
    QString m_what;
    qint64 m_slowMs;
    QElapsedTimer m_timer;
};

} // namespace qundesk
