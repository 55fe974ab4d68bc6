// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "util/FileDigest.h"

#include <QCryptographicHash>
#include <QFile>

namespace qundesk {

FileDigest::FileDigest(QString path)
    : m_path(std::move(path))
    , m_thread([this] {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (;;) {
            if (m_stop.load(std::memory_order_relaxed))
                return;
            const qint64 n = file.read(block.data(), block.size());
            if (n < 0)
                return;
            if (n == 0)
                break;
            hash.addData(QByteArrayView(block.constData(), n));
        }
        m_digest = hash.result().toHex();
    }) {}

FileDigest::~FileDigest() {
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

QString FileDigest::result() {
    if (m_thread.joinable())
        m_thread.join();
    return QString::fromLatin1(m_digest);
}

} // namespace qundesk
