// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QStringView>

#include <vector>

namespace qundesk {

// A Bloom filter over keys, of a fixed size: mayContain() is false only for a key never
// added, and true for an absent key with a small chance (about 1 in 100 with 3 million keys).
// The member import asks it before looking a row's user id, phone or name up in the
// workspace, so new members cost no look-up and memory does not grow with the file.
// A key is a kind and one or two strings. Its bits lie in one 64-byte block, so a question
// costs one read of memory, not one per bit.
class KeyFilter {
public:
    enum class Kind : unsigned char { UserId = 1, Phone, Name };

    explicit KeyFilter(int log2Bits = 25); // 2^25 bits = 4 MiB

    void add(Kind kind, QStringView a, QStringView b = {});
    bool mayContain(Kind kind, QStringView a, QStringView b = {}) const;

private:
    static constexpr int kProbes = 4;
    static constexpr int kBlockWords = 8; // 512 bits
    struct Bits {
        size_t block; // index of the block's first word
        quint64 mask[kBlockWords];
    };
    Bits bitsOf(Kind kind, QStringView a, QStringView b) const;

    std::vector<quint64> m_words;
    size_t m_blocks;
};

} // namespace qundesk
