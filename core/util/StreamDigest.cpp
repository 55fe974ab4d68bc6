// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/StreamDigest.h"

namespace qundesk {

StreamDigest::StreamDigest()
    : m_thread([this] { hashQueued(); }) {}

StreamDigest::~StreamDigest() {
    (void)result();
}

void StreamDigest::addData(const QByteArray& bytes) {
    if (bytes.isEmpty())
        return;
    std::unique_lock lock(m_mutex);
    Q_ASSERT(!m_finished);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxQueued; });
    m_queue.push_back(bytes);
    m_changed.notify_all();
}

QByteArray StreamDigest::result() {
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
        m_result = m_hash.result();
    }
    return m_result;
}

void StreamDigest::hashQueued() {
    for (;;) {
        QByteArray chunk;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
            if (m_queue.empty())
                return; // finished, and everything hashed
            chunk = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_changed.notify_all(); // room for the reader
        m_hash.addData(chunk);
    }
}

} // namespace qundesk
