// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: QunDesk developers
#include "demo/DemoRandom.h"

#include <algorithm>
#include <cmath>

namespace qundesk::demo {

int DemoRandom::between(int low, int high) {
    if (high <= low)
        return low;
    return low + int(m_gen.bounded(quint32(high - low) + 1u));
}

int DemoRandom::poisson(double mean) {
    if (mean <= 0.0)
        return 0;
    if (mean > 30.0) // normal approximation keeps big means cheap
        return std::max(
            0, int(std::lround(mean + std::sqrt(mean) * (unit() + unit() + unit() - 1.5) * 2.0)));
    const double limit = std::exp(-mean);
    int count = 0;
    double product = unit();
    while (product > limit) {
        ++count;
        product *= unit();
    }
    return count;
}

int DemoRandom::weighted(const std::vector<double>& weights) {
    double total = 0.0;
    for (double w : weights)
        total += w;
    double target = unit() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (target < weights[i])
            return int(i);
        target -= weights[i];
    }
    return int(weights.size()) - 1;
}

WeightedTable::WeightedTable(const std::vector<double>& weights) {
    double total = 0.0;
    m_cumulative.reserve(weights.size());
    for (double w : weights) {
        total += w;
        m_cumulative.push_back(total);
    }
}

int WeightedTable::draw(DemoRandom& random) const {
    const double target = random.unit() * m_cumulative.back();
    const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
    return int(std::min<std::ptrdiff_t>(it - m_cumulative.begin(),
                                        std::ptrdiff_t(m_cumulative.size()) - 1));
}

} // namespace qundesk::demo
