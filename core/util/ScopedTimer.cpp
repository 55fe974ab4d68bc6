// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/ScopedTimer.h"

#include "util/LogCategories.h"

namespace qundesk {

ScopedTimer::ScopedTimer(QString what, qint64 slowMs)
    : m_what(std::move(what))
    , m_slowMs(slowMs) {
    m_timer.start();
}

ScopedTimer::~ScopedTimer() {
    const qint64 ms = m_timer.elapsed();
    if (ms >= m_slowMs)
        qCInfo(lcPerf).noquote() << m_what << "took" << ms << "ms";
    else
        qCDebug(lcPerf).noquote() << m_what << "took" << ms << "ms";
}

} // namespace qundesk
