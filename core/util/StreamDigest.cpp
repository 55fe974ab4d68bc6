// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/StreamDigest.h"

namespace qundesk {

StreamDigest::StreamDigest()
    : m_thread([this] {
        QByteArray chunk;
        while (m_chunks.pop(&chunk))
            m_hash.addData(chunk);
    }) {}

StreamDigest::~StreamDigest() {
    (void)result();
}

void StreamDigest::addData(const QByteArray& bytes) {
    if (!bytes.isEmpty()) {
        [[maybe_unused]] const bool queued = m_chunks.push(bytes);
        Q_ASSERT(queued); // nothing is added after result()
    }
}

QByteArray StreamDigest::result() {
    m_chunks.close(); // the thread hashes what is queued, then ends
    if (m_thread.joinable()) {
        m_thread.join();
        m_result = m_hash.result();
    }
    return m_result;
}

} // namespace qundesk
