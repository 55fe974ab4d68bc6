// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "import/KeyFilter.h"

#include <QHash>

namespace qundesk {

namespace {
constexpr quint64 kSeedA = 0x9E3779B97F4A7C15ull;
constexpr quint64 kSeedB = 0xC2B2AE3D27D4EB4Full;

quint64 mix(quint64 h) {
    // The finaliser of MurmurHash3: every bit of the input moves every bit of the output.
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 33;
    return h;
}
} // namespace

KeyFilter::KeyFilter(int log2Bits)
    : m_words(size_t(1) << (log2Bits - 6), 0)
    , m_blocks(m_words.size() / kBlockWords) {}

KeyFilter::Bits KeyFilter::bitsOf(Kind kind, QStringView a, QStringView b) const {
    const quint64 h = mix(quint64(qHash(a, size_t(kSeedA + quint64(kind)))) ^
                          mix(quint64(qHash(b, size_t(kSeedB))) + quint64(b.size())));
    Bits bits{size_t(h % m_blocks) * kBlockWords, {}};
    quint64 probes = mix(h ^ kSeedB);
    for (int i = 0; i < kProbes; ++i, probes >>= 9) {
        const unsigned bit = unsigned(probes & 511);
        bits.mask[bit >> 6] |= quint64(1) << (bit & 63);
    }
    return bits;
}

void KeyFilter::add(Kind kind, QStringView a, QStringView b) {
    const Bits bits = bitsOf(kind, a, b);
    for (int w = 0; w < kBlockWords; ++w)
        m_words[bits.block + size_t(w)] |= bits.mask[w];
}

bool KeyFilter::mayContain(Kind kind, QStringView a, QStringView b) const {
    const Bits bits = bitsOf(kind, a, b);
    for (int w = 0; w < kBlockWords; ++w) {
        if ((m_words[bits.block + size_t(w)] & bits.mask[w]) != bits.mask[w])
            return false;
    }
    return true;
}

} // namespace qundesk
