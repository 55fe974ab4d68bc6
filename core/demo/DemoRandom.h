// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#pragma once

#include <QRandomGenerator>
#include <QStringList>

#include <vector>

namespace qundesk::demo {

// The demo's only source of chance: a QRandomGenerator seeded once, so the same seed gives
// the same workspace. Never the global generator.
class DemoRandom {
public:
    explicit DemoRandom(quint32 seed)
        : m_gen(seed) {}

    // Uniform in [low, high] (inclusive); low when high < low.
    int between(int low, int high);
    // Uniform in [0, 1).
    double unit() { return m_gen.generateDouble(); }
    bool chance(double probability) { return unit() < probability; }
    // Poisson-distributed count with mean `mean` (small means: Knuth's method).
    int poisson(double mean);

    template <typename T>
    const T& pick(const std::vector<T>& items) {
        return items[std::size_t(between(0, int(items.size()) - 1))];
    }
    const QString& pick(const QStringList& items) {
        return items.at(between(0, int(items.size()) - 1));
    }

    // Index drawn with the given (non-negative) weights.
    int weighted(const std::vector<double>& weights);

private:
    QRandomGenerator m_gen;
};

// Draws indexes from a fixed weight table in O(log n) (precomputed cumulative sums).
class WeightedTable {
public:
    explicit WeightedTable(const std::vector<double>& weights);
    int draw(DemoRandom& random) const;

private:
    std::vector<double> m_cumulative;
};

} // namespace qundesk::demo
