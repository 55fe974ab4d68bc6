// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QString>

#include <vector>

namespace qundesk {

// A Bloom filter over strings, of a fixed size: mayContain() is false only for a key never
// added, and true for an absent key with a small chance (about 1 in 100 with 3 million keys).
// The member import asks it before looking a row's user id, phone or name up in the
// workspace, so new members cost no look-up and memory does not grow with the file.
class KeyFilter {
public:
    explicit KeyFilter(int log2Bits = 25); // 2^25 bits = 4 MiB

    void add(const QString& key);
    bool mayContain(const QString& key) const;

private:
    static constexpr int kProbes = 4;
    std::vector<quint64> m_words;
    size_t m_mask;
};

} // namespace qundesk
