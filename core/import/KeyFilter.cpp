// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/KeyFilter.h"

#include <QHash>

namespace qundesk {

namespace {
constexpr size_t kSeedA = static_cast<size_t>(0x9E3779B97F4A7C15ull);
constexpr size_t kSeedB = static_cast<size_t>(0xC2B2AE3D27D4EB4Full);
} // namespace

KeyFilter::KeyFilter(int log2Bits)
    : m_words(size_t(1) << (log2Bits - 6), 0)
    , m_mask((size_t(1) << log2Bits) - 1) {}

void KeyFilter::add(const QString& key) {
    const size_t a = qHash(key, kSeedA), b = qHash(key, kSeedB) | 1;
    for (int i = 0; i < kProbes; ++i) {
        const size_t bit = (a + size_t(i) * b) & m_mask;
        m_words[bit >> 6] |= quint64(1) << (bit & 63);
    }
}

bool KeyFilter::mayContain(const QString& key) const {
    const size_t a = qHash(key, kSeedA), b = qHash(key, kSeedB) | 1;
    for (int i = 0; i < kProbes; ++i) {
        const size_t bit = (a + size_t(i) * b) & m_mask;
        if (!(m_words[bit >> 6] & (quint64(1) << (bit & 63))))
            return false;
    }
    return true;
}

} // namespace qundesk
